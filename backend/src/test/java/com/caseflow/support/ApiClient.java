package com.caseflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A browser-like HTTP client for integration tests: keeps cookies, echoes the XSRF-TOKEN cookie as
 * X-XSRF-TOKEN on mutating requests, speaks JSON. One instance = one browser session.
 */
public class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String language = "zh-CN";

  public ApiClient(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  public static ApiClient loggedIn(int port, String username) {
    ApiClient client = new ApiClient(port);
    Response r = client.post("/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"demo\"}");
    if (r.status() != 200) {
      throw new IllegalStateException("login failed for " + username + ": " + r.status() + " " + r.body());
    }
    return client;
  }

  public ApiClient language(String language) {
    this.language = language;
    return this;
  }

  public record Response(int status, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** GET of a binary body (downloads), in this session. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response post(String path, String json) {
    return send(withCsrf(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8))));
  }

  public Response put(String path, String json) {
    return send(withCsrf(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))));
  }

  public Response delete(String path) {
    return send(withCsrf(request(path).DELETE()));
  }

  /** Multipart upload: parts are (name, filename or null, content type, bytes). */
  public Response multipart(String path, Part... parts) {
    String boundary = "----caseflow" + System.nanoTime();
    var out = new java.io.ByteArrayOutputStream();
    try {
      for (Part part : parts) {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
            + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"") + "\r\n"
            + (part.contentType() == null ? "" : "Content-Type: " + part.contentType() + "\r\n") + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
        out.write(part.content());
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return send(withCsrf(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))));
  }

  /** A POST of a body as it is, with the given content type (for malformed requests). */
  public Response postRaw(String path, String contentType, byte[] body) {
    return send(withCsrf(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))));
  }

  public record Part(String name, String filename, String contentType, byte[] content) {
    public static Part field(String name, String value) {
      return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A request with HTTP Basic credentials and no session, as Camunda Modeler sends them. */
  public Response basic(String method, String path, String user, String password, HttpRequest.BodyPublisher body,
      String contentType) {
    HttpRequest.Builder b = request(path);
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body));
  }

  public String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", language);
  }

  private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
    if (csrfToken() == null) {
      get("/api/csrf");
    }
    String token = csrfToken();
    return token == null ? builder : builder.header("X-XSRF-TOKEN", token);
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
