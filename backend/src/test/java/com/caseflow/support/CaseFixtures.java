package com.caseflow.support;

import com.caseflow.cases.Uscc;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RepositoryService;

/** Real cases for integration tests: a lead registered through {@code POST /api/leads} is a case. */
public final class CaseFixtures {

  private CaseFixtures() {}

  /** A case in the agency of {@code client}'s user; answers {@code {"leadId","processInstanceId",...}}. */
  public static JsonNode register(ApiClient client, RepositoryService repository, String partyName) {
    EnforcementCaseModel.ensureDeployed(repository);
    String uscc = Uscc.withCheck("91640100MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
    ApiClient.Response r = client.post("/api/leads", """
        {"campaignCode":"FYKZ-2021","source":"SPOT_CHECK","partyName":"%s","partyUscc":"%s","partyType":"ORGANISATION",
         "productName":"一次性使用口罩","description":"监督抽查：过滤效率不符合GB 2626-2019","brand":"护康","batchNo":"20260301",
         "standardCode":"GB 2626-2019","nonConformingItems":"过滤效率","samplingPlace":"电子商务","goodsValue":30000.50}
        """.formatted(partyName, uscc));
    if (r.status() != 201) {
      throw new IllegalStateException("lead registration failed: " + r.status() + " " + r.body());
    }
    return r.json();
  }
}
