package com.caseflow.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the bureaus' time zone; tests replace it. */
@Configuration
public class ClockConfig {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Bean
  public Clock clock() {
    return Clock.system(ZONE);
  }
}
