package com.caseflow.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The bare engine: a plain Camunda 7 engine (no Spring, no CaseFlow listeners, full history) on the same database
 * tables as the CaseFlow engine, running {@code bench-three-steps}: start + 3 × (query the candidate task, claim,
 * complete), on its own database on the same MariaDB server (one database holds one history level).
 */
final class BareEngine implements AutoCloseable {

  static final String KEY = "bench-three-steps";
  static final String[][] STEPS = {{"officers", "officer1"}, {"agency-heads", "head1"}, {"unit-heads", "unithead1"}};

  final ProcessEngine engine;

  BareEngine(DataSource dataSource, boolean createSchema) {
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName("bench-bare");
    cfg.setDataSource(dataSource);
    cfg.setDatabaseSchemaUpdate(createSchema ? ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE
        : ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    cfg.setJobExecutorActivate(false);
    cfg.setMetricsEnabled(false);
    // the path has no decisions; skipping the DMN engine (FEEL) saves ~10 s of start-up in the smoke test
    cfg.setDmnEnabled(false);
    engine = cfg.buildProcessEngine();
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      engine.getRepositoryService().createDeployment().name("bench").enableDuplicateFiltering(true)
          .addClasspathResource("bench/bench-three-steps.bpmn").deploy();
    }
  }

  /** One instance through the three steps; start and each step timed into the given stats. */
  void runOne(int n, Stats.Side side) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("agencyCode", "NX-YC");
    vars.put("campaignCode", "FYKZ-2021");
    vars.put("source", "SPOT_CHECK");
    vars.put("partyName", "基准测试口罩有限公司" + n);
    vars.put("partyUscc", "91640100MA76000000");
    vars.put("partyType", "ORGANISATION");
    vars.put("productName", "一次性使用口罩");
    vars.put("leadDate", LocalDate.now().toString());
    vars.put("registeredBy", "officer1");
    vars.put("procedure", "ORDINARY");
    vars.put("goodsValue", 30000.5);
    vars.put("dueDate", Date.from(LocalDate.now().plusDays(15).atStartOfDay(ZoneId.systemDefault()).toInstant()));
    StatementCounter.start();
    long t0 = System.nanoTime();
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, "bench-" + n, vars);
    side.start().add(System.nanoTime() - t0);
    side.startSql().add(StatementCounter.stop());
    for (String[] s : STEPS) {
      StatementCounter.start();
      long t = System.nanoTime();
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup(s[0])
          .singleResult();
      engine.getTaskService().claim(task.getId(), s[1]);
      engine.getTaskService().complete(task.getId(), Map.of("result", "OK", "summary", "基准"));
      side.step().add(System.nanoTime() - t);
      side.stepSql().add(StatementCounter.stop());
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
