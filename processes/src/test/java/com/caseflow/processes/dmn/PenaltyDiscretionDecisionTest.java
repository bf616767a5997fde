package com.caseflow.processes.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.processes.support.AbstractProcessTest;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = "caseflow/dmn/penalty-discretion.dmn")
class PenaltyDiscretionDecisionTest extends AbstractProcessTest {

  private static VariableMap circumstances(boolean firstCorrected, boolean childrenElderly, boolean epidemic,
      boolean repeat, boolean refused) {
    return Variables.createVariables()
        .putValue("firstOffenceCorrected", firstCorrected)
        .putValue("childrenOrElderlyProduct", childrenElderly)
        .putValue("epidemicProtectionProduct", epidemic)
        .putValue("repeatOffence", repeat)
        .putValue("refusedRectification", refused);
  }

  @ParameterizedTest(name = "first {0} children {1} epidemic {2} repeat {3} refused {4} -> {5}")
  @CsvSource({
      "false, false, false, false, false, ORDINARY",
      "true,  false, false, false, false, MITIGATED",
      "false, true,  false, false, false, AGGRAVATED",
      "false, false, true,  false, false, AGGRAVATED",
      "false, false, false, true,  false, AGGRAVATED",
      "false, false, false, false, true,  AGGRAVATED",
      "true,  true,  false, false, false, AGGRAVATED",
      "true,  false, false, false, true,  AGGRAVATED",
  })
  void circumstanceAggravationWinsOverMitigation(boolean first, boolean children, boolean epidemic, boolean repeat,
      boolean refused, String expected) {
    Object result = engine.getDecisionService().evaluateDecisionByKey("penalty-circumstance")
        .variables(circumstances(first, children, epidemic, repeat, refused))
        .evaluate().getSingleEntry();
    assertThat(result).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} goods {1} first {2} children {3} -> {4} {5}..{6}")
  @CsvSource({
      // PQL-49: 1x..3x, bands 1.0-1.6 / 1.6-2.4 / 2.4-3.0
      "PQL-49, 10000,    true,  false, LIGHTER,  10000.00, 16000.00",
      "PQL-49, 10000,    false, false, ORDINARY, 16000.00, 24000.00",
      "PQL-49, 10000,    false, true,  HEAVIER,  24000.00, 30000.00",
      // PQL-50: 0.5x..3x, bands 0.5-1.25 / 1.25-2.25 / 2.25-3.0
      "PQL-50, 10000,    true,  false, LIGHTER,  5000.00,  12500.00",
      "PQL-50, 10000,    false, false, ORDINARY, 12500.00, 22500.00",
      "PQL-50, 10000,    false, true,  HEAVIER,  22500.00, 30000.00",
      // rounding HALF_UP to 2 decimals: 0.05 * 0.5 = 0.025 -> 0.03 (HALF_EVEN would give 0.02)
      "PQL-50, 0.05,     true,  false, LIGHTER,  0.03,     0.06",
      // 1234.57 * 1.6 = 1975.312 -> 1975.31; * 2.4 = 2962.968 -> 2962.97
      "PQL-49, 1234.57,  false, false, ORDINARY, 1975.31,  2962.97",
      "PQL-49, 49999.99, false, false, ORDINARY, 79999.98, 119999.98",
      "PQL-49, 50000.00, false, false, ORDINARY, 80000.00, 120000.00",
  })
  void fineRangePerLegalBasisAndCircumstance(String basis, double goodsValue, boolean first, boolean children,
      String level, double min, double max) {
    Map<String, Object> result = engine.getDecisionService().evaluateDecisionByKey("penalty-discretion")
        .variables(circumstances(first, children, false, false, false)
            .putValue("legalBasis", basis)
            .putValue("goodsValue", goodsValue))
        .evaluate().getSingleResult().getEntryMap();
    assertThat(result.get("level")).isEqualTo(level);
    assertThat(result.get("fineMin")).isEqualTo(min);
    assertThat(result.get("fineMax")).isEqualTo(max);
  }

  @org.junit.jupiter.api.Test
  void unknownLegalBasisGivesNoResult() {
    assertThat(engine.getDecisionService().evaluateDecisionByKey("penalty-discretion")
        .variables(circumstances(false, false, false, false, false)
            .putValue("legalBasis", "OTHER")
            .putValue("goodsValue", 100.0))
        .evaluate().isEmpty()).isTrue();
  }
}
