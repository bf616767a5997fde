package com.caseflow.dashboard;

import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import com.caseflow.calendar.StatutoryCalendar;
import com.caseflow.campaign.CampaignNames;
import com.caseflow.common.VariableValues;
import com.caseflow.dashboard.Figures.*;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign figures (domain.md §1, 可检验、可评估、可考核). Case figures come from cf_case / cf_task
 * (indexed, see V50); follow-up process figures (credit publication, spot checks, recalls, referrals) from
 * Camunda history, read in one query per group and narrowed by the instance's agency/campaign variables.
 * Working days are counted on the statutory calendar.
 */
@Service
@Transactional(readOnly = true)
public class FigureService {

  static final int CREDIT_WORKING_DAYS = 20;
  private static final int LIST_LIMIT = 500;

  private final DashboardSql sql;
  private final AgencyService agencies;
  private final CampaignNames campaigns;
  private final StatutoryCalendar calendar;
  private final Clock clock;
  private final CaseTally tally;

  public FigureService(DashboardSql sql, AgencyService agencies, CampaignNames campaigns, StatutoryCalendar calendar,
      Clock clock, CaseTally tally) {
    this.sql = sql;
    this.tally = tally;
    this.agencies = agencies;
    this.campaigns = campaigns;
    this.calendar = calendar;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- cases

  /**
   * Case counts by stage, agency, campaign and source (lead date in the period) and filed/closed per month. Where the
   * database keeps the {@link CaseTally}, whole months come from it and only the part months at either end of the
   * period are counted from the cases; otherwise every case in the scope is counted.
   */
  public CaseFigures cases(DashboardFilter f) {
    return tally.active() ? tallied(f) : counted(f);
  }

  /** The case figures counted from the cases of the scope and period themselves. */
  CaseFigures counted(DashboardFilter f) {
    CaseCounts counts = new CaseCounts();
    count(f, counts);
    return figures(counts);
  }

  /** The case figures with whole months from the tally (when the period holds any) and part months counted. */
  CaseFigures tallied(DashboardFilter f) {
    MonthSplit split = MonthSplit.of(f.from(), f.to());
    if (split == null) {
      return counted(f);
    }
    CaseCounts counts = new CaseCounts();
    if (split.headTo() != null) {
      count(f.period(f.from(), split.headTo()), counts);
    }
    for (CaseTally.Row r : tally.months(f, split.first(), split.last())) {
      switch (r.kind()) {
        case "L" -> counts.add(r.stage(), r.agency(), r.campaign(), r.source(), r.n());
        case "F" -> counts.month(r.month().toString().substring(0, 7))[0] += r.n();
        default -> counts.month(r.month().toString().substring(0, 7))[1] += r.n();
      }
    }
    if (split.tailFrom() != null) {
      count(f.period(split.tailFrom(), f.to()), counts);
    }
    return figures(counts);
  }

  /**
   * A period cut at month boundaries: the whole months {@code first}..{@code last} (first days, null = open end),
   * and the part months before ({@code f.from()}..{@code headTo}) and after ({@code tailFrom}..{@code f.to()}).
   */
  record MonthSplit(LocalDate headTo, LocalDate first, LocalDate last, LocalDate tailFrom) {

    /** The split of from..to (null = open), or null when the period holds no whole month. */
    static MonthSplit of(LocalDate from, LocalDate to) {
      LocalDate first = from == null || from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
      LocalDate last = to == null ? null
          : to.plusDays(1).getDayOfMonth() == 1 ? to.withDayOfMonth(1) : to.withDayOfMonth(1).minusMonths(1);
      if (first != null && last != null && first.isAfter(last)) {
        return null;
      }
      return new MonthSplit(first == null || first.equals(from) ? null : first.minusDays(1), first, last,
          last == null || last.plusMonths(1).minusDays(1).equals(to) ? null : last.plusMonths(1));
    }
  }

  /** Case counts being added up: by the four dimensions, and filed/closed per month (yyyy-MM). */
  private static final class CaseCounts {
    final Map<String, Long> stages = new HashMap<>();
    final Map<String, Long> agencies = new HashMap<>();
    final Map<String, Long> campaigns = new HashMap<>();
    final Map<String, Long> sources = new HashMap<>();
    final TreeMap<String, long[]> months = new TreeMap<>();

    void add(String stage, String agency, String campaign, String source, long n) {
      stages.merge(stage, n, Long::sum);
      agencies.merge(agency, n, Long::sum);
      campaigns.merge(campaign, n, Long::sum);
      sources.merge(source, n, Long::sum);
    }

    /** The month's {filed, closed} counts. */
    long[] month(String month) {
      return months.computeIfAbsent(month, k -> new long[2]);
    }
  }

  /** Counts the cases of the filter's scope and period themselves. */
  private void count(DashboardFilter f, CaseCounts counts) {
    MapSqlParameterSource p = params(f);
    // one pass over the scope (ix_cf_case_figures covers it) grouped by all four dimensions, rolled up in Java
    String dims = "SELECT c.stage AS st, c.agency_code AS ag, c.campaign_code AS cp, c.source AS src, COUNT(*) AS n"
        + " FROM cf_case c WHERE " + caseScope(f, "c.lead_date")
        + " GROUP BY c.stage, c.agency_code, c.campaign_code, c.source";
    for (Map<String, Object> r : sql.list("cases.byDimensions", dims, p)) {
      counts.add(String.valueOf(r.get("st")), String.valueOf(r.get("ag")), String.valueOf(r.get("cp")),
          String.valueOf(r.get("src")), num(r.get("n")));
    }
    String filed = "SELECT YEAR(c.filed_at) AS y, MONTH(c.filed_at) AS m, COUNT(*) AS n FROM cf_case c WHERE "
        + caseScope(f, "c.filed_at") + " AND c.filed_at IS NOT NULL GROUP BY YEAR(c.filed_at), MONTH(c.filed_at)";
    for (Map<String, Object> r : sql.list("cases.monthlyFiled", filed, p)) {
      counts.month(month(r))[0] += num(r.get("n"));
    }
    // day boundaries as the database's own date-times (a java.sql.Timestamp would be shifted from the JVM's zone
    // to the connection's, moving a closure at 02:00 on the 1st into the month before)
    MapSqlParameterSource pc = params(f)
        .addValue("fromTs", f.from() == null ? null : f.from().atStartOfDay())
        .addValue("toTs", f.to() == null ? null : f.to().plusDays(1).atStartOfDay());
    String closedWhere = caseScope(f.period(null, null), null)
        + (f.from() == null ? "" : " AND c.closed_at >= :fromTs") + (f.to() == null ? "" : " AND c.closed_at < :toTs");
    String closed = "SELECT YEAR(c.closed_at) AS y, MONTH(c.closed_at) AS m, COUNT(*) AS n FROM cf_case c WHERE "
        + closedWhere + " AND c.closed_at IS NOT NULL GROUP BY YEAR(c.closed_at), MONTH(c.closed_at)";
    for (Map<String, Object> r : sql.list("cases.monthlyClosed", closed, pc)) {
      counts.month(month(r))[1] += num(r.get("n"));
    }
  }

  private CaseFigures figures(CaseCounts counts) {
    Map<String, String> agencyNames = agencyNames();
    Map<String, String> campaignNames = campaigns.of(counts.campaigns.keySet());
    List<Count> byStage = counts(counts.stages, Function.identity());
    long total = byStage.stream().mapToLong(Count::count).sum();
    List<Month> monthly = new ArrayList<>();
    counts.months.forEach((m, c) -> {
      if (c[0] != 0 || c[1] != 0) {
        monthly.add(new Month(m, c[0], c[1]));
      }
    });
    return new CaseFigures(total, byStage, counts(counts.agencies, k -> agencyNames.getOrDefault(k, k)),
        counts(counts.campaigns, k -> campaignNames.getOrDefault(k, k)), counts(counts.sources, Function.identity()),
        monthly);
  }

  /** Counts by key, largest first, then by key (as ORDER BY COUNT(*) DESC, key); "null" stands for no value. */
  private static List<Count> counts(Map<String, Long> byKey, Function<String, String> label) {
    List<Count> out = new ArrayList<>();
    byKey.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .forEach(e -> {
          String k = "null".equals(e.getKey()) ? null : e.getKey();
          out.add(new Count(k, k == null ? null : label.apply(k), e.getValue()));
        });
    return out;
  }



  // ---------------------------------------------------------------- overdue tasks

  public OverdueFigures overdue(DashboardFilter f) {
    LocalDate today = LocalDate.now(clock);
    MapSqlParameterSource p = params(f).addValue("today", today);
    String where = "t.due_date < :today" + (f.wholeProvince() ? "" : " AND t.agency_path LIKE :path")
        + (f.campaign() == null ? "" : " AND t.campaign_code = :campaign");
    Map<String, String> agencyNames = agencyNames();
    List<Count> byAgency = new ArrayList<>();
    for (Map<String, Object> r : sql.list("overdue.byAgency", "SELECT t.agency_code AS k, COUNT(*) AS n FROM cf_task t"
        + " WHERE " + where + " GROUP BY t.agency_code ORDER BY COUNT(*) DESC, t.agency_code", p)) {
      String k = (String) r.get("k");
      byAgency.add(new Count(k, agencyNames.getOrDefault(k, k), num(r.get("n"))));
    }
    List<Step> byStep = new ArrayList<>();
    // counted on ix_cf_task_overdue alone; the step's name (not in the index) is read from one of its tasks
    for (Map<String, Object> r : sql.list("overdue.byStep", "SELECT g.pk, g.act, (SELECT s.name FROM cf_task s"
        + " WHERE s.process_key = g.pk AND s.activity_id = g.act LIMIT 1) AS nm, g.n FROM (SELECT t.process_key AS pk,"
        + " t.activity_id AS act, COUNT(*) AS n FROM cf_task t WHERE " + where
        + " GROUP BY t.process_key, t.activity_id) g ORDER BY g.n DESC, g.pk, g.act", p)) {
      byStep.add(new Step((String) r.get("pk"), (String) r.get("act"), (String) r.get("nm"), num(r.get("n"))));
    }
    List<OverdueTask> tasks = new ArrayList<>();
    for (Map<String, Object> r : sql.list("overdue.tasks", "SELECT t.id, t.process_key, t.activity_id, t.name,"
        + " t.case_id, t.case_no, t.agency_code, t.party_name, t.due_date FROM cf_task t WHERE " + where
        + " ORDER BY t.due_date, t.id LIMIT " + LIST_LIMIT, p)) {
      LocalDate due = DashboardSql.date(r.get("due_date"));
      Long caseId = r.get("case_id") == null ? null : num(r.get("case_id"));
      String caseNo = (String) r.get("case_no");
      tasks.add(new OverdueTask((String) r.get("id"), (String) r.get("process_key"), (String) r.get("activity_id"),
          (String) r.get("name"), caseId, caseNo, caseNo != null ? caseNo : caseId == null ? null : caseId.toString(),
          (String) r.get("agency_code"), (String) r.get("party_name"), due, workingDays(due, today)));
    }
    long total = byAgency.stream().mapToLong(Count::count).sum();
    return new OverdueFigures(total, byAgency, byStep, tasks);
  }

  // ---------------------------------------------------------------- credit publication

  /** One row per decided case that went to credit-publication: its decision date and publication date. */
  record CreditRow(Long caseId, String caseNo, String partyName, String agencyCode, LocalDate decisionDate,
      LocalDate publishedDate) {}

  List<CreditRow> creditRows(DashboardFilter f) {
    MapSqlParameterSource p = params(f);
    String q = "SELECT c.id, c.case_no, c.party_name, c.agency_code, c.decision_date, v.TEXT_ AS published"
        + " FROM cf_case c JOIN ACT_HI_PROCINST h ON h.BUSINESS_KEY_ = c.case_no AND h.PROC_DEF_KEY_ = 'credit-publication'"
        + " LEFT JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = h.PROC_INST_ID_ AND v.NAME_ = 'publishedDate'"
        + " WHERE " + caseScope(f, "c.decision_date") + " AND c.case_no IS NOT NULL AND c.decision_date IS NOT NULL"
        + " ORDER BY c.decision_date, c.id";
    Map<Long, CreditRow> rows = new LinkedHashMap<>();
    for (Map<String, Object> r : sql.list("credit.rows", q, p)) {
      long id = num(r.get("id"));
      CreditRow row = new CreditRow(id, (String) r.get("case_no"), (String) r.get("party_name"),
          (String) r.get("agency_code"), DashboardSql.date(r.get("decision_date")), DashboardSql.date(r.get("published")));
      rows.merge(id, row, (a, b) -> a.publishedDate() != null ? a : b);
    }
    return new ArrayList<>(rows.values());
  }

  public CreditFigures credit(DashboardFilter f) {
    LocalDate today = LocalDate.now(clock);
    long published = 0, onTime = 0, lateCount = 0, pending = 0, pendingOverdue = 0;
    List<LatePublication> late = new ArrayList<>();
    List<PendingPublication> pendingItems = new ArrayList<>();
    List<CreditRow> rows = creditRows(f);
    for (CreditRow r : rows) {
      LocalDate due = addWorkingDays(r.decisionDate(), CREDIT_WORKING_DAYS);
      String ref = r.caseNo();
      if (r.publishedDate() != null) {
        published++;
        if (due == null || !r.publishedDate().isAfter(due)) {
          onTime++;
        } else {
          lateCount++;
          late.add(new LatePublication(r.caseNo(), ref, r.partyName(), r.agencyCode(), r.decisionDate(), due,
              r.publishedDate(), workingDays(due, r.publishedDate())));
        }
      } else {
        pending++;
        Integer left = due == null ? null : workingDays(today, due);
        if (due != null && due.isBefore(today)) {
          pendingOverdue++;
        }
        pendingItems.add(new PendingPublication(r.caseNo(), ref, r.partyName(), r.agencyCode(), r.decisionDate(), due,
            left));
      }
    }
    long dueSoFar = published + pendingOverdue;
    BigDecimal rate = percent(onTime, dueSoFar);
    pendingItems.sort((a, b) -> compareNullable(a.workingDaysLeft(), b.workingDaysLeft()));
    return new CreditFigures(rows.size(), published, onTime, lateCount, pending, pendingOverdue, rate, late,
        pendingItems);
  }

  // ---------------------------------------------------------------- stage durations

  public DurationFigures durations(DashboardFilter f) {
    MapSqlParameterSource p = params(f);
    // one row per distinct (start, end) pair with its count: the working days are counted once per pair
    List<Integer> verification = new ArrayList<>();
    for (Map<String, Object> r : sql.list("durations.verification", "SELECT c.lead_date, c.filed_at, COUNT(*) AS n"
        + " FROM cf_case c WHERE " + caseScope(f, "c.filed_at") + " AND c.filed_at IS NOT NULL"
        + " GROUP BY c.lead_date, c.filed_at", p)) {
      add(verification, workingDays(DashboardSql.date(r.get("lead_date")), DashboardSql.date(r.get("filed_at"))),
          num(r.get("n")));
    }
    List<Integer> investigation = new ArrayList<>();
    for (Map<String, Object> r : sql.list("durations.investigation", "SELECT c.filed_at, c.decision_date, COUNT(*) AS n"
        + " FROM cf_case c WHERE " + caseScope(f, "c.decision_date")
        + " AND c.filed_at IS NOT NULL AND c.decision_date IS NOT NULL GROUP BY c.filed_at, c.decision_date", p)) {
      add(investigation, workingDays(DashboardSql.date(r.get("filed_at")), DashboardSql.date(r.get("decision_date"))),
          num(r.get("n")));
    }
    List<Integer> publication = new ArrayList<>();
    for (CreditRow r : creditRows(f)) {
      if (r.publishedDate() != null) {
        add(publication, workingDays(r.decisionDate(), r.publishedDate()));
      }
    }
    return new DurationFigures(List.of(duration("VERIFICATION", verification),
        duration("INVESTIGATION", investigation), duration("DECISION_TO_PUBLICATION", publication)));
  }

  static Duration duration(String stage, List<Integer> values) {
    Collections.sort(values);
    return new Duration(stage, values.size(), percentile(values, 50), percentile(values, 90));
  }

  /** Nearest-rank percentile of sorted values (null when empty). */
  static Integer percentile(List<Integer> sorted, int pct) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(pct / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  // ---------------------------------------------------------------- follow-up processes (Camunda history)

  /** Historic instances of a process with the named process-level variables, inside the filter. */
  List<Map<String, Object>> history(String name, String key, DashboardFilter f, List<String> names) {
    List<String> vars = new ArrayList<>(names);
    vars.add("agencyCode");
    vars.add("campaignCode");
    MapSqlParameterSource p = new MapSqlParameterSource("key", key).addValue("names", vars)
        .addValue("fromTs", f.from() == null ? null : f.from().atStartOfDay())
        .addValue("toTs", f.to() == null ? null : f.to().plusDays(1).atStartOfDay());
    String q = "SELECT h.PROC_INST_ID_ AS pi, h.END_TIME_ AS ended, v.NAME_ AS name, v.TEXT_ AS text, v.LONG_ AS lng,"
        + " v.DOUBLE_ AS dbl FROM ACT_HI_PROCINST h"
        + " LEFT JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = h.PROC_INST_ID_ AND v.EXECUTION_ID_ = h.PROC_INST_ID_"
        + " AND v.NAME_ IN (:names) WHERE h.PROC_DEF_KEY_ = :key"
        + (f.from() == null ? "" : " AND h.START_TIME_ >= :fromTs") + (f.to() == null ? "" : " AND h.START_TIME_ < :toTs");
    Map<String, Map<String, Object>> instances = new LinkedHashMap<>();
    for (Map<String, Object> r : sql.list(name, q, p)) {
      Map<String, Object> inst = instances.computeIfAbsent((String) r.get("pi"), k -> {
        Map<String, Object> m = new HashMap<>();
        m.put("_ended", r.get("ended") != null);
        return m;
      });
      if (r.get("name") != null) {
        Object value = r.get("text") != null ? r.get("text") : r.get("dbl") != null ? r.get("dbl") : r.get("lng");
        inst.put((String) r.get("name"), value);
      }
    }
    Map<String, String> paths = agencies.all().stream().collect(Collectors.toMap(Agency::code, Agency::path));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> inst : instances.values()) {
      String agency = (String) inst.get("agencyCode");
      if (!f.wholeProvince() && !f.coversPath(paths.get(agency))) {
        continue;
      }
      if (f.campaign() != null && !f.campaign().equals(inst.get("campaignCode"))) {
        continue;
      }
      out.add(inst);
    }
    return out;
  }

  static final Map<String, String> PLACES = Map.of("E_COMMERCE", "电子商务", "URBAN_RURAL_FRINGE", "城乡结合部",
      "RURAL", "农村地区", "SCHOOL_SURROUNDINGS", "校园周边");

  /**
   * Spot checks from the imported samples (cf_spot_check_sample, period on the sampling date): batches and
   * non-conforming rate per product and sampling place type; the follow-up outcome of each non-conforming
   * sample from its spot-check-followup instance; active production halts (cf_enterprise_flag).
   */
  public SpotCheckFigures spotChecks(DashboardFilter f) {
    MapSqlParameterSource p = params(f);
    String where = (f.wholeProvince() ? "1 = 1" : "a.path LIKE :path")
        + (f.campaign() == null ? "" : " AND s.campaign_code = :campaign")
        + (f.from() == null ? "" : " AND s.sampling_date >= :from") + (f.to() == null ? "" : " AND s.sampling_date <= :to");
    String from = " FROM cf_spot_check_sample s JOIN cf_agency a ON a.code = s.agency_code";
    Map<String, long[]> byProduct = new TreeMap<>();
    Map<String, long[]> byPlace = new TreeMap<>();
    long sampled = 0, nonConforming = 0;
    for (Map<String, Object> r : sql.list("spotChecks.samples", "SELECT s.product_name AS product, s.sampling_place AS place,"
        + " COUNT(*) AS n, SUM(CASE WHEN s.test_result = 'NON_CONFORMING' THEN 1 ELSE 0 END) AS bad" + from
        + " WHERE " + where + " GROUP BY s.product_name, s.sampling_place", p)) {
      long n = num(r.get("n"));
      long bad = num(r.get("bad"));
      sampled += n;
      nonConforming += bad;
      long[] prod = byProduct.computeIfAbsent((String) r.get("product"), k -> new long[2]);
      prod[0] += n;
      prod[1] += bad;
      long[] place = byPlace.computeIfAbsent((String) r.get("place"), k -> new long[2]);
      place[0] += n;
      place[1] += bad;
    }
    long rectified = 0, notRectified = 0, conforming = 0, open = 0;
    for (Map<String, Object> r : sql.list("spotChecks.outcomes", "SELECT v.TEXT_ AS outcome, h.END_TIME_ AS ended" + from
        + " JOIN ACT_HI_PROCINST h ON h.ID_ = s.process_instance_id"
        + " LEFT JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = h.PROC_INST_ID_ AND v.EXECUTION_ID_ = h.PROC_INST_ID_"
        + " AND v.NAME_ = 'followUpOutcome' WHERE " + where + " AND s.test_result = 'NON_CONFORMING'", p)) {
      String outcome = (String) r.get("outcome");
      if ("RECTIFIED".equals(outcome)) {
        rectified++;
      } else if ("NOT_RECTIFIED".equals(outcome)) {
        notRectified++;
      } else if ("CONFORMING_ON_RETEST".equals(outcome)) {
        conforming++;
      } else if (r.get("ended") == null) {
        open++;
      }
    }
    long halted = 0;
    for (Map<String, Object> r : sql.list("spotChecks.halts", "SELECT COUNT(DISTINCT fl.id) AS n" + from
        + " JOIN cf_enterprise_flag fl ON fl.sample_id = s.id WHERE " + where
        + " AND fl.flag_type = 'PRODUCTION_HALT' AND fl.flag_status = 'ACTIVE'", p)) {
      halted = num(r.get("n"));
    }
    return new SpotCheckFigures(sampled, nonConforming, percent(nonConforming, sampled), rates(byProduct, null),
        rates(byPlace, PLACES), rectified, notRectified, conforming, open, halted);
  }

  private static List<Rate> rates(Map<String, long[]> map, Map<String, String> labels) {
    List<Rate> out = new ArrayList<>();
    map.forEach((k, v) -> out.add(new Rate(k, labels == null ? k : labels.getOrDefault(k, k), v[0], v[1],
        percent(v[1], v[0]))));
    out.sort((x, y) -> Long.compare(y.sampled(), x.sampled()));
    return out;
  }

  static BigDecimal percent(long part, long whole) {
    return whole == 0 ? null
        : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  public RecallFigures recalls(DashboardFilter f) {
    List<Map<String, Object>> rows = history("recalls.history", "product-recall", f,
        List.of("recallOutcome", "recalledQuantity"));
    long open = 0, completed = 0, noDefect = 0, penalty = 0;
    BigDecimal units = null;
    for (Map<String, Object> r : rows) {
      String outcome = (String) r.get("recallOutcome");
      if (!Boolean.TRUE.equals(r.get("_ended"))) {
        open++;
      }
      if ("COMPLETED".equals(outcome)) {
        completed++;
      } else if ("NO_DEFECT".equals(outcome)) {
        noDefect++;
      } else if ("PENALTY_LEAD".equals(outcome)) {
        penalty++;
      }
      BigDecimal q = decimal(r.get("recalledQuantity"));
      if (q != null) {
        units = units == null ? q : units.add(q);
      }
    }
    return new RecallFigures(rows.size(), open, completed, noDefect, penalty,
        units == null ? null : units.setScale(0, RoundingMode.HALF_UP));
  }

  public ReferralFigures referrals(DashboardFilter f) {
    List<Map<String, Object>> rows = history("referrals.history", "judicial-referral", f,
        List.of("referralOutcome", "transferDate"));
    long open = 0, transferred = 0, accepted = 0, notAccepted = 0, rejected = 0;
    for (Map<String, Object> r : rows) {
      if (!Boolean.TRUE.equals(r.get("_ended"))) {
        open++;
      }
      if (r.get("transferDate") != null) {
        transferred++;
      }
      switch (String.valueOf(r.get("referralOutcome"))) {
        case "ACCEPTED" -> accepted++;
        case "NOT_ACCEPTED" -> notAccepted++;
        case "REJECTED_BY_HEAD" -> rejected++;
        default -> { }
      }
    }
    return new ReferralFigures(rows.size(), open, transferred, accepted, notAccepted, rejected);
  }

  // ---------------------------------------------------------------- fines and confiscations

  public PenaltyFigures penalties(DashboardFilter f) {
    MapSqlParameterSource p = params(f);
    String q = "SELECT c.agency_code AS agency,"
        + " SUM(CASE WHEN c.fine_amount > 0 THEN 1 ELSE 0 END) AS fines, SUM(c.fine_amount) AS fine_total,"
        + " SUM(CASE WHEN c.confiscation_value > 0 THEN 1 ELSE 0 END) AS conf, SUM(c.confiscation_value) AS conf_total,"
        + " SUM(CASE WHEN c.illegal_gains > 0 THEN 1 ELSE 0 END) AS gains, SUM(c.illegal_gains) AS gains_total"
        + " FROM cf_case c WHERE " + caseScope(f, "c.decision_date") + " AND c.decision_date IS NOT NULL"
        + " GROUP BY c.agency_code ORDER BY c.agency_code";
    Map<String, String> names = agencyNames();
    long fines = 0, conf = 0, gains = 0;
    BigDecimal fineTotal = BigDecimal.ZERO, confTotal = BigDecimal.ZERO, gainsTotal = BigDecimal.ZERO;
    List<AgencyMoney> byAgency = new ArrayList<>();
    for (Map<String, Object> r : sql.list("penalties.byAgency", q, p)) {
      long fc = num(r.get("fines"));
      long cc = num(r.get("conf"));
      BigDecimal ft = money(r.get("fine_total"));
      BigDecimal ct = money(r.get("conf_total"));
      fines += fc;
      conf += cc;
      gains += num(r.get("gains"));
      fineTotal = fineTotal.add(ft);
      confTotal = confTotal.add(ct);
      gainsTotal = gainsTotal.add(money(r.get("gains_total")));
      String a = (String) r.get("agency");
      byAgency.add(new AgencyMoney(a, names.getOrDefault(a, a), fc, ft, cc, ct));
    }
    return new PenaltyFigures(fines, fineTotal.setScale(2), conf, confTotal.setScale(2), gains,
        gainsTotal.setScale(2), byAgency);
  }

  // ---------------------------------------------------------------- helpers

  private static MapSqlParameterSource params(DashboardFilter f) {
    return new MapSqlParameterSource("path", f.agencyPath() + "%").addValue("campaign", f.campaign())
        .addValue("from", f.from()).addValue("to", f.to());
  }

  /** Scope, campaign and period (on {@code dateColumn}, may be null) of cf_case rows aliased c. */
  private static String caseScope(DashboardFilter f, String dateColumn) {
    StringBuilder w = new StringBuilder(f.wholeProvince() ? "1 = 1" : "c.agency_path LIKE :path");
    if (f.campaign() != null) {
      w.append(" AND c.campaign_code = :campaign");
    }
    if (dateColumn != null && f.from() != null) {
      w.append(" AND ").append(dateColumn).append(" >= :from");
    }
    if (dateColumn != null && f.to() != null) {
      w.append(" AND ").append(dateColumn).append(" <= :to");
    }
    return w.toString();
  }

  private Map<String, String> agencyNames() {
    return agencies.all().stream().collect(Collectors.toMap(Agency::code, Agency::name));
  }

  private Integer workingDays(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return null;
    }
    try {
      return calendar.workingDaysBetween(a, b);
    } catch (RuntimeException e) {
      return null; // a year whose schedule is not loaded: no number rather than a guessed one
    }
  }

  private LocalDate addWorkingDays(LocalDate a, int n) {
    try {
      return calendar.addWorkingDays(a, n);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void add(List<Integer> values, Integer v) {
    add(values, v, 1);
  }

  private static void add(List<Integer> values, Integer v, long times) {
    if (v != null) {
      for (long i = 0; i < times; i++) {
        values.add(v);
      }
    }
  }

  private static int compareNullable(Integer a, Integer b) {
    return a == null ? (b == null ? 0 : 1) : b == null ? -1 : Integer.compare(a, b);
  }

  private static String month(Map<String, Object> r) {
    return String.format("%04d-%02d", num(r.get("y")), num(r.get("m")));
  }

  static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  static BigDecimal money(Object o) {
    BigDecimal d = decimal(o);
    return d == null ? BigDecimal.ZERO.setScale(2) : d.setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal decimal(Object o) {
    try {
      return VariableValues.decimal(o);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
