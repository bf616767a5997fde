package com.caseflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TASK_COMPLETED audit entry, shown on the case timeline, speaks the form's words, not variable names and codes. */
class AuditSummaryTest {

  static final String FORM = """
      {"components": [
        {"type": "textarea", "key": "verificationSummary", "label": "核查情况"},
        {"type": "select", "key": "verificationResult", "label": "核查结论",
         "values": [{"value": "FILE", "label": "建议立案"}, {"value": "NO_CASE", "label": "不予立案"}]},
        {"type": "group", "components": [
          {"type": "number", "key": "officerCount", "label": "办案人数"},
          {"type": "checkbox", "key": "productDefective", "label": "产品存在缺陷"},
          {"type": "checklist", "key": "items", "label": "检查项目",
           "values": [{"value": "LICENCE", "label": "营业执照"}, {"value": "LABEL", "label": "标签标识"}]}]}
      ]}""";

  @Test
  void labelsAndOptionLabelsOfTheForm() throws Exception {
    FormSchema schema = FormSchema.of(new ObjectMapper().readTree(FORM));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("verificationSummary", "抽检不合格");
    values.put("verificationResult", "FILE");
    values.put("officerCount", 2.0);
    values.put("productDefective", false);
    values.put("items", List.of("LABEL", "LICENCE"));
    values.put("cc", null);
    values.put("extra", "OTHER");
    assertThat(TaskWorkService.summary(values, schema))
        .isEqualTo("核查情况：抽检不合格；核查结论：建议立案；办案人数：2；产品存在缺陷：否；检查项目：标签标识、营业执照；cc：；extra：OTHER");
  }

  @Test
  void withoutAFormTheVariableNames() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("fineAmount", 3000.5);
    values.put("approved", true);
    assertThat(TaskWorkService.summary(values, null)).isEqualTo("fineAmount：3000.5；approved：是");
  }
}
