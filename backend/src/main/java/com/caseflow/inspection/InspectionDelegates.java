package com.caseflow.inspection;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.cases.LeadRequest;
import com.caseflow.cases.LeadService;
import com.caseflow.inspection.InspectionRecords.Inspection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans {@code random-inspection} calls (processes/CONTRACT.md, "Random inspections"). */
@Configuration
public class InspectionDelegates {

  /**
   * {@code recordInspection}: writes the inspection row from the process variables at each step; local input
   * {@code inspectionStatus} = INSPECTED | RECTIFICATION_ORDERED | RECHECKED | PUBLISHED. PUBLISHED sets {@code publishedDate}.
   */
  @Bean("recordInspection")
  JavaDelegate recordInspection(InspectionMapper mapper, AuditService audit, Clock clock) {
    return execution -> {
      long id = inspectionId(execution);
      String status = string(execution, "inspectionStatus");
      switch (status) {
        case "INSPECTED" -> {
          String result = string(execution, "inspectionResult");
          mapper.recordInspected(id, date(execution, "inspectionDate", clock), result, string(execution, "findings"),
              string(execution, "photoRefs"), !"NO_PROBLEM".equals(result));
        }
        case "RECTIFICATION_ORDERED" -> mapper.recordRectificationOrdered(id, date(execution, "rectificationDeadline", clock));
        case "RECHECKED" -> {
          boolean rectified = "RECTIFIED".equals(string(execution, "recheckResult"));
          mapper.recordRecheck(id, rectified ? "RECTIFIED" : "NOT_RECTIFIED", rectified);
        }
        case "PUBLISHED" -> {
          LocalDate today = LocalDate.now(clock);
          mapper.recordPublished(id, string(execution, "publicResult"), string(execution, "publicSummary"), today);
          execution.setVariable("publishedDate", today.toString());
        }
        default -> throw new IllegalArgumentException("unknown inspectionStatus " + status);
      }
      audit.record(AuditEntry.of("INSPECTION_" + status, null, null, "inspection", String.valueOf(id)));
    };
  }

  /**
   * {@code openInspectionLead}: registers a lead (source INSPECTION) in {@code enforcement-case} through
   * {@link LeadService}, naming the target as party and attaching the findings; local input {@code leadReason} =
   * INSPECTION_FINDING | NOT_RECTIFIED. Sets {@code caseLeadId}. Idempotent per inspection.
   */
  @Bean("openInspectionLead")
  JavaDelegate openInspectionLead(InspectionMapper mapper, LeadService leads) {
    return execution -> {
      long id = inspectionId(execution);
      Inspection inspection = mapper.inspection(id);
      if (inspection.leadId() != null) {
        execution.setVariable("caseLeadId", inspection.leadId());
        return;
      }
      String reason = string(execution, "leadReason");
      StringBuilder description = new StringBuilder("双随机抽查发现问题（").append(reason).append("）：")
          .append(nz(string(execution, "findings")));
      if (string(execution, "photoRefs") != null) {
        description.append("\n照片：").append(string(execution, "photoRefs"));
      }
      if (string(execution, "recheckNotes") != null) {
        description.append("\n复查：").append(string(execution, "recheckNotes"));
      }
      String text = description.length() > 4000 ? description.substring(0, 4000) : description.toString();
      LeadRequest request = new LeadRequest(string(execution, "campaignCode"), "INSPECTION",
          string(execution, "partyName"), string(execution, "partyUscc"), "ORGANISATION", null,
          string(execution, "productName"), text, null, null, null, null, null, null, null, null, null);
      String by = string(execution, "inspector1");
      long leadId = leads.register(request, string(execution, "agencyCode"), by == null ? "system" : by, null,
          Map.of("leadReason", reason, "inspectionId", id, "refusedRectification", "NOT_RECTIFIED".equals(reason)))
          .leadId();
      mapper.recordLead(id, leadId);
      execution.setVariable("caseLeadId", leadId);
    };
  }

  static long inspectionId(DelegateExecution execution) {
    Object v = execution.getVariable("inspectionId");
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s && !s.isBlank()) {
      return Long.parseLong(s);
    }
    throw new IllegalStateException("process variable inspectionId is missing");
  }

  static String string(DelegateExecution execution, String name) {
    Object v = execution.getVariable(name);
    return v == null || v.toString().isBlank() ? null : v.toString();
  }

  static LocalDate date(DelegateExecution execution, String name, Clock clock) {
    String v = string(execution, name);
    return v == null ? LocalDate.now(clock) : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
