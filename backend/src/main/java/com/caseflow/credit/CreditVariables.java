package com.caseflow.credit;

import com.caseflow.spotcheck.Vars;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads a {@link CreditPublicationService.Decision} from the variables of {@code credit-publication}. */
final class CreditVariables {

  private CreditVariables() {}

  static CreditPublicationService.Decision decision(DelegateExecution execution) {
    String decisionNo = Vars.string(execution, "decisionNo");
    if (decisionNo == null) {
      throw new IllegalStateException("credit-publication needs decisionNo");
    }
    String caseNo = Vars.string(execution, "caseNo");
    return new CreditPublicationService.Decision(decisionNo,
        caseNo != null ? caseNo : execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        Vars.string(execution, "agencyCode"), Vars.string(execution, "campaignCode"),
        Vars.first(execution, "handlingOfficer", "leadOfficer"), Vars.string(execution, "partyName"),
        Vars.string(execution, "partyUscc"), Vars.string(execution, "violationType"),
        Vars.string(execution, "penaltyKind"), Vars.string(execution, "penaltySummary"),
        money(execution.getVariable("fineAmount")), date(execution.getVariable("decisionDate")),
        date(execution.getVariable("publicationDueDate")), Vars.string(execution, "redactedDocumentRef"));
  }

  static BigDecimal money(Object v) {
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    BigDecimal amount = v instanceof BigDecimal b ? b
        : v instanceof Double || v instanceof Float ? BigDecimal.valueOf(((Number) v).doubleValue())
        : new BigDecimal(v.toString().strip());
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  static LocalDate date(Object v) {
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof Date d) {
      return d.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }
    String s = v.toString().strip();
    return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }
}
