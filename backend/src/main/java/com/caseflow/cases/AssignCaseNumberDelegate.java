package com.caseflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After filing is approved: sets {@code caseNo} (also the business key) and {@code filingDate}. */
@Component("assignCaseNumber")
public class AssignCaseNumberDelegate implements JavaDelegate {

  private final CaseFileService caseFile;

  public AssignCaseNumberDelegate(CaseFileService caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFileService.Filing filing = caseFile.assignCaseNumber(ProcessVariables.requireCaseId(execution));
    execution.setVariable("caseNo", filing.caseNo());
    execution.setVariable("filingDate", filing.filingDate().toString());
    execution.setProcessBusinessKey(filing.caseNo());
  }
}
