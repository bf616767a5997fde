package com.caseflow.common;

/** User text inside a SQL {@code LIKE} pattern: its {@code %} and {@code _} match themselves, not any text. */
public final class Like {

  private Like() {}

  /** {@code text} with the LIKE wildcards and the escape character (backslash, MySQL's and H2's default) escaped. */
  public static String escape(String text) {
    return text == null ? null : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
