package com.caseflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark compiling and working in the default build (seconds, H2 in memory): the bare engine runs its
 * three-step path, the generator fills CaseFlow's Flyway schema and Camunda's history table. The real run is
 * {@code -Pbench} on MariaDB (bench/README.md).
 */
class BenchSmokeTest {

  @Test
  void bareEnginePathAndGeneratorWork() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:bench-smoke;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").table("cf_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").outOfOrder(true).load().migrate();
    try (BareEngine bare = new BareEngine(StatementCounter.wrap(ds), true)) {
      Stats.Side side = new Stats.Side();
      for (int i = 0; i < 3; i++) {
        bare.runOne(i, side);
      }
      assertThat(side.start().count()).isEqualTo(3);
      assertThat(side.step().count()).isEqualTo(9);
      // each step queries, claims and completes: at least a select, an update and a commit go to the database
      assertThat(side.stepSql().perStep()).isGreaterThanOrEqualTo(3);
      assertThat(side.stepSql().lines()).anyMatch(l -> l.contains("COMMIT"));
      assertThat(bare.engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(3);

      try (Connection c = ds.getConnection()) {
        DataGenerator g = new DataGenerator(c, LocalDate.of(2026, 3, 2), "enforcement-case:1:smoke");
        assertThat(g.open(250)).isPositive();
        assertThat(g.historic(300)).isPositive();
        assertThat(count(c, "SELECT COUNT(*) FROM cf_task")).isEqualTo(250);
        assertThat(count(c, "SELECT COUNT(*) FROM cf_task_candidate")).isEqualTo(250);
        assertThat(count(c, "SELECT COUNT(*) FROM cf_case WHERE stage = 'CLOSED'")).isEqualTo(300);
        // every generated case is findable by party name, as CaseFlow's own cases are
        assertThat(count(c, "SELECT COUNT(DISTINCT case_id) FROM cf_case_search_key")).isEqualTo(550);
      }
      assertThat(bare.engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count())
          .isEqualTo(303);
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
