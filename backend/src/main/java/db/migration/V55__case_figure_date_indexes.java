package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Date-led covering indexes for the part months the case figures still count from the cases (V54: whole months
 * come from the tally): a province's half month is an index range on the date, not a pass over every case.
 * (closed_at, …) takes over from V50's (closed_at). Java because DROP INDEX differs between H2 and MySQL/MariaDB.
 */
public class V55__case_figure_date_indexes extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    boolean h2 = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
    try (Statement s = context.getConnection().createStatement()) {
      s.execute("CREATE INDEX ix_cf_case_lead_figures ON cf_case (lead_date, agency_path, campaign_code, stage,"
          + " agency_code, source)");
      s.execute("CREATE INDEX ix_cf_case_filed_figures ON cf_case (filed_at, agency_path, campaign_code)");
      s.execute("CREATE INDEX ix_cf_case_closed_figures ON cf_case (closed_at, agency_path, campaign_code)");
      s.execute(h2 ? "DROP INDEX ix_cf_case_closed" : "DROP INDEX ix_cf_case_closed ON cf_case");
    }
  }
}
