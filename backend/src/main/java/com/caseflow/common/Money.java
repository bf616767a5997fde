package com.caseflow.common;

import java.math.BigDecimal;

/**
 * Amounts of money as CaseFlow stores them: yuan with at most two decimals, in a DECIMAL(18,2) column. An amount
 * is also a process variable (a double, which the rule tables and gateways compare): {@link #MAX} keeps amounts to
 * 15 significant digits, which a double carries exactly, so the engine and the case file hold the same amount.
 */
public final class Money {

  /** The largest amount: 15 significant digits (under ten trillion yuan), exact as a double and in DECIMAL(18,2). */
  public static final BigDecimal MAX = new BigDecimal("9999999999999.99");

  private Money() {}

  /** The value as a decimal (a JSON number, a BigDecimal or a numeric text), or null when it is none. */
  public static BigDecimal of(Object value) {
    if (value instanceof BigDecimal b) {
      return b;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the amount can be stored as it is, in our tables and as a process variable: not negative, at most two
   * decimals, not larger than {@link #MAX}.
   */
  public static boolean isAmount(BigDecimal amount) {
    return amount != null && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2
        && amount.compareTo(MAX) <= 0;
  }
}
