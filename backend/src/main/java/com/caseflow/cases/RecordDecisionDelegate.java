package com.caseflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** When the decision is issued: numbers it per agency and year, sets {@code decisionNo} and {@code decisionDate}. */
@Component("recordDecision")
public class RecordDecisionDelegate implements JavaDelegate {

  private final CaseFileService caseFile;

  public RecordDecisionDelegate(CaseFileService caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFileService.Decision d = caseFile.recordDecision(ProcessVariables.requireCaseId(execution),
        ProcessVariables.money(execution, "fineAmount"), ProcessVariables.money(execution, "confiscationValue"),
        ProcessVariables.money(execution, "illegalGains"));
    execution.setVariable("decisionNo", d.decisionNo());
    execution.setVariable("decisionDate", d.decisionDate().toString());
  }
}
