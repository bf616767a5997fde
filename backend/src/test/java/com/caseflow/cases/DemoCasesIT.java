package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DemoCasesIT {

  @Autowired DemoCases demo;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void model(@Autowired ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  @Test
  void demoCasesReachTheirStages() {
    long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM cf_case", Long.class);
    demo.load();
    List<String> stages = jdbc.queryForList("SELECT stage FROM cf_case WHERE id > ? ORDER BY id", String.class, before);
    assertThat(stages).containsExactly("VERIFICATION", "FILING_APPROVAL", "INVESTIGATION", "VERIFICATION");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_case WHERE id > ? AND case_no IS NOT NULL", Long.class,
        before)).isEqualTo(1);
    demo.loadOnce();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_case WHERE id > ?", Long.class, before))
        .as("loadOnce adds nothing when cases exist").isEqualTo(4);
  }
}
