package com.caseflow.credit;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Settings of the publicity-system adapter ({@code caseflow.credit.*}): endpoint (blank = this application's
 * own simulator over HTTP on the port it listens on), API key (blank = a random key per start, known to both
 * the adapter and the built-in simulator), timeouts, simulator on/off.
 */
@Component
public class CreditProperties {

  private final String configuredUrl;
  private final String apiKey;
  private final Duration connectTimeout;
  private final Duration timeout;
  private final boolean simulatorEnabled;
  private volatile int localPort = -1;

  public CreditProperties(
      @Value("${caseflow.credit.publicity-url:}") String configuredUrl,
      @Value("${caseflow.credit.publicity-api-key:}") String apiKey,
      @Value("${caseflow.credit.connect-timeout:5s}") Duration connectTimeout,
      @Value("${caseflow.credit.timeout:10s}") Duration timeout,
      @Value("${caseflow.credit.simulator.enabled:true}") boolean simulatorEnabled) {
    this.configuredUrl = configuredUrl == null ? "" : configuredUrl.strip();
    this.apiKey = apiKey == null || apiKey.isBlank() ? randomKey() : apiKey;
    this.connectTimeout = connectTimeout;
    this.timeout = timeout;
    this.simulatorEnabled = simulatorEnabled;
  }

  @EventListener
  void onWebServer(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() == null) {
      localPort = event.getWebServer().getPort();
    }
  }

  /** Base URL of the publicity system, without a trailing slash. */
  public String baseUrl() {
    if (!configuredUrl.isEmpty()) {
      return configuredUrl.endsWith("/") ? configuredUrl.substring(0, configuredUrl.length() - 1) : configuredUrl;
    }
    if (localPort < 0) {
      throw new IllegalStateException("the built-in publicity simulator is not reachable before the web server runs");
    }
    return "http://127.0.0.1:" + localPort + "/api/simulator/publicity";
  }

  public String apiKey() {
    return apiKey;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration timeout() {
    return timeout;
  }

  public boolean simulatorEnabled() {
    return simulatorEnabled;
  }

  private static String randomKey() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
