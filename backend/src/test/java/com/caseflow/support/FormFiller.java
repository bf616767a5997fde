package com.caseflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fills a task's Camunda Form for API tests the way an officer would: what the test gives, plus a plausible value per required field. */
public final class FormFiller {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFiller() {}

  /**
   * The JSON body for {@code POST /api/tasks/{id}/complete}. With {@code keepCurrentValues} the form's
   * current values (draft applied) are sent back too, as the task page does.
   */
  public static String fill(ApiClient client, String taskId, Map<String, Object> given, boolean keepCurrentValues) {
    JsonNode form = client.get("/api/tasks/" + taskId + "/form").json();
    ObjectNode vars = keepCurrentValues && form.path("data").isObject()
        ? (ObjectNode) form.path("data").deepCopy() : JSON.createObjectNode();
    vars.setAll((ObjectNode) JSON.valueToTree(given));
    List<JsonNode> fields = new ArrayList<>();
    collect(form.path("schema").path("components"), fields);
    for (JsonNode f : fields) {
      String key = f.path("key").asText();
      if (vars.has(key) || !f.path("validate").path("required").asBoolean(false) || f.has("conditional")) {
        continue;
      }
      switch (f.path("type").asText()) {
        case "number" -> vars.put(key, 1);
        case "checkbox" -> vars.put(key, false);
        case "datetime" -> vars.put(key, LocalDate.now().toString());
        case "select", "radio" -> vars.put(key, f.path("values").path(0).path("value").asText());
        default -> vars.put(key, "测试");
      }
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", vars);
    return body.toString();
  }

  private static void collect(JsonNode components, List<JsonNode> out) {
    for (JsonNode c : components) {
      if (c.has("components")) {
        collect(c.path("components"), out);
      } else if (c.hasNonNull("key") && !c.path("type").asText().equals("button")) {
        out.add(c);
      }
    }
  }
}
