package com.caseflow.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

/**
 * Process-variable values as the models leave them: dates as ISO strings (forms), {@code Date} or
 * {@code LocalDate}; numbers as Double (forms), Long or numeric text; blank text = missing.
 */
public final class VariableValues {

  private VariableValues() {}

  public static String text(Object v) {
    return v == null || v.toString().isBlank() ? null : v.toString().strip();
  }

  /** {@code yyyy-MM-dd}, or its first 10 characters of a date-time; a {@code Date} in Asia/Shanghai. */
  public static LocalDate date(Object v) {
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof Date d) {
      return d.toInstant().atZone(ClockConfig.ZONE).toLocalDate();
    }
    String s = text(v);
    return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }

  /** The exact decimal of a number (a Double by its shortest representation: 0.1 stays 0.1). */
  public static BigDecimal decimal(Object v) {
    if (v instanceof BigDecimal b) {
      return b;
    }
    if (v instanceof Double || v instanceof Float) {
      return BigDecimal.valueOf(((Number) v).doubleValue());
    }
    if (v instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    String s = text(v);
    return s == null ? null : new BigDecimal(s);
  }

  /** A boolean from a Boolean or the text true/false; anything else is missing. */
  public static Boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    String s = text(v);
    return "true".equalsIgnoreCase(s) ? Boolean.TRUE : "false".equalsIgnoreCase(s) ? Boolean.FALSE : null;
  }

  /**
   * Values from JSON made process variables: decimals (the API reads them exactly, as BigDecimal) become
   * doubles, the number type the models' expressions and rule tables compare; the engine would otherwise try to
   * store a BigDecimal as a serialized Java object. Amounts that pass {@link Money#isAmount} stay exact.
   */
  public static void toEngine(java.util.Map<String, Object> variables) {
    variables.replaceAll((k, v) -> v instanceof BigDecimal b ? (Object) b.doubleValue() : v);
  }
}
