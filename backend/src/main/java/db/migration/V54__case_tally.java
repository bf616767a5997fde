package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Case counts kept as cases change, so the dashboard's case figures read a few thousand tally rows instead of every
 * case (docs/PERFORMANCE.md "Case tally"). Per month and kind — L: by lead date, with stage and source; F: by filing
 * date; C: by closing date — and per agency and campaign. Triggers on cf_case append +1/-1 rows to
 * cf_case_tally_delta in the writer's own transaction (inserts only: no hot row is locked); {@code CaseTally} folds
 * them into cf_case_tally every minute and readers add both. Setting the session variable
 * {@code @caseflow_tally_off} skips the triggers for a bulk load, which rebuilds the tally afterwards.
 * <p>
 * The tables are created everywhere; the triggers and the tally only on MySQL/MariaDB. On H2 (the demo database)
 * the figures are read from the cases themselves.
 */
public class V54__case_tally extends BaseJavaMigration {

  /** The tally keys of a case row ({@code row} is OLD or NEW), each with its sign and whether it changed. */
  private static String keys(String row, String sign, String lChanged, String fChanged, String cChanged) {
    String common = row + ".agency_path, " + row + ".agency_code, " + row + ".campaign_code";
    return String.join(" UNION ALL ",
        "SELECT 'L' AS kind, " + month(row + ".lead_date") + " AS month_start, " + common + ", " + row + ".stage, "
            + row + ".source, " + sign + " AS n, " + lChanged + " AS ch",
        "SELECT 'F', " + month(row + ".filed_at") + ", " + common + ", '', '', " + sign + ", " + fChanged,
        "SELECT 'C', " + month(row + ".closed_at") + ", " + common + ", '', '', " + sign + ", " + cChanged);
  }

  private static String month(String column) {
    return "DATE_SUB(DATE(" + column + "), INTERVAL DAYOFMONTH(" + column + ") - 1 DAY)";
  }

  private static String append(String keys) {
    return "INSERT INTO cf_case_tally_delta (kind, month_start, agency_path, agency_code, campaign_code, stage,"
        + " source, n) SELECT k.kind, k.month_start, k.agency_path, k.agency_code, k.campaign_code, k.stage, k.source,"
        + " k.n FROM ("
        + keys + ") k WHERE k.ch AND k.month_start IS NOT NULL AND @caseflow_tally_off IS NULL";
  }

  private static final String SAME_PLACE = "OLD.agency_code <=> NEW.agency_code AND OLD.agency_path <=> NEW.agency_path"
      + " AND OLD.campaign_code <=> NEW.campaign_code";
  private static final String L_CHANGED = "NOT (" + SAME_PLACE + " AND OLD.stage <=> NEW.stage AND OLD.source <=> "
      + "NEW.source AND " + month("OLD.lead_date") + " <=> " + month("NEW.lead_date") + ")";
  private static final String F_CHANGED = "NOT (" + SAME_PLACE + " AND " + month("OLD.filed_at") + " <=> "
      + month("NEW.filed_at") + ")";
  private static final String C_CHANGED = "NOT (" + SAME_PLACE + " AND " + month("OLD.closed_at") + " <=> "
      + month("NEW.closed_at") + ")";

  /** Fills cf_case_tally from the cases as they are (also used by CaseTally.rebuild). */
  public static final String FILL = "INSERT INTO cf_case_tally (kind, month_start, agency_code, campaign_code,"
      + " stage, source, agency_path, n) SELECT kind, month_start, agency_code, campaign_code, stage, source,"
      + " MAX(agency_path), COUNT(*) FROM (" + String.join(" UNION ALL ",
          "SELECT 'L' AS kind, " + month("lead_date") + " AS month_start, agency_code, campaign_code, stage, source,"
              + " agency_path FROM cf_case",
          "SELECT 'F', " + month("filed_at") + ", agency_code, campaign_code, '', '', agency_path FROM cf_case"
              + " WHERE filed_at IS NOT NULL",
          "SELECT 'C', " + month("closed_at") + ", agency_code, campaign_code, '', '', agency_path FROM cf_case"
              + " WHERE closed_at IS NOT NULL")
      + ") k GROUP BY kind, month_start, agency_code, campaign_code, stage, source";

  @Override
  public void migrate(Context context) throws Exception {
    boolean h2 = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
    try (Statement s = context.getConnection().createStatement()) {
      String columns = """
          kind          CHAR(1)      NOT NULL,
          month_start   DATE         NOT NULL,
          agency_code   VARCHAR(32)  NOT NULL,
          campaign_code VARCHAR(32)  NOT NULL,
          stage         VARCHAR(32)  NOT NULL,
          source        VARCHAR(32)  NOT NULL,
          agency_path   VARCHAR(255) NOT NULL,""";
      s.execute("CREATE TABLE cf_case_tally (" + columns + " n BIGINT NOT NULL,"
          + " PRIMARY KEY (kind, month_start, agency_code, campaign_code, stage, source))");
      s.execute("CREATE TABLE cf_case_tally_delta (id BIGINT AUTO_INCREMENT PRIMARY KEY, " + columns
          + " n INT NOT NULL)");
      // one row that a fold locks, so two nodes never fold the same delta rows
      s.execute("CREATE TABLE cf_case_tally_fold (id INT PRIMARY KEY, folded_at TIMESTAMP(3))");
      s.execute("INSERT INTO cf_case_tally_fold (id) VALUES (1)");
      if (h2) {
        return;
      }
      s.execute("CREATE TRIGGER tr_cf_case_tally_ins AFTER INSERT ON cf_case FOR EACH ROW "
          + append(keys("NEW", "1", "TRUE", "TRUE", "TRUE")));
      // most updates (due date, decision, payment) touch no tally column: one comparison and out
      s.execute("CREATE TRIGGER tr_cf_case_tally_upd AFTER UPDATE ON cf_case FOR EACH ROW BEGIN IF NOT (" + SAME_PLACE
          + " AND OLD.stage <=> NEW.stage AND OLD.source <=> NEW.source AND OLD.lead_date <=> NEW.lead_date"
          + " AND OLD.filed_at <=> NEW.filed_at AND OLD.closed_at <=> NEW.closed_at) THEN "
          + append(keys("OLD", "-1", L_CHANGED, F_CHANGED, C_CHANGED) + " UNION ALL "
              + keys("NEW", "1", L_CHANGED, F_CHANGED, C_CHANGED)) + "; END IF; END");
      s.execute("CREATE TRIGGER tr_cf_case_tally_del AFTER DELETE ON cf_case FOR EACH ROW "
          + append(keys("OLD", "-1", "TRUE", "TRUE", "TRUE")));
      s.execute(FILL);
    }
  }
}
