package com.caseflow.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for downloads with non-ASCII (Chinese) file names. */
public final class Downloads {

  private Downloads() {}

  /**
   * {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266 / RFC 5987):
   * browsers use {@code filename*} and show the Chinese name; old clients get the ASCII fallback.
   */
  public static String contentDisposition(String disposition, String fileName, String asciiFallback) {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    String fallback = asciiFallback.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    return disposition + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
  }
}
