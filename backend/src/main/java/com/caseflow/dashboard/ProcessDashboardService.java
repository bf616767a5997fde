package com.caseflow.dashboard;

import com.caseflow.common.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where instances of a process wait: user tasks from the cf_task projection (with due dates, so "overdue"),
 * every other wait state (timers, messages, call activities, async jobs) from Camunda's runtime executions.
 * Both are filtered by the case's agency subtree and campaign (for non-task wait states through the process
 * instance's {@code agencyCode}/{@code campaignCode} variables).
 */
@Service
@Transactional(readOnly = true)
public class ProcessDashboardService {

  public static final Set<String> PROCESSES = Set.of(
      "enforcement-case", "spot-check-followup", "credit-publication", "product-recall", "judicial-referral",
      "random-inspection");

  public record ActivityCount(String activityId, String name, long active, long overdue) {}

  public record WaitingCase(
      Long caseId, String caseNo, String ref, String businessKey, String processInstanceId, String partyName,
      String agencyCode, String campaignCode, LocalDate dueDate, boolean overdue, String taskId) {}

  private final DashboardSql sql;
  private final RepositoryService repository;
  private final Clock clock;

  public ProcessDashboardService(DashboardSql sql, RepositoryService repository, Clock clock) {
    this.sql = sql;
    this.repository = repository;
    this.clock = clock;
  }

