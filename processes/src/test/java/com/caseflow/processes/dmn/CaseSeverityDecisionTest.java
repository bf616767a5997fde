package com.caseflow.processes.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.processes.support.AbstractProcessTest;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = "caseflow/dmn/case-severity.dmn")
class CaseSeverityDecisionTest extends AbstractProcessTest {

  @ParameterizedTest(name = "{0} fine {1} confiscation {2} measure {3} impact {4} -> {5}")
  @CsvSource({
      "PERSON,       49999.99,  0,         NONE,               LOW,    false",
      "PERSON,       50000.00,  0,         NONE,               LOW,    true",
      "PERSON,       0,         49999.99,  NONE,               LOW,    false",
      "PERSON,       0,         50000.00,  NONE,               LOW,    true",
      "ORGANISATION, 50000.00,  0,         NONE,               LOW,    false",
      "ORGANISATION, 499999.99, 0,         NONE,               MEDIUM, false",
      "ORGANISATION, 500000.00, 0,         NONE,               LOW,    true",
      "ORGANISATION, 0,         499999.99, NONE,               LOW,    false",
      "ORGANISATION, 0,         500000.00, NONE,               LOW,    true",
      "ORGANISATION, 0,         0,         LICENCE_REVOCATION, LOW,    true",
      "ORGANISATION, 0,         0,         CLOSURE,            LOW,    true",
      "ORGANISATION, 0,         0,         SUSPENSION,         LOW,    false",
      "ORGANISATION, 0,         0,         NONE,               HIGH,   true",
      "PERSON,       0,         0,         NONE,               MEDIUM, false",
  })
  void majorCaseAtEveryBoundary(String partyType, double fine, double confiscation, String measure, String impact, boolean expected) {
    Object result = engine.getDecisionService().evaluateDecisionByKey("case-severity")
        .variables(Variables.createVariables()
            .putValue("partyType", partyType)
            .putValue("fineAmount", fine)
            .putValue("confiscationValue", confiscation)
            .putValue("measure", measure)
            .putValue("publicImpact", impact))
        .evaluate().getSingleEntry();
    assertThat(result).isEqualTo(expected);
  }
}
