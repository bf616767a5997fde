package com.caseflow.credit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Bean {@code flagCreditOverdue}: credit {@code Task_FlagCreditOverdue} (timer at the end of publicationDueDate).
 * Marks the decision's publication overdue (cf_credit_publication.overdue) for the on-time publication rate.
 */
@Component("flagCreditOverdue")
public class FlagCreditOverdueDelegate implements JavaDelegate {

  private final CreditPublicationService publications;

  public FlagCreditOverdueDelegate(CreditPublicationService publications) {
    this.publications = publications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    publications.flagOverdue(CreditVariables.decision(execution));
  }
}
