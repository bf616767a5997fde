package com.caseflow.bench;

import com.caseflow.cases.CaseQueryService;
import com.caseflow.cases.LeadRequest;
import com.caseflow.cases.LeadService;
import com.caseflow.cases.Uscc;
import com.caseflow.security.AuthService;
import com.caseflow.security.CurrentUser;
import com.caseflow.task.FormSchema;
import com.caseflow.task.TaskRow;
import com.caseflow.task.TaskWorkService;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * CaseFlow's own services on the real {@code enforcement-case} model, the path an officer takes in the UI:
 * register a lead (LeadService: cf_case, product, audit, process start, projection), then three steps
 * (verify lead, filing approval → case number, assign officers → cf_case_officer), each = find the task in the
 * candidates tab (TaskWorkService.list on cf_task/cf_task_candidate) + claim + complete (form rules, audit, done
 * list, projection, deadlines).
 */
final class CaseFlowPath {

  record Step(String activityId, CurrentUser user, Map<String, Object> vars) {}

  private final LeadService leads;
  private final TaskWorkService work;
  private final CurrentUser officer1;
  private final List<Step> steps;

  CaseFlowPath(ApplicationContext context) {
    leads = context.getBean(LeadService.class);
    work = context.getBean(TaskWorkService.class);
    AuthService auth = context.getBean(AuthService.class);
    officer1 = auth.load("officer1");
    steps = List.of(
        new Step("Task_VerifyLead", officer1,
            Map.of("verificationResult", "FILE", "verificationSummary", "初步查明销售不合格口罩")),
        new Step("Task_ApproveFiling", auth.load("head1"),
            Map.of("filingDecision", "APPROVE", "verificationResult", "FILE", "comment", "同意立案")),
        new Step("Task_AssignOfficers", auth.load("unithead1"),
            Map.of("leadOfficer", "officer1", "secondOfficer", "officer2")));
  }

  void runOne(int n, Stats.Side side) {
    String uscc = Uscc.withCheck("91640100MB" + String.format("%07d", n % 10_000_000));
    LeadRequest r = new LeadRequest("FYKZ-2021", "SPOT_CHECK", "基准测试口罩有限公司" + n, uscc, "ORGANISATION", null,
        "一次性使用口罩", "监督抽查：过滤效率不符合GB 2626-2019", "护康", null, "20260301", "GB 2626-2019", null, "过滤效率",
        "电子商务", new BigDecimal("30000.50"), null);
    StatementCounter.start();
    long t0 = System.nanoTime();
    leads.register(r, "NX-YC", "officer1");
    side.start().add(System.nanoTime() - t0);
    side.startSql().add(StatementCounter.stop());
    for (Step s : steps) {
      StatementCounter.start();
      long t = System.nanoTime();
      CaseQueryService.Page<TaskRow> page = work.list(s.user(), "candidates", "enforcement-case", s.activityId(), null,
          null, null, uscc, "due,asc", 0, 20);
      if (page.items().isEmpty()) {
        throw new IllegalStateException(s.activityId() + " not in the candidates of " + s.user().username());
      }
      String id = page.items().get(0).id();
      work.claim(id, s.user());
      work.complete(id, withRequired(id, s), s.user());
      side.step().add(System.nanoTime() - t);
      side.stepSql().add(StatementCounter.stop());
    }
  }

  /** Form fields the model requires and the step does not set get a plausible value (as the UI would send). */
  private final Map<String, Map<String, Object>> filled = new java.util.concurrent.ConcurrentHashMap<>();

  private Map<String, Object> withRequired(String taskId, Step s) {
    return filled.computeIfAbsent(s.activityId(), a -> {
      Map<String, Object> vars = new LinkedHashMap<>(s.vars());
      for (FormSchema.Field f : FormSchema.of(work.form(taskId, s.user()).schema()).fields()) {
        if (!vars.containsKey(f.key()) && f.required() && f.hide() == null) {
          vars.put(f.key(), f.example("基准"));
        }
      }
      return vars;
    });
  }
}
