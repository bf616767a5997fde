package com.caseflow.cases;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Spot-check follow-up and product recall: opens a lead in {@code enforcement-case} from the calling process's
 * variables (local inputs {@code leadSource}, {@code leadReason}); sets {@code caseLeadId}. Idempotent per
 * business key + reason; a NOT_RECTIFIED lead for a sample that already has a lead is linked to it as related.
 */
@Component("openCaseLead")
public class OpenCaseLeadDelegate implements JavaDelegate {

  private final LeadService leads;

  public OpenCaseLeadDelegate(LeadService leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long related = execution.getVariable("caseLeadId") instanceof Number n ? n.longValue() : null;
    long id = open(leads, execution, related, Map.of());
    if (related == null) {
      execution.setVariable("caseLeadId", id);
    }
  }

  static long open(LeadService leads, DelegateExecution execution, Long parentCaseId, Map<String, Object> extra) {
    String reason = ProcessVariables.string(execution, "leadReason");
    String source = ProcessVariables.string(execution, "leadSource", "source");
    LeadRequest request = new LeadRequest(
        ProcessVariables.string(execution, "campaignCode"),
        source == null ? "INSPECTION" : source,
        ProcessVariables.string(execution, "partyName", "enterpriseName", "producerName"),
        ProcessVariables.string(execution, "partyUscc", "enterpriseUscc", "producerUscc"),
        ProcessVariables.string(execution, "partyType"), null,
        ProcessVariables.string(execution, "productName"),
        (reason == null ? "" : reason + " ") + "(" + execution.getProcessBusinessKey() + ")",
        ProcessVariables.string(execution, "brand"), ProcessVariables.string(execution, "model"),
        ProcessVariables.string(execution, "batchNo"), ProcessVariables.string(execution, "standardCode"),
        ProcessVariables.string(execution, "reportNo"), ProcessVariables.string(execution, "nonConformingItems"),
        ProcessVariables.string(execution, "samplingPlace"), ProcessVariables.money(execution, "goodsValue"), null);
    String registeredBy = ProcessVariables.string(execution, "registeredBy");
    Map<String, Object> vars = new HashMap<>(extra);
    vars.put("leadReason", reason == null ? "" : reason);
    return leads.registerOnce(execution.getProcessBusinessKey() + "|" + reason, request,
        ProcessVariables.string(execution, "agencyCode"), registeredBy == null ? "system" : registeredBy,
        parentCaseId, vars);
  }
}
