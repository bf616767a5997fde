package com.caseflow.bench;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Added to the CaseFlow application context by {@link BenchMain}. */
@Configuration(proxyBeanMethods = false)
public class BenchConfig {

  /** Every connection of the application's DataSource counts its round trips ({@link StatementCounter}). */
  @Bean
  static BeanPostProcessor countingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource ds && name.equals("dataSource") ? StatementCounter.wrap(ds) : bean;
      }
    };
  }
}
