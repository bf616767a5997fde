package com.caseflow.common;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * {@code caseflow.sessions=jdbc}: HTTP sessions live in {@code SPRING_SESSION} (Flyway V120) on the application's
 * DataSource, so a login on one node is valid on every node behind a load balancer. Without the property the
 * servlet container keeps sessions in memory (one node). Spring Boot's own session auto-configuration is excluded
 * in application.yaml so the property alone decides.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "caseflow.sessions", havingValue = "jdbc")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600, cleanupCron = "0 */5 * * * *")
public class JdbcSessionConfig {

  /** Same cookie as the in-memory sessions: JSESSIONID, HttpOnly, SameSite=Lax. */
  @Bean
  CookieSerializer cookieSerializer() {
    DefaultCookieSerializer cookie = new DefaultCookieSerializer();
    cookie.setCookieName("JSESSIONID");
    cookie.setUseHttpOnlyCookie(true);
    cookie.setSameSite("Lax");
    cookie.setUseBase64Encoding(false);
    return cookie;
  }
}
