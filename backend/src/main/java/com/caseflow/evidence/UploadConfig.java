package com.caseflow.evidence;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
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
 * The size limit is {@code caseflow.evidence.max-file-size} per file (the request may be 1 MB larger).
 */
@Configuration
public class UploadConfig {

  static final DataSize MAX_SWALLOW = DataSize.ofMegabytes(100);
  /** Room for the other fields and the part headers of an upload whose file has the largest allowed size. */
  static final DataSize REQUEST_OVERHEAD = DataSize.ofMegabytes(1);

  /**
   * A file may have {@code caseflow.evidence.max-file-size}; the request carrying it a little more (its type,
   * description and multipart framing), so a file of exactly the limit is accepted.
   */
  @Bean
  MultipartConfigElement multipartConfigElement(@Value("${caseflow.evidence.max-file-size}") DataSize maxFileSize) {
    MultipartConfigFactory factory = new MultipartConfigFactory();
    factory.setMaxFileSize(maxFileSize);
    factory.setMaxRequestSize(DataSize.ofBytes(maxFileSize.toBytes() + REQUEST_OVERHEAD.toBytes()));
    return factory.createMultipartConfig();
  }

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
