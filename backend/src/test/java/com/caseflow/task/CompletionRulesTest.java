package com.caseflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.common.ApiException.FieldProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionRulesTest {

  static final String FORM = """
      {"components": [
        {"type": "select", "key": "decision", "validate": {"required": true},
         "values": [{"value": "APPROVE"}, {"value": "REJECT"}]},
        {"type": "textarea", "key": "comment", "validate": {"required": true},
         "conditional": {"hide": "=decision = null or decision = \\"APPROVE\\""}},
        {"type": "group", "components": [
          {"type": "number", "key": "fineAmount", "validate": {"required": true}},
          {"type": "datetime", "key": "deliveryDate"},
          {"type": "checkbox", "key": "productDefective"}]},
        {"type": "button", "key": "submit"}
      ]}""";

  final CompletionRules rules = new CompletionRules(null, null, null);

  List<String> fields(Map<String, Object> values) throws Exception {
    FormSchema schema = FormSchema.of(new ObjectMapper().readTree(FORM));
    return rules.checkAgainstForm(schema, values).stream().map(FieldProblem::field).toList();
  }

  @Test
  void requiredNumbersOptionsDatesAndHiddenFields() throws Exception {
    assertThat(fields(Map.of("decision", "APPROVE", "fineAmount", 100))).isEmpty();
    assertThat(fields(Map.of("decision", "REJECT", "fineAmount", 100))).containsExactly("comment");
    assertThat(fields(Map.of("decision", "MAYBE", "fineAmount", "lots", "deliveryDate", "soon",
        "productDefective", "yes"))).containsExactly("decision", "comment", "fineAmount", "deliveryDate", "productDefective");
    assertThat(fields(Map.of())).containsExactly("decision", "fineAmount");
  }

  @Test
  void fineOutsideTheDiscretionRangeNeedsAReason() {
    TaskRecord task = new TaskRecord("t", "p", "d", "enforcement-case", "Task_ProposePenalty", null, null, "officer1",
        null, "NX-YC", "/NX/NX-YC/", null, 1L, null, null, null, null, null);
    Map<String, Object> process = Map.of("fineMin", 30000.0, "fineMax", 90000.0);
    Map<String, Object> v = new HashMap<>(Map.of("fineAmount", 100000));
    assertThat(rules.checkBusiness(task, null, v, process::get))
        .extracting(FieldProblem::field).containsExactly("fineAmount");
    // a range sent with the form does not count: the discretion table's range is the process's
    v.put("fineMin", 0);
    v.put("fineMax", 1_000_000);
    assertThat(rules.checkBusiness(task, null, v, process::get))
        .extracting(FieldProblem::field).containsExactly("fineAmount");
    v.put("discretionReason", "主动消除危害后果");
    assertThat(rules.checkBusiness(task, null, v, process::get)).isEmpty();
    assertThat(rules.checkBusiness(task, null, Map.of("fineAmount", 50000), process::get)).isEmpty();
    assertThat(rules.checkBusiness(task, null, Map.of("fineAmount", "50000.50"), process::get)).isEmpty();
  }

  @Test
  void fineIsMoneyWithAtMostTwoDecimalsThatTheColumnHolds() {
    TaskRecord task = new TaskRecord("t", "p", "d", "enforcement-case", "Task_ProposePenalty", null, null, "officer1",
        null, "NX-YC", "/NX/NX-YC/", null, 1L, null, null, null, null, null);
    Map<String, Object> process = Map.of();
    for (Object bad : new Object[] {-1, new java.math.BigDecimal("50000.005"), "50000.123",
        new java.math.BigDecimal("10000000000000"), new java.math.BigDecimal("1.0000000000000001")}) {
      assertThat(rules.checkBusiness(task, null, Map.of("fineAmount", bad), process::get))
          .as(bad.toString()).extracting(FieldProblem::field).containsExactly("fineAmount");
    }
    java.math.BigDecimal largest = new java.math.BigDecimal("9999999999999.99");
    assertThat(rules.checkBusiness(task, null, Map.of("fineAmount", largest), process::get)).isEmpty();
    // the largest amount is exactly the same as a process variable (a double)
    assertThat(new java.math.BigDecimal(Double.toString(largest.doubleValue()))).isEqualByComparingTo(largest);
    assertThat(rules.checkBusiness(task, null, Map.of("fineAmount", 1200.50), process::get)).isEmpty();
  }

  @Test
  void aReadOnlyFieldIsNotEnteredAndAKeyOffTheFormIsRefused() throws Exception {
    FormSchema schema = FormSchema.of(new ObjectMapper().readTree("""
        {"components":[{"type":"number","key":"fineMin","readonly":true},
                       {"type":"textfield","key":"partyUscc","disabled":true},
                       {"type":"number","key":"fineAmount","validate":{"required":true}}]}"""));
    List<String> unknown = new java.util.ArrayList<>();
    Map<String, Object> entered = schema.entered(Map.of("fineMin", 0, "partyUscc", "x", "fineAmount", 5, "leadId", 7),
        unknown::add);
    assertThat(entered).containsOnlyKeys("fineAmount");
    assertThat(unknown).containsExactly("leadId");
    // required read-only fields show process values: nothing to enter
    assertThat(rules.checkAgainstForm(schema, Map.of("fineAmount", 5))).isEmpty();
  }

  @Test
  void sendingBackNeedsAComment() {
    TaskRecord task = new TaskRecord("t", "p", "d", "enforcement-case", "Task_ApproveFiling", null, null, "head1",
        null, "NX-YC", "/NX/NX-YC/", null, 1L, null, null, null, null, null);
    Map<String, Object> v = Map.of("filingDecision", "REJECT");
    assertThat(rules.checkBusiness(task, null, v, v::get)).extracting(FieldProblem::field).containsExactly("comment");
    Map<String, Object> ok = Map.of("filingDecision", "REJECT", "comment", "证据不足");
    assertThat(rules.checkBusiness(task, null, ok, ok::get)).isEmpty();
  }
}
