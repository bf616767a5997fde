package com.caseflow.task;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of FEEL that Camunda Forms use in {@code conditional.hide}: {@code =a != "X"},
 * {@code =a = null or a = "Y"}, {@code =b != true}, clauses joined by {@code or} / {@code and}.
 * An expression it cannot read counts as "not hidden", so the server never skips a rule it does not understand.
 */
final class Feel {

  private static final Pattern CLAUSE = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*(\"[^\"]*\"|true|false|null|-?[0-9.]+)\\s*");

  private Feel() {}

  static boolean test(String expression, Map<String, Object> values) {
    String e = expression.trim();
    if (e.startsWith("=")) {
      e = e.substring(1);
    }
    boolean any = false;
    for (String orPart : e.split("\\s+or\\s+")) {
      boolean all = true;
      for (String clause : orPart.split("\\s+and\\s+")) {
        Boolean r = clause(clause, values);
        if (r == null) {
          return false;
        }
        all &= r;
      }
      any |= all;
    }
    return any;
  }

  private static Boolean clause(String clause, Map<String, Object> values) {
    Matcher m = CLAUSE.matcher(clause);
    if (!m.matches()) {
      return null;
    }
    Object actual = values.get(m.group(1));
    String literal = m.group(3);
    Object expected = literal.equals("null") ? null : literal.equals("true") ? Boolean.TRUE
        : literal.equals("false") ? Boolean.FALSE : literal.startsWith("\"") ? literal.substring(1, literal.length() - 1)
        : Double.valueOf(literal);
    boolean equal = expected instanceof Double d && actual instanceof Number n ? d == n.doubleValue()
        : Objects.equals(expected, actual instanceof Number n && !(expected instanceof Double) ? n.toString() : actual);
    return m.group(2).equals("=") == equal;
  }
}
