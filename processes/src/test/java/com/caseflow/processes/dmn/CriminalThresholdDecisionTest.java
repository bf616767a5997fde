package com.caseflow.processes.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.processes.support.AbstractProcessTest;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = "caseflow/dmn/criminal-threshold.dmn")
class CriminalThresholdDecisionTest extends AbstractProcessTest {

  @ParameterizedTest(name = "{0} sales {1} unsold {2} harm {3} -> {4} {5}")
  @CsvSource({
      "COUNTERFEIT_SUBSTANDARD, 49999.99,  0,         false, false, ",
      "COUNTERFEIT_SUBSTANDARD, 50000.00,  0,         false, true,  140",
      "COUNTERFEIT_SUBSTANDARD, 0,         149999.99, false, false, ",
      "COUNTERFEIT_SUBSTANDARD, 0,         150000.00, false, true,  140",
      "COUNTERFEIT_SUBSTANDARD, 0,         0,         true,  false, ",
      "UNSAFE_PRODUCT,          0,         0,         true,  true,  146",
      "UNSAFE_PRODUCT,          60000,     0,         true,  true,  146",
      "UNSAFE_PRODUCT,          49999.99,  0,         false, false, ",
      "UNSAFE_PRODUCT,          50000.00,  0,         false, true,  140",
      "UNSAFE_PRODUCT,          0,         149999.99, false, false, ",
      "UNSAFE_PRODUCT,          0,         150000.00, false, true,  140",
      "TRADEMARK,               49999.99,  0,         false, false, ",
      "TRADEMARK,               50000.00,  0,         false, true,  213-215",
      "TRADEMARK,               0,         149999.99, false, false, ",
      "TRADEMARK,               0,         150000.00, false, true,  213-215",
      "TRADEMARK,               0,         0,         true,  true,  213-215",
  })
  void referralAtEveryBoundary(String offence, double sales, double unsold, boolean harm, boolean refer, String article) {
    Map<String, Object> result = engine.getDecisionService().evaluateDecisionByKey("criminal-threshold")
        .variables(Variables.createVariables()
            .putValue("offence", offence)
            .putValue("salesAmount", sales)
            .putValue("unsoldGoodsValue", unsold)
            .putValue("seriousHarm", harm))
        .evaluate().getSingleResult().getEntryMap();
    assertThat(result.get("refer")).isEqualTo(refer);
    assertThat(result.get("article")).isEqualTo(article);
  }
}
