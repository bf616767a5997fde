package com.caseflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Prior notice, hearing notice, decision delivery: records a request for the document named by the field
 * injection {@code documentType}; the documents feature renders and delivers it.
 */
@Component("notifyParty")
public class NotifyPartyDelegate implements JavaDelegate {

  private final CaseFileService caseFile;
  /** Field injection from the model; Camunda sets it on this singleton per call, read immediately. */
  private Expression documentType;

  public NotifyPartyDelegate(CaseFileService caseFile) {
    this.caseFile = caseFile;
  }

  public void setDocumentType(Expression documentType) {
    this.documentType = documentType;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String type = documentType == null ? ProcessVariables.string(execution, "documentType")
        : String.valueOf(documentType.getValue(execution));
    caseFile.requestNotification(ProcessVariables.requireCaseId(execution), type == null ? "UNKNOWN" : type,
        execution.getCurrentActivityId());
  }
}
