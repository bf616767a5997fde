package com.caseflow.spotcheck;

/**
 * The follow-up processes' door to the cases feature: registers a lead that starts {@code enforcement-case}
 * (as {@code POST /api/leads} does). Implemented over the cases feature's LeadService; the follow-up code
 * keeps no lead logic of its own.
 */
public interface LeadRegistrar {

  /** What a follow-up process knows about the lead it opens. */
  record LeadDraft(
      String businessKey, String leadReason, String source, String agencyCode, String campaignCode,
      String partyName, String partyUscc, String productName, String brand, String model, String batchNo,
      String standardCode, String reportNo, String nonConformingItems, String samplingPlace, String description,
      Long relatedLeadId) {}

  /** Registers the lead in the caller's transaction; returns its lead id. */
  long register(LeadDraft draft);
}
