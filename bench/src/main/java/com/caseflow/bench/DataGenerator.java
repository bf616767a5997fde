package com.caseflow.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills the database for the list benchmarks with plain JDBC batches (one multi-row INSERT per batch with
 * {@code rewriteBatchedStatements=true}, a commit per batch):
 * <ul>
 *   <li>{@code open} open cases: a {@code cf_case} row and its one open task in the projection ({@code cf_task},
 *   and {@code cf_task_candidate} for unclaimed tasks), spread over the county/city agencies, both campaigns and the
 *   stages of enforcement-case; about a third assigned to an officer;</li>
 *   <li>{@code historic} finished instances: a closed {@code cf_case} row and its {@code ACT_HI_PROCINST} row
 *   (state COMPLETED) — direct batch inserts into Camunda's history table, documented in bench/README.md; no
 *   activity/task/variable history rows are generated for them.</li>
 * </ul>
 * The generated rows have no runtime executions: they are for reading (lists, counts, dashboards), not for
 * completing. Ids are explicit (max(id)+1…), so run it on a database nobody else writes to at the time.
 */
final class DataGenerator {

  static final String[][] ACTIVITIES = {
      {"Task_VerifyLead", "核查线索", "officers", "VERIFICATION"},
      {"Task_ApproveFiling", "立案/不予立案审批", "agency-heads", "FILING_APPROVAL"},
      {"Task_AssignOfficers", "指定两名以上办案人员", "unit-heads", "INVESTIGATION"},
      {"Task_Investigate", "调查取证", "officers", "INVESTIGATION"},
      {"Task_LegalReview", "法制审核", "legal-reviewers", "LEGAL_REVIEW"},
      {"Task_ApproveDecision", "处罚决定审批", "agency-heads", "APPROVAL"}};
  static final String[] CAMPAIGNS = {"FYKZ-2021", "HMZL-2021"};
  static final String[] OFFICERS = {"officer1", "officer2", "officer3"};
  static final int BATCH = 2000;

  record Agency(String code, String path) {}

  private final Connection c;
  private final Random random = new Random(12);
  private final LocalDate today;
  private List<Agency> agencies;

  private final String definition;

  DataGenerator(Connection c, LocalDate today, String definition) {
    this.c = c;
    this.today = today;
    this.definition = definition;
  }

