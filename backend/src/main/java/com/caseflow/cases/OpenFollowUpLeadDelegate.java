package com.caseflow.cases;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Correction refused on re-inspection: a new INSPECTION lead linked to this case, refusedRectification = true. */
@Component("openFollowUpLead")
public class OpenFollowUpLeadDelegate implements JavaDelegate {

  private final LeadService leads;

  public OpenFollowUpLeadDelegate(LeadService leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariableLocal("leadSource", "INSPECTION");
    execution.setVariableLocal("leadReason", "NOT_RECTIFIED");
    OpenCaseLeadDelegate.open(leads, execution, ProcessVariables.caseId(execution),
        Map.of("refusedRectification", true));
  }
}
