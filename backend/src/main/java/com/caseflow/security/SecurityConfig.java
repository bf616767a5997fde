package com.caseflow.security;

import com.caseflow.common.ApiError;
import com.caseflow.common.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Three doors:
 * <ul>
 *   <li>{@code /engine-rest/**}: HTTP Basic checked by Camunda's own filter against its identity service, so
 *       Camunda authorizations apply per user (Camunda Modeler deploys this way). No cookies, no CSRF.</li>
 *   <li>{@code /camunda/**}: Cockpit, Tasklist and Admin bring their own login and CSRF protection.</li>
 *   <li>everything else: the React app and {@code /api/**} with a session cookie and a CSRF cookie/header pair.</li>
 * </ul>
 */
@Configuration
public class SecurityConfig {

  /** Called server-to-server with an API key, never with the session cookie: no CSRF token to echo. */
  static final String PUBLICITY_SIMULATOR_RECORDS = "/api/simulator/publicity/records/**";

  @Bean
  @Order(1)
  SecurityFilterChain camundaChain(HttpSecurity http) throws Exception {
    // Plain path matchers: these URLs belong to Jersey and Camunda's webapp servlets, not to Spring MVC.
    http.securityMatcher(new OrRequestMatcher(
            new AntPathRequestMatcher("/engine-rest/**"), new AntPathRequestMatcher("/camunda/**")))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain appChain(
      HttpSecurity http, CsrfTokenRepository csrfTokens, SecurityContextRepository contexts,
      Messages messages, LocaleResolver locales, ObjectMapper json) throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/actuator/health", "/actuator/health/**", "/api/auth/login", "/api/csrf", "/api/public/**")
            .permitAll()
            // the built-in publicity-system simulator's machine door: no session, an API key checked by the
            // simulator itself (com.caseflow.credit.PublicitySimulatorController); its admin endpoints need a login
            .requestMatchers(PUBLICITY_SIMULATOR_RECORDS).permitAll()
            .requestMatchers("/api/**", "/v3/api-docs/**", "/actuator/**").authenticated()
            // the React app's static files and client-side routes
            .anyRequest().permitAll())
        .csrf(c -> c.csrfTokenRepository(csrfTokens)
            .ignoringRequestMatchers(PUBLICITY_SIMULATOR_RECORDS)
            // plain (non-masked) token: the SPA echoes the cookie value in X-XSRF-TOKEN
            .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
        .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
        .securityContext(s -> s.securityContextRepository(contexts))
        .exceptionHandling(e -> e
            .authenticationEntryPoint((req, res, ex) ->
                writeError(res, json, HttpStatus.UNAUTHORIZED,
                    new ApiError("UNAUTHENTICATED", messages.get(locales.resolveLocale(req), "error.unauthenticated"))))
            .accessDeniedHandler((req, res, ex) -> writeError(res, json, HttpStatus.FORBIDDEN,
                ex instanceof CsrfException
                    ? new ApiError("CSRF_INVALID", messages.get(locales.resolveLocale(req), "error.csrf"))
                    : new ApiError("FORBIDDEN", messages.get(locales.resolveLocale(req), "error.forbidden")))))
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  CsrfTokenRepository csrfTokenRepository() {
    CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
    repository.setCookiePath("/");
    repository.setCookieCustomizer(c -> c.sameSite("Lax"));
    return repository;
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  /**
   * Camunda's Basic authentication for the engine REST API (modelers and administrators only); sets the Camunda user
   * so authorizations apply.
   */
  @Bean
  FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthentication(
      @org.springframework.beans.factory.annotation.Value("${caseflow.modeling.max-deployment-size:10MB}")
      org.springframework.util.unit.DataSize maxDeployment) {
    FilterRegistrationBean<EngineRestAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineRestAuthenticationFilter(maxDeployment.toBytes()));
    registration.setName("camunda-engine-rest-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  private static void writeError(HttpServletResponse response, ObjectMapper json, HttpStatus status, ApiError error)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), error);
  }

  /** Loads the deferred CSRF token on every request so the XSRF-TOKEN cookie is always present. */
  static final class CsrfCookieFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
      if (token != null) {
        token.getToken();
      }
      chain.doFilter(request, response);
    }
  }
}
