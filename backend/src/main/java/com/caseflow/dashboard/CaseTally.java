package com.caseflow.dashboard;

import db.migration.V54__case_tally;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case counts per month (L: lead date, with stage and source; F: filing date; C: closing date), agency and campaign,
 * kept by triggers on cf_case (Flyway V54): each change appends +1/-1 rows to cf_case_tally_delta in the writer's
 * transaction, {@link #fold()} adds them into cf_case_tally every minute, and {@link #months} reads both, so a
 * count is right the moment its case change commits. MySQL/MariaDB only; on H2 {@link #active()} is false and the
 * figures are counted from the cases.
 */
@Component
public class CaseTally {

  private static final Logger LOG = LoggerFactory.getLogger(CaseTally.class);

  /** One tally row: the kind (L, F, C), the month's first day, and for L the stage and source ("" otherwise). */
  public record Row(String kind, LocalDate month, String agency, String campaign, String stage, String source,
      long n) {}

  private static final String COLUMNS = "kind, month_start, agency_code, campaign_code, stage, source, agency_path, n";

  private final DashboardSql sql;
  private final JdbcTemplate jdbc;
  private final boolean active;

  public CaseTally(DashboardSql sql, JdbcTemplate jdbc, DataSource dataSource) {
    this.sql = sql;
    this.jdbc = jdbc;
    this.active = isMySqlFamily(dataSource);
  }

  private static boolean isMySqlFamily(DataSource dataSource) {
    try {
      String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
      return product != null && (product.contains("MySQL") || product.contains("MariaDB"));
    } catch (Exception e) {
      return false;
    }
  }

  /** Whether the database keeps the tally (MySQL/MariaDB). */
  public boolean active() {
    return active;
  }

  /**
   * The tally's counts for the months from {@code first} to {@code last} (first days; null = open), inside the
   * agency subtree and campaign of the filter, summed per key; keys whose changes cancel out are left out.
   */
  List<Row> months(DashboardFilter f, LocalDate first, LocalDate last) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("path", f.agencyPath() + "%")
        .addValue("campaign", f.campaign()).addValue("first", first).addValue("last", last);
    String where = "WHERE 1 = 1" + (f.wholeProvince() ? "" : " AND agency_path LIKE :path")
        + (f.campaign() == null ? "" : " AND campaign_code = :campaign")
        + (first == null ? "" : " AND month_start >= :first") + (last == null ? "" : " AND month_start <= :last");
    String keys = "kind, month_start, agency_code, campaign_code, stage, source";
    List<Row> rows = new ArrayList<>();
    for (Map<String, Object> r : sql.list("cases.tally", "SELECT " + keys + ", SUM(n) AS n FROM (SELECT " + COLUMNS
        + " FROM cf_case_tally " + where + " UNION ALL SELECT " + COLUMNS + " FROM cf_case_tally_delta " + where
        + ") t GROUP BY " + keys, p)) {
      long n = FigureService.num(r.get("n"));
      if (n != 0) {
        rows.add(new Row((String) r.get("kind"), DashboardSql.date(r.get("month_start")), (String) r.get("agency_code"),
            (String) r.get("campaign_code"), (String) r.get("stage"), (String) r.get("source"), n));
      }
    }
    return rows;
  }

  /** Delta rows folded per statement (the rows of about a minute's changes in a busy province). */
  private static final int FOLD_BATCH = 5000;

  /**
   * Adds the committed delta rows into the tally and deletes them, in one transaction. The fold row is locked first,
   * so two nodes folding at once take turns. The delta rows are read with a locking read: a row whose transaction is
   * still open is waited for, so what is added is exactly what is deleted (a plain read would skip it while a delete
   * by id range would wait for it and delete it uncounted).
   */
  @Scheduled(cron = "${caseflow.dashboard.tally-fold-cron:30 * * * * *}")
  @Transactional
  public void fold() {
    if (!active) {
      return;
    }
    jdbc.queryForObject("SELECT id FROM cf_case_tally_fold WHERE id = 1 FOR UPDATE", Integer.class);
    long after = 0;
    int folded = 0;
    List<Long> ids;
    do {
      ids = foldBatch(after);
      if (!ids.isEmpty()) {
        folded += ids.size();
        after = ids.get(ids.size() - 1);
      }
    } while (ids.size() == FOLD_BATCH);
    if (folded > 0) {
      jdbc.update("DELETE FROM cf_case_tally WHERE n = 0");
      jdbc.update("UPDATE cf_case_tally_fold SET folded_at = CURRENT_TIMESTAMP(3) WHERE id = 1");
      LOG.debug("case tally: folded {} delta rows", folded);
    }
  }

  /** Folds the next delta rows after {@code after} (at most {@link #FOLD_BATCH}); answers their ids. */
  private List<Long> foldBatch(long after) {
    Map<List<Object>, Long> sums = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>();
    jdbc.query("SELECT id, " + COLUMNS + " FROM cf_case_tally_delta WHERE id > ? ORDER BY id LIMIT " + FOLD_BATCH
        + " FOR UPDATE", rs -> {
          ids.add(rs.getLong("id"));
          List<Object> key = List.of(rs.getString("kind"), rs.getObject("month_start", LocalDate.class),
              rs.getString("agency_code"), rs.getString("campaign_code"), rs.getString("stage"),
              rs.getString("source"), rs.getString("agency_path"));
          sums.merge(key, rs.getLong("n"), Long::sum);
        }, after);
    List<Object[]> rows = new ArrayList<>();
    sums.forEach((key, n) -> {
      List<Object> row = new ArrayList<>(key);
      row.add(n);
      rows.add(row.toArray());
    });
    jdbc.batchUpdate("INSERT INTO cf_case_tally (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        + " ON DUPLICATE KEY UPDATE n = cf_case_tally.n + VALUES(n), agency_path = VALUES(agency_path)", rows);
    // exactly the rows read: a row with an id in between that commits later is left for the next fold
    for (int i = 0; i < ids.size(); i += 1000) {
      List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
      jdbc.update("DELETE FROM cf_case_tally_delta WHERE id IN (" + String.join(",", Collections.nCopies(chunk.size(),
          "?")) + ")", chunk.toArray());
    }
    return ids;
  }

  /**
   * Counts the tally again from the cases. For after a bulk load that set {@code @caseflow_tally_off}; case changes
   * committed while it runs may be missed, so run it with no other writers.
   */
  @Transactional
  public void rebuild() {
    if (!active) {
      return;
    }
    jdbc.queryForObject("SELECT id FROM cf_case_tally_fold WHERE id = 1 FOR UPDATE", Integer.class);
    jdbc.update("DELETE FROM cf_case_tally_delta");
    jdbc.update("DELETE FROM cf_case_tally");
    jdbc.update(V54__case_tally.FILL);
  }
}
