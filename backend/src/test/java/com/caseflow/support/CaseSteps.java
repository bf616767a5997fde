package com.caseflow.support;

import com.caseflow.cases.Uscc;
import com.caseflow.task.FormSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Steps of an enforcement case through the API, shared by the API tests: a lead body, a task in a tab, a filled form. */
public final class CaseSteps {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseSteps() {}

  /** A valid lead for the mask campaign; the USCC is derived from the party name so each test's party is distinct. */
  public static String lead(String partyName) {
    return """
        {"campaignCode":"FYKZ-2021","source":"SPOT_CHECK","partyName":"%s","partyUscc":"%s",
         "productName":"一次性使用口罩","description":"过滤效率不合格","brand":"护康","batchNo":"20260301",
         "standardCode":"GB 2626-2019","nonConformingItems":"过滤效率","samplingPlace":"电子商务","goodsValue":30000.50}
        """.formatted(partyName, Uscc.withCheck("91640100MA76" + String.format("%05d", Math.abs(partyName.hashCode()) % 100000)));
  }

  /** The open task of a case at an activity, as officer/head sees it in the given tab; null when absent. */
  public static JsonNode taskIn(ApiClient client, String scope, long caseId, String activityId) {
    JsonNode items = client.get("/api/tasks?scope=" + scope + "&activityId=" + activityId + "&size=200").json()
        .path("items");
    for (JsonNode t : items) {
      if (t.path("caseId").asLong() == caseId) {
        return t;
      }
    }
    return null;
  }

  /**
   * The JSON body for {@code POST /api/tasks/{id}/complete}: what the test gives, plus a plausible value
   * per required field. With {@code keepCurrentValues} the form's
   * current values (draft applied) are sent back too, as the task page does.
   */
  public static String fill(ApiClient client, String taskId, Map<String, Object> given, boolean keepCurrentValues) {
    JsonNode form = client.get("/api/tasks/" + taskId + "/form").json();
    ObjectNode vars = keepCurrentValues && form.path("data").isObject()
        ? (ObjectNode) form.path("data").deepCopy() : JSON.createObjectNode();
    vars.setAll((ObjectNode) JSON.valueToTree(given));
    for (FormSchema.Field f : FormSchema.of(form.path("schema")).fields()) {
      if (!vars.has(f.key()) && f.required() && f.hide() == null) {
        vars.set(f.key(), JSON.valueToTree(f.example("测试")));
      }
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", vars);
    return body.toString();
  }
}
