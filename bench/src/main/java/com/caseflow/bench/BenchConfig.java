package com.caseflow.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Added to the CaseFlow application context by {@link BenchMain}. */
@Configuration(proxyBeanMethods = false)
public class BenchConfig {

  @Bean
  ExplainCapture explainCapture() {
    return new ExplainCapture();
  }
}
