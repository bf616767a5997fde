package com.caseflow;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** CaseFlow: enforcement case handling for market-supervision bureaus, on embedded Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
@MapperScan(basePackages = "com.caseflow", annotationClass = Mapper.class)
public class CaseFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(CaseFlowApplication.class, args);
  }
}
