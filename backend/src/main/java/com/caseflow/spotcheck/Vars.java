package com.caseflow.spotcheck;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading process variables leniently (blank = missing, numbers from any Number or numeric text). */
public final class Vars {

  private Vars() {}

  public static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null || v.toString().isBlank() ? null : v.toString().strip();
  }

  public static String first(VariableScope scope, String... names) {
    for (String name : names) {
      String v = string(scope, name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  public static Long longValue(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    if (v instanceof Number n) {
      return n.longValue();
    }
    String s = string(scope, name);
    return s == null ? null : Long.valueOf(s);
  }
}
