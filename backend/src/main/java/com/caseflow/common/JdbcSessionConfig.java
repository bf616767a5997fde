package com.caseflow.common;

import com.caseflow.security.CurrentUser;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
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

  /**
   * PRINCIPAL_NAME is the username: the principal is a {@link CurrentUser}, whose toString() (what
   * Authentication.getName() answers for it) is longer than the column.
   */
  @Bean
  IndexResolver<Session> sessionIndexResolver() {
    return session -> {
      SecurityContext context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
      if (context == null || context.getAuthentication() == null) {
        return Map.of();
      }
      Object principal = context.getAuthentication().getPrincipal();
      String name = principal instanceof CurrentUser u ? u.username() : context.getAuthentication().getName();
      if (name == null) {
        return Map.of();
      }
      return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
          name.length() > 100 ? name.substring(0, 100) : name);
    };
  }

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
