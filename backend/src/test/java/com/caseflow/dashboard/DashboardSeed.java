package com.caseflow.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates dashboard data straight into the cf_* tables: a campaign, cases spread over agencies, stages,
 * sources and months, and open tasks with due dates. Used by the ITs (small, exact numbers) and by the
 * benchmark ({@link DashboardBenchIT}: 10,000 cases in batches).
 */
public class DashboardSeed {

  static final String[][] AGENCIES = {
      {"NX-YC-XQ", "/NX/NX-YC/NX-YC-XQ/"}, {"NX-YC-JF", "/NX/NX-YC/NX-YC-JF/"}, {"NX-SZS", "/NX/NX-SZS/"},
      {"NX-WZ-LT", "/NX/NX-WZ/NX-WZ-LT/"}, {"NX-GY", "/NX/NX-GY/"}};
  static final String[] STAGES = {"VERIFICATION", "INVESTIGATION", "DECISION", "EXECUTION", "CLOSED"};
  static final String[] SOURCES = {"SPOT_CHECK", "COMPLAINT", "AD_MONITORING", "INSPECTION"};

  private final JdbcTemplate jdbc;

  public DashboardSeed(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new campaign with a unique code, so figures over it are exact whatever else is in the database. */
  public String campaign(String prefix) {
    String code = prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.update("INSERT INTO cf_campaign (code, name, agency_code, start_date, end_date, report_due) VALUES (?,?,?,?,?,?)",
        code, "测试专项行动" + code, "NX", Date.valueOf("2025-06-01"), Date.valueOf("2026-12-20"),
        Date.valueOf("2026-12-20"));
    return code;
  }

  public record SeedCase(String agencyCode, String agencyPath, String stage, String source, LocalDate leadDate,
      LocalDate filedAt, LocalDate decisionDate, BigDecimal fine, BigDecimal confiscation, LocalDateTime closedAt,
      String caseNo) {}

  /** Inserts cases (batched), returning their ids in order. */
  public List<Long> insertCases(String campaign, List<SeedCase> cases) {
    List<Object[]> rows = new ArrayList<>();
    for (SeedCase c : cases) {
      rows.add(new Object[] {campaign, c.agencyCode(), c.agencyPath(), c.source(), "ORDINARY", c.stage(), "ORGANISATION",
          "测试当事人" + UUID.randomUUID().toString().substring(0, 6), Date.valueOf(c.leadDate()),
          Timestamp.valueOf(c.leadDate().atTime(9, 0)), "seed", c.caseNo(),
          c.filedAt() == null ? null : Date.valueOf(c.filedAt()),
          c.decisionDate() == null ? null : Date.valueOf(c.decisionDate()), c.fine(), c.confiscation(),
          c.closedAt() == null ? null : Timestamp.valueOf(c.closedAt())});
    }
    jdbc.batchUpdate("INSERT INTO cf_case (campaign_code, agency_code, agency_path, source, procedure_type, stage,"
        + " party_type, party_name, lead_date, registered_at, registered_by, case_no, filed_at, decision_date,"
        + " fine_amount, confiscation_value, closed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    return jdbc.queryForList("SELECT id FROM cf_case WHERE campaign_code = ? ORDER BY id", Long.class, campaign);
  }

  /** An open task of a case in the projection (process key chosen by the caller, so Camunda counts stay apart). */
  public void insertTask(String processKey, String activityId, String name, long caseId, String agencyCode,
      String agencyPath, String campaign, LocalDate due) {
    insertTasks(List.<Object[]>of(new Object[] {UUID.randomUUID().toString(), "seed-" + caseId, processKey + ":1:seed",
        processKey, activityId, name, agencyCode, agencyPath, campaign, caseId, due == null ? null : Date.valueOf(due),
        Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0))}));
  }

  public void insertTasks(List<Object[]> rows) {
    jdbc.batchUpdate("INSERT INTO cf_task (id, process_instance_id, process_definition_id, process_key, activity_id,"
        + " name, agency_code, agency_path, campaign_code, case_id, due_date, created_at)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows);
  }

  /** {@code n} random cases with one open task each, inserted {@code batch} at a time (benchmark data). */
  public void generate(String campaign, int n, int batch, long seed) {
    Random rnd = new Random(seed);
    LocalDate base = LocalDate.of(2025, 6, 2);
    for (int done = 0; done < n; done += batch) {
      List<SeedCase> cases = new ArrayList<>();
      for (int i = done; i < Math.min(n, done + batch); i++) {
        String[] a = AGENCIES[rnd.nextInt(AGENCIES.length)];
        String stage = STAGES[rnd.nextInt(STAGES.length)];
        LocalDate lead = base.plusDays(rnd.nextInt(240));
        boolean filed = !"VERIFICATION".equals(stage);
        boolean decided = filed && !"INVESTIGATION".equals(stage);
        LocalDate filedAt = filed ? lead.plusDays(5 + rnd.nextInt(20)) : null;
        LocalDate decision = decided ? filedAt.plusDays(20 + rnd.nextInt(60)) : null;
        cases.add(new SeedCase(a[0], a[1], stage, SOURCES[rnd.nextInt(SOURCES.length)], lead, filedAt, decision,
            decided ? BigDecimal.valueOf(rnd.nextInt(5_000_000), 2) : null,
            decided && rnd.nextBoolean() ? BigDecimal.valueOf(rnd.nextInt(1_000_000), 2) : null,
            "CLOSED".equals(stage) ? decision.plusDays(30).atTime(10, 0) : null,
            filed ? campaign + "-" + i : null));
      }
      jdbc.batchUpdate("INSERT INTO cf_case (campaign_code, agency_code, agency_path, source, procedure_type, stage,"
          + " party_type, party_name, lead_date, registered_at, registered_by, case_no, filed_at, decision_date,"
          + " fine_amount, confiscation_value, closed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          cases.stream().map(c -> new Object[] {campaign, c.agencyCode(), c.agencyPath(), c.source(), "ORDINARY",
              c.stage(), "ORGANISATION", "基准当事人", Date.valueOf(c.leadDate()),
              Timestamp.valueOf(c.leadDate().atTime(9, 0)), "bench", c.caseNo(),
              c.filedAt() == null ? null : Date.valueOf(c.filedAt()),
              c.decisionDate() == null ? null : Date.valueOf(c.decisionDate()), c.fine(), c.confiscation(),
              c.closedAt() == null ? null : Timestamp.valueOf(c.closedAt())}).toList());
      List<Object[]> tasks = new ArrayList<>();
      List<Object[]> ids = jdbc.query("SELECT id, agency_code, agency_path, stage FROM cf_case WHERE campaign_code = ?"
          + " AND id > COALESCE((SELECT MAX(case_id) FROM cf_task WHERE campaign_code = ?), 0) ORDER BY id",
          (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)}, campaign, campaign);
      for (Object[] c : ids) {
        String stage = (String) c[3];
        if ("CLOSED".equals(stage)) {
          continue;
        }
        String act = switch (stage) {
          case "VERIFICATION" -> "Task_VerifyLead";
          case "INVESTIGATION" -> "Task_Investigate";
          case "DECISION" -> "Task_RecordDecisionDelivery";
          default -> "Task_FollowUpInspection";
        };
        tasks.add(new Object[] {UUID.randomUUID().toString(), "bench-" + c[0], "enforcement-case:1:bench",
            "enforcement-case", act, act, c[1], c[2], campaign, c[0],
            Date.valueOf(LocalDate.of(2026, 1, 5).plusDays(rnd.nextInt(120))),
            Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0))});
      }
      insertTasks(tasks);
    }
  }
}
