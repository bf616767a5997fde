package com.caseflow.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the models' variables, whose numeric types vary with where they were set (forms give doubles). */
final class ProcessVariables {

  private ProcessVariables() {}

  static Long caseId(VariableScope scope) {
    Object v = scope.getVariable("leadId");
    return v instanceof Number n ? n.longValue() : v instanceof String s && !s.isBlank() ? Long.valueOf(s) : null;
  }

  static long requireCaseId(VariableScope scope) {
    Long id = caseId(scope);
    if (id == null) {
      throw new IllegalStateException("process variable leadId is missing");
    }
    return id;
  }

  static BigDecimal money(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    if (v == null) {
      return null;
    }
    BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    return d.setScale(2, RoundingMode.HALF_UP);
  }

  static String string(VariableScope scope, String... names) {
    for (String name : names) {
      Object v = scope.getVariable(name);
      if (v != null && !v.toString().isBlank()) {
        return v.toString();
      }
    }
    return null;
  }
}
