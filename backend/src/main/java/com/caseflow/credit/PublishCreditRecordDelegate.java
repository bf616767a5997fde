package com.caseflow.credit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Bean {@code publishCreditRecord}: credit {@code Task_PublishCreditRecord} (asyncBefore, R5/PT5M). Sets
 * {@code publishedDate} (ISO) and {@code publicationRecordId} (the publicity system's record number).
 */
@Component("publishCreditRecord")
public class PublishCreditRecordDelegate implements JavaDelegate {

  private final CreditPublicationService publications;

  public PublishCreditRecordDelegate(CreditPublicationService publications) {
    this.publications = publications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CreditPublicationService.Result r = publications.publish(CreditVariables.decision(execution));
    execution.setVariable("publishedDate", r.publishedDate().toString());
    execution.setVariable("publicationRecordId", r.recordNo());
  }
}
