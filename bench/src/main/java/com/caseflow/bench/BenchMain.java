package com.caseflow.bench;

import com.caseflow.CaseFlowApplication;
import com.caseflow.cases.CaseQueryService;
import com.caseflow.security.AuthService;
import com.caseflow.security.CurrentUser;
import com.caseflow.task.TaskWorkService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark (bench/README.md). Arguments (all optional):
 * {@code --db=caseflow_bench --fresh --instances=100 --warmup=10 --open=100000 --historic=1000000 --queries=60}
 * ({@code --only=dashboard}: only the list queries whose name contains it).
 * <ol>
 *   <li>starts CaseFlow (profile mysql, demo users, no job executor, random port) on {@code --db};</li>
 *   <li>path benchmark: the bare engine ({@link BareEngine}) and CaseFlow's services ({@link CaseFlowPath}) on the same
 *   database, instance by instance alternately, so machine noise hits both alike;</li>
 *   <li>the generator ({@link DataGenerator}), then the path benchmark again at that scale;</li>
 *   <li>list queries through the services (TaskWorkService.list/counts, CaseQueryService.list), p50/p95;</li>
 *   <li>EXPLAIN of each captured list query.</li>
 * </ol>
 * The report goes to stdout and to {@code bench/target/bench-report.txt}.
 */
public final class BenchMain {

  static final String BASE = "jdbc:mysql://127.0.0.1:3306/";
  static final String OPTS = "?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai"
      + "&allowPublicKeyRetrieval=true&useSSL=false&createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true";

  private final StringBuilder report = new StringBuilder();

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (String s : args) {
      String[] kv = s.replaceFirst("^--", "").split("=", 2);
      a.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    int code = 0;
    try {
      new BenchMain().run(a);
    } catch (Throwable t) {
      t.printStackTrace();
      code = 1;
    }
    System.exit(code);
  }

  void out(String fmt, Object... args) {
    String line = args.length == 0 ? fmt : String.format(fmt, args);
    System.out.println(line);
    report.append(line).append('\n');
  }

