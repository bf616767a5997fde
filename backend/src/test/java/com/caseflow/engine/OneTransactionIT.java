package com.caseflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditMapper;
import com.caseflow.audit.AuditService;
import com.caseflow.support.IntegrationTest;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine and CaseFlow's tables share one DataSource and one Spring transaction: a task completion
 * and the case-file row written with it commit together or roll back together.
 */
@IntegrationTest
class OneTransactionIT {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuditService auditService;
  @Autowired AuditMapper auditMapper;
  @Autowired TransactionTemplate tx;

  @BeforeAll
  static void deploy(@Autowired RepositoryService repositoryService) {
    repositoryService.createDeployment().name("tx-probe").enableDuplicateFiltering(true)
        .addClasspathResource("test-processes/tx-probe.bpmn").deploy();
  }

  @Test
  void failureAfterBothWritesRollsBackTaskCompletionAndCaseRow() {
    String taskId = startProbe();

    assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
      taskService.complete(taskId);
      auditService.record(AuditEntry.of("TASK_COMPLETED", null, taskId, "task", taskId));
      throw new IllegalStateException("failure after the second write");
    })).hasMessage("failure after the second write");

    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("task still open").isEqualTo(1);
    assertThat(auditMapper.findByTask(taskId)).as("case-file row rolled back").isEmpty();
  }

  @Test
  void successCommitsTaskCompletionAndCaseRowTogether() {
    String taskId = startProbe();

    tx.executeWithoutResult(status -> {
      taskService.complete(taskId);
      auditService.record(AuditEntry.of("TASK_COMPLETED", null, taskId, "task", taskId));
    });

    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("task completed").isZero();
    assertThat(auditMapper.findByTask(taskId)).as("case-file row committed").hasSize(1);
  }

  @Test
  void auditRowsCannotBeWrittenOutsideATransaction() {
    assertThatThrownBy(() -> auditService.record(AuditEntry.of("X", null, "none", "task", "none")))
        .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
  }

  private String startProbe() {
    String businessKey = "tx-" + UUID.randomUUID();
    runtimeService.startProcessInstanceByKey("tx-probe", businessKey);
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    return task.getId();
  }
}
