package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Case-list indexes per agency leg (docs/PERFORMANCE.md): (agency_code, stage|campaign_code, registered_at, id).
 * Drops V3's agency_path-led indexes, which tempted the optimizer into sorting a whole stage or campaign.
 * Java because DROP INDEX differs between H2 ({@code DROP INDEX i}) and MySQL/MariaDB ({@code DROP INDEX i ON t}).
 */
public class V5__case_list_indexes extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    boolean h2 = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
    try (Statement s = context.getConnection().createStatement()) {
      for (String index : new String[] {"ix_cf_case_stage", "ix_cf_case_campaign", "ix_cf_case_path_reg"}) {
        s.execute(h2 ? "DROP INDEX " + index : "DROP INDEX " + index + " ON cf_case");
      }
      s.execute("CREATE INDEX ix_cf_case_agency_stage ON cf_case (agency_code, stage, registered_at, id)");
      s.execute("CREATE INDEX ix_cf_case_agency_campaign ON cf_case (agency_code, campaign_code, registered_at, id)");
    }
  }
}
