package com.caseflow.cases;

import com.caseflow.demo.DemoScenario;
import com.caseflow.security.CurrentUser;
import com.caseflow.task.TaskWorkService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases of the two seed campaigns at different stages, made through the services as the demo users
 * would (register, claim, complete). Only when no case exists yet. Each case runs in its own transaction:
 * a case that cannot go on (e.g. next year's holiday schedule not loaded yet) stops where it is, logged.
 */
@Component
@Order(100)
public class DemoCases implements DemoScenario {

  private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

  static final CurrentUser OFFICER1 = user("officer1", "张伟", "officers", "NX-YC", "/NX/NX-YC/");
  static final CurrentUser OFFICER3 = user("officer3", "王强", "officers", "NX-SZS", "/NX/NX-SZS/");
  static final CurrentUser HEAD1 = user("head1", "刘洋", "agency-heads", "NX-YC", "/NX/NX-YC/");
  static final CurrentUser UNITHEAD1 = user("unithead1", "赵敏", "unit-heads", "NX-YC", "/NX/NX-YC/");

  private final LeadService leads;
  private final TaskWorkService work;
  private final TaskService engineTasks;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTx;

  public DemoCases(LeadService leads, TaskWorkService work, TaskService engineTasks, JdbcTemplate jdbc,
      PlatformTransactionManager txManager) {
    this.leads = leads;
    this.work = work;
    this.engineTasks = engineTasks;
    this.jdbc = jdbc;
    this.newTx = new TransactionTemplate(txManager);
    this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  private static CurrentUser user(String id, String name, String group, String agency, String path) {
    return new CurrentUser(id, name, List.of(group), agency, path, "zh-CN");
  }

  @Override
  public void loadOnce() {
    if (jdbc.queryForObject("SELECT COUNT(*) FROM cf_case", Long.class) > 0) {
      return;
    }
    load();
  }

  void load() {
    demo("待核查：儿童口罩过滤效率不合格", OFFICER1, lead("FYKZ-2021", "SPOT_CHECK", "宁夏安康防护用品有限公司",
        "91640100MA76AK001", "儿童防护口罩", "过滤效率", "电子商务", "12800.00"), 0);
    demo("待立案审批：童鞋强制性标准", OFFICER1, lead("HMZL-2021", "INSPECTION", "银川市兴庆区童乐鞋业商行",
        "92640104MA76TL002", "儿童皮鞋", "鞋底耐磨性能", "校园周边", "5600.00"), 1);
    demo("已立案调查：非医用口罩认证违规", OFFICER1, lead("FYKZ-2021", "COMPLAINT", "宁夏康宁医疗科技有限公司",
        "91640100MA76KN003", "日常防护型口罩", "防护效果", "城乡结合部", "46000.00"), 3);
    demo("待核查（石嘴山）：老年用品广告", OFFICER3, lead("HMZL-2021", "AD_MONITORING", "石嘴山市颐年康养用品店",
        "92640200MA76YN004", "老年保健理疗仪", null, "农村地区", "8000.00"), 0);
  }

  private static LeadRequest lead(String campaign, String source, String party, String usccPrefix, String product,
      String nonConforming, String place, String goodsValue) {
    return new LeadRequest(campaign, source, party, Uscc.withCheck(usccPrefix), "ORGANISATION", null, product,
        "演示数据：" + product + (nonConforming == null ? "" : "，不合格项目：" + nonConforming), null, null,
        "DEMO-" + usccPrefix.substring(12), campaign.startsWith("FYKZ") ? "GB 2626-2019" : "GB 30585-2014", null,
        nonConforming, place, new BigDecimal(goodsValue), null);
  }

  /** Registers the lead and works it through {@code steps} tasks (verify, approve filing, assign officers). */
  private void demo(String title, CurrentUser officer, LeadRequest request, int steps) {
    try {
      long caseId = newTx.execute(s -> leads.register(request, officer.agencyCode(), officer.username()).leadId());
      List<Object[]> script = List.of(
          new Object[] {"Task_VerifyLead", officer, Map.of("verificationResult", "FILE",
              "verificationSummary", "现场检查及抽检报告显示涉嫌违法，建议立案")},
          new Object[] {"Task_ApproveFiling", HEAD1, Map.of("verificationResult", "FILE", "filingDecision", "APPROVE",
              "approvalNote", "同意立案")},
          new Object[] {"Task_AssignOfficers", UNITHEAD1, Map.of("leadOfficer", "officer1", "secondOfficer", "officer2")});
      for (int i = 0; i < steps; i++) {
        String activity = (String) script.get(i)[0];
        CurrentUser worker = (CurrentUser) script.get(i)[1];
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = (Map<String, Object>) script.get(i)[2];
        newTx.executeWithoutResult(s -> {
          Task task = engineTasks.createTaskQuery().taskDefinitionKey(activity)
              .processVariableValueEquals("leadId", caseId).singleResult();
          work.claim(task.getId(), worker);
          work.complete(task.getId(), vars, worker);
        });
      }
      log.info("Demo case {}: {}", caseId, title);
    } catch (RuntimeException e) {
      log.warn("Demo case '{}' stopped early: {}", title, e.getMessage());
    }
  }
}
