package com.caseflow.spotcheck;

import com.caseflow.cases.LeadRequest;
import com.caseflow.cases.LeadService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@link LeadRegistrar} over the cases feature's {@link LeadService}: the lead is validated, stored and its
 * {@code enforcement-case} started there (registered by "system"; a related lead becomes the parent case).
 */
@Component
class LeadServiceRegistrar implements LeadRegistrar {

  private final LeadService leads;

  LeadServiceRegistrar(LeadService leads) {
    this.leads = leads;
  }

  @Override
  public long register(LeadDraft d) {
    LeadRequest request = new LeadRequest(d.campaignCode(), d.source(), d.partyName(), d.partyUscc(), "ORGANISATION",
        null, d.productName(), d.description(), d.brand(), d.model(), d.batchNo(), d.standardCode(), d.reportNo(),
        d.nonConformingItems(), d.samplingPlace(), null, null);
    Map<String, Object> extra = new HashMap<>();
    extra.put("leadReason", d.leadReason());
    extra.put("followUpBusinessKey", d.businessKey());
    if (d.relatedLeadId() != null) {
      extra.put("relatedLeadId", d.relatedLeadId());
    }
    return leads.register(request, d.agencyCode(), "system", d.relatedLeadId(), extra).leadId();
  }
}