  private void loadAgencies() throws Exception {
    agencies = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT code, path FROM cf_agency WHERE parent_code IS NOT NULL ORDER BY code")) {
      while (rs.next()) {
        agencies.add(new Agency(rs.getString(1), rs.getString(2)));
      }
    }
  }

  private long nextCaseId() throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM cf_case")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static final String CASE_SQL = "INSERT INTO cf_case (id, process_instance_id, process_definition_id, campaign_code,"
      + " agency_code, agency_path, source, procedure_type, stage, party_type, party_name, party_uscc, lead_date,"
      + " registered_at, registered_by, case_no, filed_at, due_date, closed_at, case_result, fine_amount)"
      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

  /** Open cases with their open task; answers rows per second (cases + tasks + candidates). */
  long open(int count) throws Exception {
    loadAgencies();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    long id = nextCaseId();
    long rows = 0;
    long t0 = System.nanoTime();
    try (PreparedStatement cs = c.prepareStatement(CASE_SQL);
        PreparedStatement ts = c.prepareStatement("INSERT INTO cf_task (id, process_instance_id, process_definition_id,"
            + " process_key, activity_id, name, form_key, assignee, agency_code, agency_path, campaign_code, case_id,"
            + " case_no, party_name, party_uscc, due_date, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement ks = c.prepareStatement("INSERT INTO cf_task_candidate (task_id, group_id, agency_code,"
            + " agency_path, claimed, due_date) VALUES (?,?,?,?,?,?)");
        PreparedStatement ss = c.prepareStatement(SEARCH_KEY_SQL)) {
      for (int i = 0; i < count; i++, id++) {
        Agency a = agencies.get(random.nextInt(agencies.size()));
        String[] act = ACTIVITIES[random.nextInt(ACTIVITIES.length)];
        String campaign = CAMPAIGNS[random.nextInt(2)];
        LocalDateTime registered = today.minusDays(random.nextInt(90)).atTime(9, random.nextInt(60), random.nextInt(60));
        LocalDate due = today.plusDays(random.nextInt(45) - 10);
        boolean filed = !act[3].equals("VERIFICATION") && !act[3].equals("FILING_APPROVAL");
        String caseNo = filed ? "基准〔" + today.getYear() + "〕O" + id + "号" : null;
        String pi = "gen-pi-" + id;
        String party = "基准生成企业" + (id % 20000) + "有限公司";
        String uscc = String.format("91640100GE%08d", id % 100_000_000L);
        setCase(cs, id, pi, campaign, a, act[3], party, uscc, registered, caseNo, filed ? registered.toLocalDate() : null,
            due, null, null);
        rows += searchKeys(ss, id, party);
        String assignee = act[2].equals("officers") && random.nextInt(3) == 0 ? OFFICERS[random.nextInt(3)] : null;
        String taskId = "gen-t-" + id;
        ts.setString(1, taskId);
        ts.setString(2, pi);
        ts.setString(3, definition);
        ts.setString(4, "enforcement-case");
        ts.setString(5, act[0]);
        ts.setString(6, act[1]);
        ts.setString(7, null);
        ts.setString(8, assignee);
        ts.setString(9, a.code());
        ts.setString(10, a.path());
        ts.setString(11, campaign);
        ts.setLong(12, id);
        ts.setString(13, caseNo);
        ts.setString(14, party);
        ts.setString(15, uscc);
        ts.setDate(16, Date.valueOf(due));
        ts.setTimestamp(17, Timestamp.valueOf(registered));
        ts.addBatch();
        rows += 2;
        ks.setString(1, taskId);
        ks.setString(2, act[2]);
        ks.setString(3, a.code());
        ks.setString(4, a.path());
        ks.setBoolean(5, assignee != null);
        ks.setDate(6, Date.valueOf(due));
        ks.addBatch();
        rows++;
        if ((i + 1) % BATCH == 0 || i == count - 1) {
          cs.executeBatch();
          ts.executeBatch();
          ks.executeBatch();
          ss.executeBatch();
          c.commit();
        }
      }
    } finally {
      c.setAutoCommit(auto);
    }
    return rate(rows, t0);
  }

  /** Finished instances: closed cf_case + ACT_HI_PROCINST (COMPLETED); answers rows per second. */
  long historic(int count) throws Exception {
    if (agencies == null) {
      loadAgencies();
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    long id = nextCaseId();
    long rows = 0;
    long t0 = System.nanoTime();
    try (PreparedStatement cs = c.prepareStatement(CASE_SQL);
        PreparedStatement hs = c.prepareStatement("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_,"
            + " PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_,"
            + " END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_, REMOVAL_TIME_) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement ss = c.prepareStatement(SEARCH_KEY_SQL)) {
      for (int i = 0; i < count; i++, id++) {
        Agency a = agencies.get(random.nextInt(agencies.size()));
        String campaign = CAMPAIGNS[random.nextInt(2)];
        LocalDateTime registered = today.minusDays(100 + random.nextInt(1700)).atTime(9, random.nextInt(60));
        LocalDateTime closed = registered.plusDays(20 + random.nextInt(150));
        String pi = "gen-hpi-" + id;
        String caseNo = "基准〔" + registered.getYear() + "〕H" + id + "号";
        String party = "基准历史企业" + (id % 50000) + "有限公司";
        setCase(cs, id, pi, campaign, a, "CLOSED", party,
            String.format("91640100GH%08d", id % 100_000_000L), registered, caseNo, registered.toLocalDate(), null,
            closed, random.nextInt(4) == 0 ? "NO_PENALTY" : "PENALISED");
        rows += searchKeys(ss, id, party);
        hs.setString(1, pi);
        hs.setString(2, pi);
        hs.setString(3, caseNo);
        hs.setString(4, "enforcement-case");
        hs.setString(5, definition);
        hs.setTimestamp(6, Timestamp.valueOf(registered));
        hs.setTimestamp(7, Timestamp.valueOf(closed));
        hs.setLong(8, java.time.Duration.between(registered, closed).toMillis());
        hs.setString(9, "officer1");
        hs.setString(10, "StartEvent_Lead");
        hs.setString(11, "EndEvent_Closed");
        hs.setString(12, pi);
        hs.setString(13, "COMPLETED");
        hs.setTimestamp(14, Timestamp.valueOf(closed.plusYears(10)));
        hs.addBatch();
        rows += 2;
        if ((i + 1) % BATCH == 0 || i == count - 1) {
          cs.executeBatch();
          hs.executeBatch();
          ss.executeBatch();
          c.commit();
        }
      }
    } finally {
      c.setAutoCommit(auto);
    }
    return rate(rows, t0);
  }

  static final String SEARCH_KEY_SQL = "INSERT INTO cf_case_search_key (search_key, case_id) VALUES (?,?)";

  /** The party-name search keys CaseFlow writes with a case (PartySearch); answers the rows added. */
  private static int searchKeys(PreparedStatement ss, long caseId, String party) throws Exception {
    int n = 0;
    for (String key : com.caseflow.cases.PartySearch.keys(party)) {
      ss.setString(1, key);
      ss.setLong(2, caseId);
      ss.addBatch();
      n++;
    }
    return n;
  }

  private void setCase(PreparedStatement cs, long id, String pi, String campaign, Agency a, String stage, String party,
      String uscc, LocalDateTime registered, String caseNo, LocalDate filed, LocalDate due, LocalDateTime closed,
      String result) throws Exception {
    cs.setLong(1, id);
    cs.setString(2, pi);
    cs.setString(3, definition);
    cs.setString(4, campaign);
    cs.setString(5, a.code());
    cs.setString(6, a.path());
    cs.setString(7, "SPOT_CHECK");
    cs.setString(8, "ORDINARY");
    cs.setString(9, stage);
    cs.setString(10, "ORGANISATION");
    cs.setString(11, party);
    cs.setString(12, uscc);
    cs.setDate(13, Date.valueOf(registered.toLocalDate()));
    cs.setTimestamp(14, Timestamp.valueOf(registered));
    cs.setString(15, "officer1");
    cs.setString(16, caseNo);
    cs.setDate(17, filed == null ? null : Date.valueOf(filed));
    cs.setDate(18, due == null ? null : Date.valueOf(due));
    cs.setTimestamp(19, closed == null ? null : Timestamp.valueOf(closed));
    cs.setString(20, result);
    cs.setBigDecimal(21, result != null && result.equals("PENALISED") ? new java.math.BigDecimal("5000.00") : null);
    cs.addBatch();
  }

  private static long rate(long rows, long t0) {
    double s = (System.nanoTime() - t0) / 1e9;
    return Math.round(rows / Math.max(s, 1e-3));
  }
}