  void run(Map<String, String> a) throws Exception {
    String db = a.getOrDefault("db", "caseflow_bench");
    int instances = Integer.parseInt(a.getOrDefault("instances", "100"));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
    int open = Integer.parseInt(a.getOrDefault("open", "100000"));
    int historic = Integer.parseInt(a.getOrDefault("historic", "1000000"));
    int queries = Integer.parseInt(a.getOrDefault("queries", "60"));
    String url = a.getOrDefault("url", BASE + db + OPTS);
    if (a.containsKey("fresh")) {
      try (Connection c = DriverManager.getConnection(BASE + OPTS, "root", ""); Statement s = c.createStatement()) {
        for (String d : List.of(db, db + "_bare")) {
          s.execute("DROP DATABASE IF EXISTS " + d);
          s.execute("CREATE DATABASE " + d + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
      }
    }
    out("# CaseFlow benchmark %s", ZonedDateTime.now(ZoneId.of("Asia/Shanghai")));
    out("args %s", a);
    out("java %s, %s %s, %d cores, max heap %d MB", System.getProperty("java.version"), System.getProperty("os.name"),
        System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

    SpringApplication app = new SpringApplication(CaseFlowApplication.class, BenchConfig.class);
    // command-line arguments: above application-mysql.yaml (whose URL would otherwise win)
    String[] props = {"--spring.profiles.active=mysql", "--spring.datasource.url=" + url, "--caseflow.demo-data=true",
        "--caseflow.demo.provisional-calendar-years=",
        // "today" inside the loaded statutory calendar years (2021-2026), as the integration tests do
        "--caseflow.clock.start=" + a.getOrDefault("clock", "2026-03-02T09:00:00+08:00"), "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--logging.level.root=warn", "--logging.level.com.caseflow=warn"};
    long boot = System.nanoTime();
    try (ConfigurableApplicationContext ctx = app.run(props)) {
      if (!ctx.getEnvironment().getProperty("spring.datasource.url", "").equals(url)) {
        throw new IllegalStateException("not on the bench database: " + ctx.getEnvironment().getProperty("spring.datasource.url"));
      }
      out("CaseFlow started in %.1f s on %s", (System.nanoTime() - boot) / 1e9, url.replaceFirst("\\?.*", ""));
      DataSource ds = ctx.getBean(DataSource.class);
      JdbcTemplate jdbc = new JdbcTemplate(ds);
      out("database %s", jdbc.queryForObject("SELECT VERSION()", String.class));
      // the bare engine keeps Camunda's default history level (full) and CaseFlow runs at audit: one database holds
      // one level, so the bare engine has its own database on the same server, through a pool with the same settings
      try (com.zaxxer.hikari.HikariDataSource bareDs = bareDataSource(ctx, BASE + db + "_bare" + OPTS);
          BareEngine bare = new BareEngine(StatementCounter.wrap(bareDs), true)) {
        CaseFlowPath caseflow = new CaseFlowPath(ctx);
        if (instances > 0) {
          // a run without --fresh and without generating measures on the data an earlier run left
          long rows = jdbc.queryForObject("SELECT COUNT(*) FROM cf_case", Long.class);
          path(rows < 1000 ? "empty database" : "existing data, " + rows + " cases", bare, caseflow, warmup, instances,
              jdbc);
        }
        if (open > 0 || historic > 0) {
          generate(url, open, historic, jdbc, LocalDate.now(ctx.getBean(java.time.Clock.class)), db + "_bare",
              ctx.getBean(com.caseflow.dashboard.CaseTally.class));
          if (instances > 0) {
            path("after the generator", bare, caseflow, warmup, instances, jdbc);
          }
        }
      }
      queries(ctx, queries, LocalDate.now(ctx.getBean(java.time.Clock.class)), a.get("only"));
      explain(jdbc);
    }
    Path file = Path.of("target", "bench-report.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
    System.out.println("report: " + file.toAbsolutePath());
  }

  void path(String label, BareEngine bare, CaseFlowPath caseflow, int warmup, int instances, JdbcTemplate jdbc) {
    out("");
    out("## Path benchmark (%s): start + 3 × (query + claim + complete), %d instances each, alternating", label,
        instances);
    out("open tasks in cf_task: %d, ACT_RU_TASK: %d, ACT_HI_PROCINST: %d",
        jdbc.queryForObject("SELECT COUNT(*) FROM cf_task", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST", Long.class));
    int base = (int) (System.currentTimeMillis() % 1_000_000) * 10;
    for (int i = 0; i < warmup; i++) {
      bare.runOne(base + i, new Stats.Side());
      caseflow.runOne(base + i, new Stats.Side());
    }
    Stats.Side b = new Stats.Side();
    Stats.Side c = new Stats.Side();
    for (int i = warmup; i < warmup + instances; i++) {
      bare.runOne(base + i, b);
      caseflow.runOne(base + i, c);
    }
    double bPer = (b.start().mean() + 3 * b.step().mean());
    double cPer = (c.start().mean() + 3 * c.step().mean());
    out("bare engine  start: %s, %.1f round trips (%.1f ms waiting for them)", b.start(), b.startSql().perStep(),
        b.startSql().dbMillisPerStep());
    out("bare engine  step : %s, %.1f round trips (%.1f ms waiting for them)", b.step(), b.stepSql().perStep(),
        b.stepSql().dbMillisPerStep());
    out("CaseFlow     start: %s, %.1f round trips (%.1f ms waiting for them)", c.start(), c.startSql().perStep(),
        c.startSql().dbMillisPerStep());
    out("CaseFlow     step : %s, %.1f round trips (%.1f ms waiting for them)", c.step(), c.stepSql().perStep(),
        c.stepSql().dbMillisPerStep());
    out("instances/s (one thread): bare %.1f, CaseFlow %.1f", 1000 / bPer, 1000 / cPer);
    out("ratio CaseFlow/bare: start %.2f, step %.2f (mean), step p95 %.2f, whole instance %.2f, round trips per step %.2f",
        c.start().mean() / b.start().mean(), c.step().mean() / b.step().mean(), c.step().pct(95) / b.step().pct(95),
        cPer / bPer, c.stepSql().perStep() / b.stepSql().perStep());
    out("");
    out("Round trips and milliseconds waited for them per step (statement prefix; BATCH[n] = one executeBatch of n"
        + " statements):");
    out("bare engine:");
    b.stepSql().lines().forEach(l -> out("    " + l));
    out("CaseFlow:");
    c.stepSql().lines().forEach(l -> out("    " + l));
  }

  /** A pool like CaseFlow's (same Hikari and Connector/J properties from the mysql profile) on another database. */
  static com.zaxxer.hikari.HikariDataSource bareDataSource(ConfigurableApplicationContext ctx, String url) {
    var binder = org.springframework.boot.context.properties.bind.Binder.get(ctx.getEnvironment());
    com.zaxxer.hikari.HikariConfig cfg = new com.zaxxer.hikari.HikariConfig();
    cfg.setJdbcUrl(url);
    cfg.setUsername("root");
    cfg.setPassword("");
    cfg.setMaximumPoolSize(5);
    cfg.setTransactionIsolation(ctx.getEnvironment().getProperty("spring.datasource.hikari.transaction-isolation"));
    binder.bind("spring.datasource.hikari.data-source-properties",
            org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class, String.class))
        .ifBound(props -> props.forEach(cfg::addDataSourceProperty));
    return new com.zaxxer.hikari.HikariDataSource(cfg);
  }

  void generate(String url, int open, int historic, JdbcTemplate jdbc, LocalDate today, String bareDb,
      com.caseflow.dashboard.CaseTally tally) throws Exception {
    out("");
    out("## Generator: %d open cases/tasks, %d historic instances", open, historic);
    try (Connection c = DriverManager.getConnection(url + "&rewriteBatchedStatements=true", "root", "")) {
      // generated rows name the deployed enforcement-case definition (list pages look its name up in the engine)
      String definition = jdbc.queryForObject("SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = 'enforcement-case'"
          + " ORDER BY VERSION_ DESC LIMIT 1", String.class);
      DataGenerator g = new DataGenerator(c, today, definition);
      try (var s = c.createStatement()) {
        s.execute("SET @caseflow_tally_off = 1"); // bulk load: no tally rows per case, one rebuild at the end
      }
      long t0 = System.nanoTime();
      long rate = g.open(open);
      out("open: %.1f s, %d rows/s (cf_case + cf_task + cf_task_candidate + party search keys)", (System.nanoTime() - t0) / 1e9, rate);
      t0 = System.nanoTime();
      rate = g.historic(historic);
      out("historic: %.1f s, %d rows/s (cf_case CLOSED + ACT_HI_PROCINST + party search keys)", (System.nanoTime() - t0) / 1e9, rate);
      // the bare engine's history table gets the same finished instances (one server-side copy)
      t0 = System.nanoTime();
      jdbc.execute("INSERT INTO " + bareDb + ".ACT_HI_PROCINST SELECT * FROM ACT_HI_PROCINST WHERE ID_ LIKE 'gen-hpi-%'");
      out("historic copied to %s.ACT_HI_PROCINST: %.1f s", bareDb, (System.nanoTime() - t0) / 1e9);
    }
    long t0 = System.nanoTime();
    tally.rebuild();
    out("case tally rebuilt: %.1f s, %d rows", (System.nanoTime() - t0) / 1e9,
        jdbc.queryForObject("SELECT COUNT(*) FROM cf_case_tally", Long.class));
    for (String t : List.of("cf_case", "cf_task", "cf_task_candidate", "ACT_HI_PROCINST")) {
      jdbc.execute("ANALYZE TABLE " + t);
    }
  }

  void queries(ConfigurableApplicationContext ctx, int n, LocalDate today, String only) {
    // EXPLAIN capture only now: during the path benchmark no plugin sits between CaseFlow and MyBatis
    ctx.getBean(org.apache.ibatis.session.SqlSessionFactory.class).getConfiguration()
        .addInterceptor(new ExplainCapture());
    TaskWorkService tasks = ctx.getBean(TaskWorkService.class);
    CaseQueryService cases = ctx.getBean(CaseQueryService.class);
    AuthService auth = ctx.getBean(AuthService.class);
    CurrentUser officer1 = auth.load("officer1");
    CurrentUser head1 = auth.load("head1");
    CurrentUser unithead1 = auth.load("unithead1");
    CurrentUser manager1 = auth.load("manager1");
    Map<String, Supplier<Object>> q = new LinkedHashMap<>();
    q.put("tasks mine officer1 (due asc)", () -> tasks.list(officer1, "mine", null, null, null, null, null, null, "due,asc", 0, 20));
    q.put("tasks candidates officer1", () -> tasks.list(officer1, "candidates", null, null, null, null, null, null, "due,asc", 0, 20));
    q.put("tasks agency officer1", () -> tasks.list(officer1, "agency", null, null, null, null, null, null, "due,asc", 0, 20));
    q.put("tasks agency officer1 overdue", () -> tasks.list(officer1, "agency", null, null, null, null, true, null, "due,asc", 0, 20));
    q.put("tasks candidates officer1 activity+campaign", () -> tasks.list(officer1, "candidates", "enforcement-case",
        "Task_VerifyLead", "FYKZ-2021", null, null, null, "due,asc", 0, 20));
    q.put("tasks candidates head1 (subtree)", () -> tasks.list(head1, "candidates", null, null, null, null, null, null, "due,asc", 0, 20));
    q.put("tasks agency head1 (subtree) due desc", () -> tasks.list(head1, "agency", null, null, null, null, null, null, "due,desc", 0, 20));
    q.put("tasks candidates unithead1 page 5", () -> tasks.list(unithead1, "candidates", null, null, null, null, null, null, "due,asc", 5, 20));
    q.put("tasks agency manager1 (province)", () -> tasks.list(manager1, "agency", null, null, null, null, null, null, "due,asc", 0, 20));
    q.put("tasks agency officer1 q=party", () -> tasks.list(officer1, "agency", null, null, null, null, null, "基准生成企业1234", "due,asc", 0, 20));
    q.put("task counts officer1", () -> tasks.counts(officer1));
    q.put("task counts head1", () -> tasks.counts(head1));
    q.put("cases officer1 (newest)", () -> cases.list(officer1, null, null, null, null, null, null, null, null, 0, 20, "registeredAt,desc"));
    q.put("cases head1 stage=INVESTIGATION", () -> cases.list(head1, null, "INVESTIGATION", null, null, null, null, null, null, 0, 20, "registeredAt,desc"));
    q.put("cases manager1 campaign", () -> cases.list(manager1, "FYKZ-2021", null, null, null, null, null, null, null, 0, 20, "registeredAt,desc"));
    q.put("cases manager1 overdue by due", () -> cases.list(manager1, null, null, null, null, null, true, null, null, 0, 20, "due,asc"));
    q.put("cases officer1 party", () -> cases.list(officer1, null, null, null, "基准生成企业1234", null, null, null, null, 0, 20, "registeredAt,desc"));
    q.put("cases manager1 agency=NX-YC last 30 days", () -> cases.list(manager1, null, null, "NX-YC", null, null, null,
        today.minusDays(30), today, 0, 20, "registeredAt,desc"));
    // dashboard figures as GET /api/dashboard/... computes them (province manager and an agency head)
    var access = ctx.getBean(com.caseflow.dashboard.DashboardAccess.class);
    var processes = ctx.getBean(com.caseflow.dashboard.ProcessDashboardService.class);
    var figures = ctx.getBean(com.caseflow.dashboard.FigureService.class);
    var province = access.filter(manager1, null, null, null, null);
    var yinchuan = access.filter(head1, null, null, null, null);
    var campaignYear = access.filter(manager1, "FYKZ-2021", null, today.minusDays(365), today);
    q.put("dashboard activity counts manager1 (enforcement-case)", () -> processes.activities("enforcement-case", province));
    q.put("dashboard activity counts head1", () -> processes.activities("enforcement-case", yinchuan));
    q.put("dashboard case figures manager1", () -> figures.cases(province));
    q.put("dashboard overdue figures manager1", () -> figures.overdue(province));
    q.put("dashboard campaign figures manager1 (one year)", () -> figures.cases(campaignYear));
    q.put("dashboard penalties manager1", () -> figures.penalties(province));
    q.put("dashboard durations head1", () -> figures.durations(yinchuan));
    out("");
    out("## List queries through the services (%d runs each after 5 warm-up; page size 20)", n);
    out("| query | p50 ms | p95 ms | max ms | total rows |");
    out("|---|---|---|---|---|");
    for (Map.Entry<String, Supplier<Object>> e : q.entrySet()) {
      if (only != null && !e.getKey().contains(only)) {
        continue;
      }
      Object last = null;
      for (int i = 0; i < 5; i++) {
        ExplainCapture.label = i == 0 ? e.getKey() : null;
        last = e.getValue().get();
      }
      ExplainCapture.label = null;
      Stats s = new Stats();
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        last = e.getValue().get();
        s.add(System.nanoTime() - t);
      }
      String total = last instanceof CaseQueryService.Page<?> p ? String.valueOf(p.total()) : String.valueOf(last);
      out("| %s | %.1f | %.1f | %.1f | %s |", e.getKey(), s.pct(50), s.pct(95), s.pct(100),
          total.length() > 60 ? total.substring(0, 60) : total);
    }
  }

  void explain(JdbcTemplate jdbc) {
    out("");
    out("## EXPLAIN of the list queries (MariaDB)");
    List<ExplainCapture.Captured> all;
    synchronized (ExplainCapture.CAPTURED) {
      all = new ArrayList<>(ExplainCapture.CAPTURED.values());
    }
    for (ExplainCapture.Captured c : all) {
      out("");
      out("### %s — %s", c.label(), c.statement().substring(c.statement().lastIndexOf('.', c.statement().lastIndexOf('.') - 1) + 1));
      out("```sql");
      out(c.sql());
      out("-- params: %s", c.params());
      out("```");
      try {
        jdbc.query("EXPLAIN " + c.sql(), ps -> {
          for (int i = 0; i < c.params().size(); i++) {
            Object v = c.params().get(i);
            ps.setObject(i + 1, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
          }
        }, (ResultSet rs) -> {
          ResultSetMetaData md = rs.getMetaData();
          StringBuilder h = new StringBuilder("|");
          for (int i = 1; i <= md.getColumnCount(); i++) {
            h.append(' ').append(md.getColumnLabel(i)).append(" |");
          }
          out(h.toString());
          out("|" + "---|".repeat(md.getColumnCount()));
          while (rs.next()) {
            StringBuilder r = new StringBuilder("|");
            for (int i = 1; i <= md.getColumnCount(); i++) {
              r.append(' ').append(rs.getString(i)).append(" |");
            }
            out(r.toString());
          }
          return null;
        });
      } catch (RuntimeException e) {
        out("(EXPLAIN failed: %s)", e.getMessage());
      }
    }
  }
}
