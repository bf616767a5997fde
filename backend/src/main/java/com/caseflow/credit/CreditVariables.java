package com.caseflow.credit;

import com.caseflow.common.VariableValues;
import com.caseflow.spotcheck.Vars;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
    BigDecimal amount = VariableValues.decimal(v);
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }

  static LocalDate date(Object v) {
    return VariableValues.date(v);
  }
}
