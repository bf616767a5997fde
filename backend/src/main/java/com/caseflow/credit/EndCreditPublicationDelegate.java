package com.caseflow.credit;

import com.caseflow.spotcheck.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Bean {@code endCreditPublication}: credit {@code Task_EndCreditPublication} / {@code Task_EndCreditPublicationEarly}
 * (async, R5/PT5M), local {@code publicationEndReason} = PERIOD_ELAPSED | CREDIT_REPAIR. Idempotent on decisionNo.
 */
@Component("endCreditPublication")
public class EndCreditPublicationDelegate implements JavaDelegate {

  private final CreditPublicationService publications;

  public EndCreditPublicationDelegate(CreditPublicationService publications) {
    this.publications = publications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decisionNo = Vars.string(execution, "decisionNo");
    if (decisionNo == null) {
      throw new IllegalStateException("endCreditPublication needs decisionNo");
    }
    String reason = Vars.string(execution, "publicationEndReason");
    publications.end(decisionNo, reason == null ? "PERIOD_ELAPSED" : reason);
  }
}
