package com.caseflow.common;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * One clock for the whole application, in the bureaus' time zone. {@code caseflow.clock.start}
 * (ISO date-time) starts it at another moment and lets it run from there: tests use it so that
 * statutory periods stay inside the years whose holiday schedules are loaded, whatever the real date.
 */
@Configuration
public class ClockConfig {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Bean
  public Clock clock(@Value("${caseflow.clock.start:}") String start) {
    Clock system = Clock.system(ZONE);
    if (!StringUtils.hasText(start)) {
      return system;
    }
    Duration offset = Duration.between(system.instant(), OffsetDateTime.parse(start).toInstant());
    return Clock.offset(system, offset);
  }
}
