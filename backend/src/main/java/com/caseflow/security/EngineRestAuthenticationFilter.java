package com.caseflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's Basic-auth filter for the engine REST API, with CaseFlow's doors:
 * <ul>
 *   <li>no whitelist: Camunda lets the engine list ({@code /engine-rest/engine}) and a few other URLs through
 *       unauthenticated; CaseFlow answers no engine REST request to an anonymous caller;</li>
 *   <li>only {@code modelers} and {@code camunda-admin} get past it. The engine's authorizations know groups, not
 *       agencies: an officer of 石嘴山 would read and complete 银川's tasks there, past the agency scope, the
 *       completion rules and the audit log of CaseFlow's own API. Case workers work through {@code /api}; the
 *       engine REST API is the door of Camunda Modeler and of the administrators;</li>
 *   <li>a deployment ({@code POST .../deployment/create}) larger than {@code maxDeploymentBytes} is refused with 413
 *       before Camunda reads it, as {@code /api/models} refuses a large model (one without a length is read into
 *       memory up to the limit first).</li>
 * </ul>
 */
public class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  static final Set<String> ENGINE_REST_GROUPS = Set.of(Groups.MODELERS, Groups.ADMIN);

  private static final ThreadLocal<Boolean> ADMITTED = new ThreadLocal<>();

  private final long maxDeploymentBytes;

  public EngineRestAuthenticationFilter(long maxDeploymentBytes) {
    this.maxDeploymentBytes = maxDeploymentBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      // Camunda authenticates first (401 with a Basic challenge when it cannot) and then calls this chain
      super.doFilter(request, response, (req, res) -> {
        HttpServletResponse http = (HttpServletResponse) res;
        if (!Boolean.TRUE.equals(ADMITTED.get())) {
          refuse(http, HttpServletResponse.SC_FORBIDDEN,
              "Camunda's REST API is open to modelers and administrators only; case work goes through CaseFlow"
              + " (Camunda REST API 仅对流程建模人员和系统管理员开放，办案请使用 CaseFlow)");
          return;
        }
        HttpServletRequest httpRequest = (HttpServletRequest) req;
        if (isDeployment(httpRequest)) {
          long length = httpRequest.getContentLengthLong();
          if (length > maxDeploymentBytes) {
            refuse(http, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
            return;
          }
          if (length < 0) {
            // no length given (chunked): read it here, up to the limit, and hand Camunda the bytes
            byte[] body = httpRequest.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                maxDeploymentBytes + 1));
            if (body.length > maxDeploymentBytes) {
              refuse(http, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
              return;
            }
            chain.doFilter(new Buffered(httpRequest, body), res);
            return;
          }
        }
        chain.doFilter(req, res);
      });
    } finally {
      ADMITTED.remove();
    }
  }

  @Override
  protected void setAuthenticatedUser(ProcessEngine engine, String userId, List<String> groupIds,
      List<String> tenantIds) {
    super.setAuthenticatedUser(engine, userId, groupIds, tenantIds);
    // Basic authentication brings no groups: the engine looked them up for the authentication just set
    List<String> groups = engine.getIdentityService().getCurrentAuthentication().getGroupIds();
    ADMITTED.set(groups != null && groups.stream().anyMatch(ENGINE_REST_GROUPS::contains));
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }

  @Override
  protected String extractEngineName(String requestUrl) {
    String name = super.extractEngineName(requestUrl);
    return name == null ? DEFAULT_ENGINE_NAME : name;
  }

  private static boolean isDeployment(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/deployment/create");
  }

  private String tooLarge() {
    return "A deployment may have at most " + maxDeploymentBytes / (1024 * 1024) + " MB (部署内容不能超过 "
        + maxDeploymentBytes / (1024 * 1024) + " MB)";
  }

  /** Camunda's own error shape ({@code type}, {@code message}), which Camunda Modeler shows. */
  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String type = status == HttpServletResponse.SC_FORBIDDEN ? "AuthorizationException" : "InvalidRequestException";
    response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message.replace("\"", "'") + "\"}");
  }

  /** A request whose body was read into memory. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
          return in.read(buffer, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("blocking reads only");
        }
      };
    }
  }
}
