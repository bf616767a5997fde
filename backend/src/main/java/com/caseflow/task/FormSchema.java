package com.caseflow.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The input fields of a Camunda Form (camunda:formRef), walked through groups and other containers. */
public record FormSchema(JsonNode json, List<Field> fields) {

  /** An input field; {@code optionLabels} maps the option values of a select/radio/checklist to their labels. */
  public record Field(String key, String type, boolean required, List<String> options, String hide, String label,
      Map<String, String> optionLabels, boolean readonly) {

    /** Whether the form hides this field for these values (conditional.hide, simple FEEL comparisons joined by or/and). */
    public boolean hidden(Map<String, Object> values) {
      return hide != null && Feel.test(hide, values);
    }

    /**
     * A value of this field's type that a filled-in form could hold — the first option, 1, false, today's date, or
     * {@code text} — for the benchmark and the tests, which complete forms as a user would.
     */
    public Object example(String text) {
      return switch (type) {
        case "number" -> 1;
        case "checkbox" -> false;
        case "datetime" -> java.time.LocalDate.now().toString();
        case "select", "radio" -> options.isEmpty() ? "" : options.get(0);
        default -> text;
      };
    }
  }

  private static final Set<String> NOT_INPUT = Set.of("button", "text", "html", "image", "spacer", "separator");

  public static FormSchema of(JsonNode json) {
    List<Field> fields = new ArrayList<>();
    collect(json.path("components"), fields);
    return new FormSchema(json, fields);
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if (c.has("components")) {
        collect(c.path("components"), fields);
      }
      if (!c.hasNonNull("key") || NOT_INPUT.contains(type) || c.has("components")) {
        continue;
      }
      List<String> options = new ArrayList<>();
      Map<String, String> optionLabels = new LinkedHashMap<>();
      c.path("values").forEach(v -> {
        options.add(v.path("value").asText());
        optionLabels.put(v.path("value").asText(), v.path("label").asText(v.path("value").asText()));
      });
      String hide = c.path("conditional").path("hide").isTextual() ? c.path("conditional").path("hide").asText() : null;
      String label = c.path("label").isTextual() ? c.path("label").asText() : null;
      // shown, not entered: the form displays a process value (readonly: true, or disabled)
      boolean readonly = c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
      fields.add(new Field(c.path("key").asText(), type, c.path("validate").path("required").asBoolean(false),
          options, hide, label, optionLabels, readonly));
    }
  }

  /**
   * What a user may set through this form: the values of its fields that are not read-only. A read-only field shows
   * a process value (the fine range of the discretion table, the party's code), so a value sent for it is dropped and
   * the process keeps its own; a key the form does not have is refused ({@code unknown} receives it), so a completion
   * cannot set process variables the form does not offer (the case a task belongs to, the fine range).
   */
  public Map<String, Object> entered(Map<String, Object> values, java.util.function.Consumer<String> unknown) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      Field f = field(k);
      if (f == null) {
        unknown.accept(k);
      } else if (!f.readonly()) {
        out.put(k, v);
      }
    });
    return out;
  }

  public Field field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
  }
}