  public List<ActivityCount> activities(String key, DashboardFilter f) {
    Map<String, String> names = activityNames(key);
    LocalDate today = LocalDate.now(clock);
    Map<String, long[]> counts = new LinkedHashMap<>();
    MapSqlParameterSource p = params(key, f).addValue("today", today);
    String tasks = "SELECT t.activity_id AS act, COUNT(*) AS active,"
        + " SUM(CASE WHEN t.due_date < :today THEN 1 ELSE 0 END) AS overdue FROM cf_task t"
        + " WHERE t.process_key = :key" + taskScope(f) + " GROUP BY t.activity_id";
    for (Map<String, Object> r : sql.list("activities.tasks", tasks, p)) {
      counts.computeIfAbsent((String) r.get("act"), k -> new long[2])[0] += num(r.get("active"));
      counts.get((String) r.get("act"))[1] += num(r.get("overdue"));
    }
    String waits = "SELECT e.ACT_ID_ AS act, COUNT(*) AS active FROM ACT_RU_EXECUTION e" + waitJoins(f)
        + " WHERE d.KEY_ = :key AND e.IS_ACTIVE_ = TRUE AND e.ACT_ID_ IS NOT NULL"
        + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK k WHERE k.EXECUTION_ID_ = e.ID_)" + waitScope(f)
        + " GROUP BY e.ACT_ID_";
    for (Map<String, Object> r : sql.list("activities.waits", waits, p)) {
      counts.computeIfAbsent((String) r.get("act"), k -> new long[2])[0] += num(r.get("active"));
    }
    List<ActivityCount> out = new ArrayList<>();
    for (Map.Entry<String, String> n : names.entrySet()) {
      long[] c = counts.getOrDefault(n.getKey(), new long[2]);
      out.add(new ActivityCount(n.getKey(), n.getValue(), c[0], c[1]));
    }
    // activities only older versions have
    counts.forEach((act, c) -> {
      if (!names.containsKey(act)) {
        out.add(new ActivityCount(act, act, c[0], c[1]));
      }
    });
    return out;
  }

  public List<WaitingCase> cases(String key, String activityId, DashboardFilter f) {
    Map<String, String> names = activityNames(key);
    if (activityId == null || activityId.length() > 128) {
      throw ApiException.notFound("activity", null);
    }
    LocalDate today = LocalDate.now(clock);
    MapSqlParameterSource p = params(key, f).addValue("act", activityId);
    List<WaitingCase> out = new ArrayList<>();
    String tasks = "SELECT t.id, t.case_id, t.case_no, t.party_name, t.agency_code, t.campaign_code, t.due_date,"
        + " t.process_instance_id, pi.BUSINESS_KEY_ AS bk FROM cf_task t"
        + " LEFT JOIN ACT_RU_EXECUTION pi ON pi.ID_ = t.process_instance_id"
        + " WHERE t.process_key = :key AND t.activity_id = :act" + taskScope(f)
        + " ORDER BY t.due_date, t.id";
    for (Map<String, Object> r : sql.list("cases.tasks", tasks, p)) {
      LocalDate due = DashboardSql.date(r.get("due_date"));
      Long caseId = r.get("case_id") == null ? null : num(r.get("case_id"));
      String caseNo = (String) r.get("case_no");
      out.add(new WaitingCase(caseId, caseNo, ref(caseId, caseNo), (String) r.get("bk"),
          (String) r.get("process_instance_id"), (String) r.get("party_name"), (String) r.get("agency_code"),
          (String) r.get("campaign_code"), due, due != null && due.isBefore(today), (String) r.get("id")));
    }
    String waits = "SELECT e.PROC_INST_ID_ AS pi, p.BUSINESS_KEY_ AS bk, va.TEXT_ AS agency, vc.TEXT_ AS campaign,"
        + " COALESCE(c1.id, c2.id) AS case_id, COALESCE(c1.case_no, c2.case_no) AS case_no,"
        + " COALESCE(c1.party_name, c2.party_name) AS party_name FROM ACT_RU_EXECUTION e" + waitJoins(f)
        + " JOIN ACT_RU_EXECUTION p ON p.ID_ = e.PROC_INST_ID_"
        + " LEFT JOIN cf_case c1 ON c1.process_instance_id = e.PROC_INST_ID_"
        + " LEFT JOIN cf_case c2 ON c2.case_no = p.BUSINESS_KEY_ AND c1.id IS NULL"
        + " WHERE d.KEY_ = :key AND e.ACT_ID_ = :act AND e.IS_ACTIVE_ = TRUE"
        + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK k WHERE k.EXECUTION_ID_ = e.ID_)" + waitScope(f)
        + " ORDER BY p.BUSINESS_KEY_";
    for (Map<String, Object> r : sql.list("cases.waits", waits, p)) {
      Long caseId = r.get("case_id") == null ? null : num(r.get("case_id"));
      String caseNo = (String) r.get("case_no");
      out.add(new WaitingCase(caseId, caseNo, ref(caseId, caseNo), (String) r.get("bk"), (String) r.get("pi"),
          (String) r.get("party_name"), (String) r.get("agency"), (String) r.get("campaign"), null, false, null));
    }
    if (out.isEmpty() && !names.containsKey(activityId)) {
      throw ApiException.notFound("activity", null);
    }
    return out;
  }

  /** id → name of every flow node of the latest version (the diagram the dashboard shows). */
  public Map<String, String> activityNames(String key) {
    if (!PROCESSES.contains(key)) {
      throw ApiException.notFound("process", null);
    }
    ProcessDefinition def = repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().withoutTenantId().singleResult();
    if (def == null) {
      throw ApiException.notFound("process", null);
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(def.getId());
    Map<String, String> names = new LinkedHashMap<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (node instanceof SequenceFlow) {
        continue;
      }
      names.put(node.getId(), node.getName() == null ? node.getId() : node.getName().replace('\n', ' '));
    }
    return names;
  }

  /** The BPMN XML of the latest version, the diagram the overlay is drawn on. */
  public String latestXml(String key) {
    activityNames(key);
    ProcessDefinition def = repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().withoutTenantId().singleResult();
    try (java.io.InputStream in = repository.getProcessModel(def.getId())) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String ref(Long caseId, String caseNo) {
    return caseNo != null ? caseNo : caseId != null ? String.valueOf(caseId) : null;
  }

  private static MapSqlParameterSource params(String key, DashboardFilter f) {
    return new MapSqlParameterSource("key", key).addValue("path", f.agencyPath() + "%")
        .addValue("campaign", f.campaign());
  }

  private static String taskScope(DashboardFilter f) {
    return (f.wholeProvince() ? "" : " AND t.agency_path LIKE :path")
        + (f.campaign() == null ? "" : " AND t.campaign_code = :campaign");
  }

  private static String waitJoins(DashboardFilter f) {
    return " JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_"
        + " LEFT JOIN ACT_RU_VARIABLE va ON va.EXECUTION_ID_ = e.PROC_INST_ID_ AND va.NAME_ = 'agencyCode'"
        + " LEFT JOIN ACT_RU_VARIABLE vc ON vc.EXECUTION_ID_ = e.PROC_INST_ID_ AND vc.NAME_ = 'campaignCode'"
        + (f.wholeProvince() ? "" : " LEFT JOIN cf_agency ag ON ag.code = va.TEXT_");
  }

  private static String waitScope(DashboardFilter f) {
    return (f.wholeProvince() ? "" : " AND ag.path LIKE :path")
        + (f.campaign() == null ? "" : " AND vc.TEXT_ = :campaign");
  }

  static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
