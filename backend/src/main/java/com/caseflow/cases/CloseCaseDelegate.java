package com.caseflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Archive: marks the case closed with the process's {@code caseResult}. */
@Component("closeCase")
public class CloseCaseDelegate implements JavaDelegate {

  private final CaseFileService caseFile;

  public CloseCaseDelegate(CaseFileService caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    caseFile.close(ProcessVariables.requireCaseId(execution), ProcessVariables.string(execution, "caseResult"));
  }
}
