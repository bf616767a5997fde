package com.caseflow.spotcheck;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Bean {@code openCaseLead} (processes/CONTRACT.md): spot-check {@code Task_OpenViolationLead},
 * {@code Task_OpenNotRectifiedLead}, recall {@code Task_OpenPenaltyLead}. Reads local {@code leadSource},
 * {@code leadReason} and the process variables; sets {@code caseLeadId}. Idempotent per business key and
 * reason; a NOT_RECTIFIED lead for a sample that already has a lead is linked to it as related.
 */
@Component("openCaseLead")
public class OpenCaseLeadDelegate implements JavaDelegate {

  private static final Map<String, String> REASON_TEXT = Map.of(
      "VIOLATION_SHOWN", "监督抽查不合格，检验结论显示违法行为",
      "NOT_RECTIFIED", "监督抽查不合格，复查整改不到位",
      "RECALL_NOT_COMPLIED", "生产者拒不履行召回义务");

  private final FollowUpLeadService leads;

  public OpenCaseLeadDelegate(FollowUpLeadService leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = Vars.string(execution, "leadReason");
    String source = Vars.string(execution, "leadSource");
    if (reason == null || source == null) {
      throw new IllegalStateException("openCaseLead needs the local inputs leadSource and leadReason");
    }
    String businessKey = execution.getProcessBusinessKey();
    Long related = "NOT_RECTIFIED".equals(reason) ? Vars.longValue(execution, "caseLeadId") : null;
    String reportNo = Vars.string(execution, "reportNo");
    String items = Vars.string(execution, "nonConformingItems");
    StringBuilder description = new StringBuilder(REASON_TEXT.getOrDefault(reason, reason));
    if (reportNo != null) {
      description.append("；检验报告 ").append(reportNo);
    }
    if (items != null) {
      description.append("；不合格项目：").append(items);
    }
    description.append("（").append(businessKey).append("）");
    LeadRegistrar.LeadDraft draft = new LeadRegistrar.LeadDraft(businessKey, reason, source,
        Vars.string(execution, "agencyCode"), Vars.string(execution, "campaignCode"),
        Vars.first(execution, "enterpriseName", "partyName"), Vars.first(execution, "enterpriseUscc", "partyUscc"),
        Vars.string(execution, "productName"), Vars.string(execution, "brand"), Vars.string(execution, "model"),
        Vars.string(execution, "batchNo"), Vars.string(execution, "standardCode"), reportNo, items,
        Vars.string(execution, "samplingPlace"), description.toString(), related);
    String processKey = execution.getProcessDefinitionId() == null ? null
        : execution.getProcessDefinitionId().split(":")[0];
    execution.setVariable("caseLeadId", leads.open(draft, processKey));
  }
}
