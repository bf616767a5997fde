package com.caseflow.evidence;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Upload handling so that an over-size evidence file is answered with 413 JSON (ApiExceptionHandler):
 * <ul>
 *   <li>multipart requests are parsed lazily, when the controller binds them, so
 *       MaxUploadSizeExceededException is raised inside a handler and reaches the advice (parsed eagerly,
 *       it is raised before any handler and answered with the servlet's empty error page);</li>
 *   <li>Tomcat reads and drops up to 100 MB of a refused body, so the client gets to read the 413 instead
 *       of a reset connection (a larger body still has its connection closed).</li>
 * </ul>
 * The size limits themselves are {@code spring.servlet.multipart.*} = {@code caseflow.evidence.max-file-size}.
 */
@Configuration
public class UploadConfig {

  static final DataSize MAX_SWALLOW = DataSize.ofMegabytes(100);

  @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
  StandardServletMultipartResolver multipartResolver() {
    StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
    resolver.setResolveLazily(true);
    return resolver;
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> swallowRefusedUploads() {
    return factory -> factory.addConnectorCustomizers(connector -> {
      if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
        http.setMaxSwallowSize((int) MAX_SWALLOW.toBytes());
      }
    });
  }
}
