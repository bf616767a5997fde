package com.caseflow.processes.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.processes.support.AbstractProcessTest;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = "caseflow/dmn/hearing-eligibility.dmn")
class HearingEligibilityDecisionTest extends AbstractProcessTest {

  @ParameterizedTest(name = "{0} fine {1} confiscation {2} measure {3} -> {4}")
  @CsvSource({
      "PERSON,       9999.99,   0,         NONE, false",
      "PERSON,       10000.00,  0,         NONE, true",
      "PERSON,       0,         9999.99,   NONE, false",
      "PERSON,       0,         10000.00,  NONE, true",
      "PERSON,       99999.99,  0,         NONE, true",
      "ORGANISATION, 10000.00,  0,         NONE, false",
      "ORGANISATION, 99999.99,  0,         NONE, false",
      "ORGANISATION, 100000.00, 0,         NONE, true",
      "ORGANISATION, 0,         99999.99,  NONE, false",
      "ORGANISATION, 0,         100000.00, NONE, true",
      "ORGANISATION, 0,         0,         LICENCE_REVOCATION, true",
      "ORGANISATION, 0,         0,         QUALIFICATION_DOWNGRADE, true",
      "ORGANISATION, 0,         0,         SUSPENSION, true",
      "ORGANISATION, 0,         0,         CLOSURE, true",
      "PERSON,       0,         0,         PRACTICE_RESTRICTION, true",
      "PERSON,       0,         0,         NONE, false",
  })
  void hearingRightAtEveryBoundary(String partyType, double fine, double confiscation, String measure, boolean expected) {
    Object result = engine.getDecisionService().evaluateDecisionByKey("hearing-eligibility")
        .variables(Variables.createVariables()
            .putValue("partyType", partyType)
            .putValue("fineAmount", fine)
            .putValue("confiscationValue", confiscation)
            .putValue("measure", measure))
        .evaluate().getSingleEntry();
    assertThat(result).isEqualTo(expected);
  }
}
