package com.caseflow.worklist;

import com.caseflow.cases.Uscc;
import com.caseflow.support.ApiClient;
import com.caseflow.support.FormFiller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Drives enforcement-case through the API as CaseFlowIT does (its helpers, for this package). */
final class CaseDriver {

  static final ObjectMapper JSON = new ObjectMapper();

  private CaseDriver() {}

  static String lead(String partyName) {
    return """
        {"campaignCode":"FYKZ-2021","source":"SPOT_CHECK","partyName":"%s","partyUscc":"%s",
         "productName":"一次性使用口罩","description":"过滤效率不合格","brand":"护康","batchNo":"20260301",
         "standardCode":"GB 2626-2019","nonConformingItems":"过滤效率","samplingPlace":"电子商务","goodsValue":30000.50}
        """.formatted(partyName, Uscc.withCheck("91640100MA76" + String.format("%05d", Math.abs(partyName.hashCode()) % 100000)));
  }

  /** The open task of a case at an activity, as officer/head sees it in the given tab. */
  static JsonNode taskIn(ApiClient client, String scope, long caseId, String activityId) {
    JsonNode items = client.get("/api/tasks?scope=" + scope + "&activityId=" + activityId + "&size=200").json()
        .path("items");
    for (JsonNode t : items) {
      if (t.path("caseId").asLong() == caseId) {
        return t;
      }
    }
    return null;
  }

  /** Variables for a task: the given ones, plus a plausible value for each required field of its form. */
  static String fill(ApiClient client, String taskId, Map<String, Object> given) {
    return FormFiller.fill(client, taskId, given, false);
  }


}
