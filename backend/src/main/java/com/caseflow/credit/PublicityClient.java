package com.caseflow.credit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * HTTP client of the national publicity system (or the built-in simulator: same protocol, same code path).
 * Every call has a connect and a request timeout; anything but a 2xx answer is a {@link PublicityException}.
 * Publishing sends the decision number as {@code Idempotency-Key} (percent-encoded UTF-8: decision numbers are
 * Chinese), so the endpoint keeps one record per key.
 */
@Component
public class PublicityClient {

  /** The endpoint did not answer as expected; the caller retries later. */
  public static class PublicityException extends RuntimeException {
    private final boolean timeout;

    PublicityException(String message, Throwable cause, boolean timeout) {
      super(message, cause);
      this.timeout = timeout;
    }

    public boolean timeout() {
      return timeout;
    }
  }

  /** A record as the publicity system knows it. */
  public record RemoteRecord(String recordNo, String status, boolean duplicate) {}

  private final CreditProperties properties;
  private final ObjectMapper json;
  private final HttpClient http;

  public PublicityClient(CreditProperties properties, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public RemoteRecord publish(String idempotencyKey, Map<String, Object> record) {
    try {
      HttpRequest request = base("/records").header("Idempotency-Key", encode(idempotencyKey))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(record), StandardCharsets.UTF_8)).build();
      return toRecord(send(request, false));
    } catch (IOException e) {
      throw new PublicityException("cannot write the publication record", e, false);
    }
  }

  /** The record published under {@code key}, or null when the system has none. */
  public RemoteRecord find(String key) {
    HttpResponse<String> r = send(base("/records/" + encode(key)).GET().build(), true);
    return r.statusCode() == 404 ? null : toRecord(r);
  }

  /** Ends publication; false when the system has no record under {@code key}. */
  public boolean end(String key, String reason) {
    try {
      HttpRequest request = base("/records/" + encode(key) + "/end").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("reason", reason == null ? "" : reason)),
              StandardCharsets.UTF_8)).build();
      return send(request, true).statusCode() != 404;
    } catch (IOException e) {
      throw new PublicityException("cannot write the end request", e, false);
    }
  }

  private HttpRequest.Builder base(String path) {
    return HttpRequest.newBuilder(URI.create(properties.baseUrl() + path)).timeout(properties.timeout())
        .header("X-Publicity-Key", properties.apiKey()).header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request, boolean notFoundIsAnswer) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new PublicityException("publicity system timed out: " + request.method() + " " + request.uri().getPath(), e, true);
    } catch (IOException e) {
      throw new PublicityException("publicity system unreachable: " + e.getMessage(), e, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublicityException("interrupted", e, false);
    }
    int status = response.statusCode();
    if ((status >= 200 && status < 300) || (notFoundIsAnswer && status == 404)) {
      return response;
    }
    throw new PublicityException("publicity system answered " + status + " to " + request.method() + " "
        + request.uri().getPath() + ": " + abbreviate(response.body()), null, false);
  }

  private RemoteRecord toRecord(HttpResponse<String> response) {
    try {
      JsonNode body = json.readTree(response.body());
      String recordNo = body.path("recordNo").asText(null);
      if (recordNo == null) {
        throw new PublicityException("publicity system answered without recordNo", null, false);
      }
      return new RemoteRecord(recordNo, body.path("status").asText(null), body.path("duplicate").asBoolean(false));
    } catch (IOException e) {
      throw new PublicityException("publicity system answered no JSON", e, false);
    }
  }

  private static String encode(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) : s;
  }
}
