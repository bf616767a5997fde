package com.caseflow.spotcheck;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Bean {@code updateCaseLead}: spot-check {@code Task_ReportConformingRetestToLead}. Reads {@code caseLeadId}
 * and local {@code leadUpdate} (= RETEST_CONFORMING); records it on the lead and notifies its agency's officers.
 */
@Component("updateCaseLead")
public class UpdateCaseLeadDelegate implements JavaDelegate {

  private final FollowUpLeadService leads;

  public UpdateCaseLeadDelegate(FollowUpLeadService leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long leadId = Vars.longValue(execution, "caseLeadId");
    String update = Vars.string(execution, "leadUpdate");
    if (leadId == null || update == null) {
      throw new IllegalStateException("updateCaseLead needs caseLeadId and leadUpdate");
    }
    leads.update(leadId, update, execution.getProcessBusinessKey(), Vars.string(execution, "agencyCode"),
        Vars.string(execution, "reportNo"));
  }
}
