package com.caseflow.dashboard;

import com.caseflow.support.ApiClient;
import com.caseflow.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Benchmark, not a regular test: {@code -Dcaseflow.bench=true} against a database of its own (the generated
 * cf_task rows have no engine counterpart). Inserts 10,000 generated cases with their open tasks through the
 * cf_* tables in batches of 1,000, then times every figure endpoint (median of 5 after a warm-up) for the whole
 * province and for one campaign + city, and writes MariaDB's EXPLAIN of each SQL statement the endpoints ran
 * to target/dashboard-bench.txt.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "caseflow.bench", matches = "true")
class DashboardBenchIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired NamedParameterJdbcTemplate named;

  @Test
  void figuresAtTenThousandCases() throws Exception {
    int n = Integer.getInteger("caseflow.bench.cases", 10_000);
    DashboardSeed seed = new DashboardSeed(jdbc);
    String camp = seed.campaign("BENCH");
    long t0 = System.nanoTime();
    seed.generate(camp, n, 1_000, 42);
    StringBuilder out = new StringBuilder();
    out.append("generated ").append(n).append(" cases + open tasks in ").append((System.nanoTime() - t0) / 1_000_000)
        .append(" ms; cf_case rows ").append(jdbc.queryForObject("SELECT COUNT(*) FROM cf_case", Long.class))
        .append(", cf_task rows ").append(jdbc.queryForObject("SELECT COUNT(*) FROM cf_task", Long.class)).append("\n\n");
    jdbc.execute("ANALYZE TABLE cf_case, cf_task");

    ApiClient manager = ApiClient.loggedIn(port, "manager1");
    List<String> groups = List.of("cases", "overdue", "credit", "durations", "spot-checks", "recalls", "referrals",
        "penalties");
    List<String> queries = new ArrayList<>();
    for (String g : groups) {
      queries.add("/api/dashboard/figures/" + g);
      queries.add("/api/dashboard/figures/" + g + "?campaign=" + camp + "&agency=NX-YC&from=2025-06-01&to=2026-03-01");
    }
    queries.add("/api/dashboard/processes/enforcement-case/activities");
    queries.add("/api/dashboard/processes/enforcement-case/activities?campaign=" + camp + "&agency=NX-YC");
    queries.add("/api/dashboard/processes/enforcement-case/activities/Task_Investigate/cases?campaign=" + camp
        + "&agency=NX-YC-XQ");
    queries.add("/api/campaigns/" + camp + "/report.xlsx");
    out.append(String.format("%-120s %8s %8s%n", "endpoint", "median", "max"));
    for (String q : queries) {
      manager.get(q); // warm-up
      List<Long> ms = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        long s = System.nanoTime();
        ApiClient.Response r = manager.get(q);
        ms.add((System.nanoTime() - s) / 1_000_000);
        if (r.status() != 200) {
          throw new AssertionError(q + " → " + r.status() + " " + r.body());
        }
      }
      ms.sort(Long::compare);
      out.append(String.format("%-120s %6d ms %6d ms%n", q, ms.get(2), ms.get(4)));
    }

    // EXPLAIN of every statement the filtered endpoints run
    Map<String, Object[]> seen = new LinkedHashMap<>();
    DashboardSql.trace = (name, sqlAndParams) -> seen.putIfAbsent(name, sqlAndParams);
    try {
      for (String g : groups) {
        manager.get("/api/dashboard/figures/" + g + "?campaign=" + camp + "&agency=NX-YC&from=2025-06-01&to=2026-03-01");
      }
      manager.get("/api/dashboard/processes/enforcement-case/activities?campaign=" + camp + "&agency=NX-YC");
    } finally {
      DashboardSql.trace = null;
    }
    out.append("\nEXPLAIN (MariaDB) of the statements of the filtered calls\n");
    for (Map.Entry<String, Object[]> e : seen.entrySet()) {
      String sql = (String) e.getValue()[0];
      MapSqlParameterSource p = (MapSqlParameterSource) e.getValue()[1];
      out.append("\n### ").append(e.getKey()).append("\n").append(sql).append("\n");
      out.append(String.format("%-4s %-12s %-10s %-8s %-40s %-8s %-30s%n", "id", "table", "type", "rows",
          "key", "filtered", "Extra"));
      for (Map<String, Object> row : named.queryForList("EXPLAIN " + sql, p)) {
        out.append(String.format("%-4s %-12s %-10s %-8s %-40s %-8s %-30s%n", row.get("id"), row.get("table"),
            row.get("type"), row.get("rows"), row.get("key"), row.get("filtered"), row.get("Extra")));
      }
    }
    Path file = Path.of("target", "dashboard-bench.txt");
    Files.writeString(file, out.toString());
    System.out.println(out);
  }
}
