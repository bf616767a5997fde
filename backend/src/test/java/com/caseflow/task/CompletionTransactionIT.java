package com.caseflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.caseflow.cases.LeadRequest;
import com.caseflow.cases.LeadService;
import com.caseflow.cases.Uscc;
import com.caseflow.security.CurrentUser;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real completion service writes the engine's state, the projection, the case-file rows and the audit
 * in one transaction: a failure after all of them rolls every one back.
 */
@IntegrationTest
class CompletionTransactionIT {

  @Autowired LeadService leads;
  @Autowired TaskWorkService work;
  @Autowired TaskService engineTasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  @BeforeAll
  static void model(@Autowired org.springframework.context.ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  static final CurrentUser OFFICER1 = new CurrentUser("officer1", "张伟", List.of("officers"), "NX-YC", "/NX/NX-YC/", "zh-CN");

  @Test
  void aFailureAfterCompletionRollsBackEngineProjectionCaseFileAndAudit() {
    long caseId = tx.execute(s -> leads.register(new LeadRequest("FYKZ-2021", "COMPLAINT", "事务测试公司",
        Uscc.withCheck("91640100MA76TX001"), "ORGANISATION", null, "口罩", null, null, null, null, null, null, null,
        null, null, null), "NX-YC", "officer1").leadId());
    String taskId = jdbc.queryForObject("SELECT id FROM cf_task WHERE case_id = ?", String.class, caseId);
    tx.executeWithoutResult(s -> work.claim(taskId, OFFICER1));
    long audits = count("SELECT COUNT(*) FROM cf_audit_log WHERE case_id = ?", caseId);
    Map<String, Object> vars = Map.of("verificationResult", "FILE", "verificationSummary", "已核查");

    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      work.complete(taskId, vars, OFFICER1);
      assertThat(count("SELECT COUNT(*) FROM cf_task WHERE id = ?", taskId)).as("inside: projection moved on").isZero();
      throw new IllegalStateException("failure after completion");
    })).hasMessage("failure after completion");

    assertThat(engineTasks.createTaskQuery().taskId(taskId).count()).as("engine task still open").isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM cf_task WHERE id = ?", taskId)).as("projection row back").isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM cf_audit_log WHERE case_id = ?", caseId)).isEqualTo(audits);
    assertThat(jdbc.queryForObject("SELECT stage FROM cf_case WHERE id = ?", String.class, caseId))
        .isEqualTo("VERIFICATION");

    tx.executeWithoutResult(s -> work.complete(taskId, vars, OFFICER1));
    assertThat(engineTasks.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT stage FROM cf_case WHERE id = ?", String.class, caseId))
        .isEqualTo("FILING_APPROVAL");
    assertThat(count("SELECT COUNT(*) FROM cf_task WHERE case_id = ? AND activity_id = 'Task_ApproveFiling'", caseId))
        .isEqualTo(1);
  }

  long count(String sql, Object arg) {
    return jdbc.queryForObject(sql, Long.class, arg);
  }
}
