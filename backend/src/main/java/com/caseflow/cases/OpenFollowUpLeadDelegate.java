package com.caseflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Correction not made on follow-up inspection: a new lead linked to this case (parent case id). */
@Component("openFollowUpLead")
public class OpenFollowUpLeadDelegate implements JavaDelegate {

  private final LeadService leads;

  public OpenFollowUpLeadDelegate(LeadService leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable("leadSource") == null) {
      execution.setVariableLocal("leadSource", "INSPECTION");
    }
    if (execution.getVariable("leadReason") == null) {
      execution.setVariableLocal("leadReason", "NOT_RECTIFIED");
    }
    Long parent = ProcessVariables.caseId(execution);
    execution.setVariable("followUpLeadId", OpenCaseLeadDelegate.open(leads, execution, parent));
  }
}
