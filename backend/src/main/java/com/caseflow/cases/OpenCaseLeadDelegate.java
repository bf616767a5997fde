package com.caseflow.cases;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Spot-check follow-up and product recall: opens a lead in {@code enforcement-case} from the calling
 * process's variables (input parameters {@code leadSource}, {@code leadReason}); sets {@code openedLeadId}.
 */
@Component("openCaseLead")
public class OpenCaseLeadDelegate implements JavaDelegate {

  private final LeadService leads;

  public OpenCaseLeadDelegate(LeadService leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("openedLeadId", open(leads, execution, null));
  }

  static long open(LeadService leads, DelegateExecution execution, Long parentCaseId) {
    String reason = ProcessVariables.string(execution, "leadReason");
    LeadRequest request = new LeadRequest(
        ProcessVariables.string(execution, "campaignCode"),
        ProcessVariables.string(execution, "leadSource", "source"),
        ProcessVariables.string(execution, "partyName", "enterpriseName", "producerName"),
        ProcessVariables.string(execution, "partyUscc", "uscc", "producerUscc"),
        ProcessVariables.string(execution, "partyType"), null,
        ProcessVariables.string(execution, "productName"),
        reason == null ? execution.getProcessDefinitionId() : reason + " (" + execution.getProcessDefinitionId() + ")",
        ProcessVariables.string(execution, "brand"), ProcessVariables.string(execution, "model"),
        ProcessVariables.string(execution, "batchNo"), ProcessVariables.string(execution, "standardCode"),
        ProcessVariables.string(execution, "reportNo"), ProcessVariables.string(execution, "nonConformingItems"),
        ProcessVariables.string(execution, "samplingPlace"), ProcessVariables.money(execution, "goodsValue"), null);
    String registeredBy = ProcessVariables.string(execution, "registeredBy");
    return leads.register(request, ProcessVariables.string(execution, "agencyCode"),
        registeredBy == null ? "system" : registeredBy, parentCaseId,
        Map.of("leadReason", reason == null ? "" : reason)).leadId();
  }
}
