package com.caseflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.dashboard.DashboardSeed.SeedCase;
import com.caseflow.dashboard.Figures.CaseFigures;
import com.caseflow.support.IntegrationTest;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case tally (Flyway V54, {@link CaseTally}) against counting the cases: after inserts, stage changes, filing,
 * closing, moves between agencies, deletes and a rolled-back change, before and after folding, with a fold during an
 * open change, and after a bulk load that switched the triggers off and rebuilt the tally. Every figure of 42 filters
 * (3 scopes, with and without the campaign, 7 periods) must be the same both ways.
 */
@IntegrationTest
class CaseTallyIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired FigureService figures;
  @Autowired CaseTally tally;
  @Autowired TransactionTemplate tx;

  private static final String YINCHUAN = "/NX/NX-YC/";

  /** Periods: open, whole months, part months at both ends, inside one month, open at one end. */
  private static final String[][] PERIODS = {{null, null}, {"2025-07-01", "2025-12-31"}, {"2025-06-15", "2025-11-20"},
      {"2025-08-03", "2025-08-20"}, {"2025-09-10", null}, {null, "2025-10-15"}, {"2025-06-02", "2026-06-30"}};

  private void assertSameBothWays(String campaign) {
    assertThat(tally.active()).as("the ITs run on MariaDB/MySQL").isTrue();
    List<String> checked = new ArrayList<>();
    for (String path : new String[] {"/NX/", YINCHUAN, "/NX/NX-SZS/"}) {
      for (String c : new String[] {campaign, null}) {
        for (String[] period : PERIODS) {
          DashboardFilter f = new DashboardFilter(path, null, c, period[0] == null ? null : LocalDate.parse(period[0]),
              period[1] == null ? null : LocalDate.parse(period[1]));
          CaseFigures counted = figures.counted(f);
          assertThat(figures.tallied(f)).as(f.toString()).isEqualTo(counted);
          checked.add(f + " " + counted.total());
        }
      }
    }
    DashboardFilter all = new DashboardFilter("/NX/", null, campaign, null, null);
    assertThat(figures.counted(all).total()).as("the campaign has cases: %s", checked).isPositive();
  }

  /**
   * Random cases of a campaign over a year of lead dates, stages and sources; filed and closed some days later.
   * No tasks: other ITs compare the task projection with Camunda's runtime.
   */
  private static void cases(DashboardSeed seed, String campaign, int n, long randomSeed) {
    Random rnd = new Random(randomSeed);
    List<SeedCase> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] a = DashboardSeed.AGENCIES[rnd.nextInt(DashboardSeed.AGENCIES.length)];
      String stage = DashboardSeed.STAGES[rnd.nextInt(DashboardSeed.STAGES.length)];
      LocalDate lead = LocalDate.of(2025, 6, 2).plusDays(rnd.nextInt(365));
      LocalDate filed = "VERIFICATION".equals(stage) ? null : lead.plusDays(3 + rnd.nextInt(40));
      cases.add(new SeedCase(a[0], a[1], stage, DashboardSeed.SOURCES[rnd.nextInt(DashboardSeed.SOURCES.length)], lead,
          filed, null, null, null, "CLOSED".equals(stage) ? filed.plusDays(rnd.nextInt(90)).atTime(23, 30) : null,
          filed == null ? null : campaign + "-" + i));
    }
    seed.insertCases(campaign, cases);
  }

  private List<Long> ids(String campaign) {
    return jdbc.queryForList("SELECT id FROM cf_case WHERE campaign_code = ? ORDER BY id", Long.class, campaign);
  }

  @Test
  void tallyCountsWhatTheCasesCountThroughEveryKindOfChange() {
    DashboardSeed seed = new DashboardSeed(jdbc);
    String campaign = seed.campaign("TL");
    cases(seed, campaign, 400, 7);
    assertSameBothWays(campaign);
    tally.fold();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_case_tally_delta", Long.class)).isZero();
    assertSameBothWays(campaign);

    List<Long> ids = ids(campaign);
    // stage changes, filing and closing (also in another month), a move to another agency, deletes
    for (int i = 0; i < 40; i++) {
      jdbc.update("UPDATE cf_case SET stage = 'INVESTIGATION',"
          + " filed_at = COALESCE(filed_at, lead_date + INTERVAL 3 DAY) WHERE id = ?", ids.get(i));
    }
    for (int i = 40; i < 60; i++) {
      jdbc.update("UPDATE cf_case SET stage = 'CLOSED', closed_at = TIMESTAMP(lead_date + INTERVAL 45 DAY, '23:59:59')"
          + " WHERE id = ?", ids.get(i));
    }
    jdbc.update("UPDATE cf_case SET agency_code = 'NX-SZS', agency_path = '/NX/NX-SZS/' WHERE id = ?", ids.get(60));
    jdbc.update("UPDATE cf_case SET lead_date = lead_date + INTERVAL 40 DAY WHERE id = ?", ids.get(61));
    jdbc.update("UPDATE cf_case SET due_date = '2026-01-01' WHERE id = ?", ids.get(62));
    jdbc.update("DELETE FROM cf_case WHERE id IN (?, ?)", ids.get(63), ids.get(64));
    assertSameBothWays(campaign);
    tally.fold();
    assertSameBothWays(campaign);

    // a change that rolls back leaves the tally as it was
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM cf_case_tally_delta", Long.class);
    tx.executeWithoutResult(status -> {
      jdbc.update("UPDATE cf_case SET stage = 'EXECUTION' WHERE campaign_code = ?", campaign);
      status.setRollbackOnly();
    });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_case_tally_delta", Long.class)).isEqualTo(before);
    assertSameBothWays(campaign);
  }

  /**
   * A fold while a case change is still uncommitted and a later one has committed: the fold waits for the open
   * transaction's delta rows instead of deleting them uncounted.
   */
  @Test
  void aFoldDuringAnOpenChangeLosesNothing() throws Exception {
    DashboardSeed seed = new DashboardSeed(jdbc);
    String campaign = seed.campaign("TF");
    cases(seed, campaign, 20, 13);
    tally.fold();
    List<Long> ids = ids(campaign);
    CountDownLatch changed = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> open = pool.submit(() -> tx.executeWithoutResult(s -> {
        jdbc.update("UPDATE cf_case SET stage = 'EXECUTION', source = 'COMPLAINT' WHERE id = ?", ids.get(0));
        changed.countDown();
        await(commit);
      }));
      assertThat(changed.await(10, TimeUnit.SECONDS)).isTrue();
      jdbc.update("UPDATE cf_case SET stage = 'DECISION', source = 'INSPECTION' WHERE id = ?", ids.get(1));
      Future<?> fold = pool.submit(() -> tally.fold());
      Thread.sleep(300); // the fold reaches the open transaction's rows and waits for them
      commit.countDown();
      open.get(10, TimeUnit.SECONDS);
      fold.get(10, TimeUnit.SECONDS);
    } finally {
      commit.countDown();
      pool.shutdownNow();
    }
    assertSameBothWays(campaign);
    tally.fold();
    assertSameBothWays(campaign);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aBulkLoadWithTheTriggersOffIsCountedByARebuild() {
    DashboardSeed seed = new DashboardSeed(jdbc);
    String campaign = seed.campaign("TB");
    cases(seed, campaign, 50, 11);
    jdbc.execute((ConnectionCallback<Void>) c -> {
      try (Statement s = c.createStatement()) {
        s.execute("SET @caseflow_tally_off = 1");
        try {
          s.executeUpdate("INSERT INTO cf_case (campaign_code, agency_code, agency_path, source, procedure_type, stage,"
              + " party_type, party_name, lead_date, registered_at, registered_by) SELECT campaign_code, agency_code,"
              + " agency_path, source, procedure_type, stage, party_type, party_name, lead_date, registered_at, 'bulk'"
              + " FROM cf_case WHERE campaign_code = '" + campaign + "'");
        } finally {
          s.execute("SET @caseflow_tally_off = NULL");
        }
      }
      return null;
    });
    DashboardFilter all = new DashboardFilter("/NX/", null, campaign, null, null);
    assertThat(figures.counted(all).total()).isEqualTo(100);
    assertThat(figures.tallied(all).total()).as("the bulk load wrote no tally rows").isEqualTo(50);
    tally.rebuild();
    assertSameBothWays(campaign);
    assertThat(figures.tallied(all).total()).isEqualTo(100);
  }
}
