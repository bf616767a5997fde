package com.caseflow.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Counts the database round trips made on the current thread: every {@code execute*} call on a statement, each
 * {@code executeBatch} as one, and each commit. Load-independent where timings are not: a step that sends twice the
 * statements of another costs about twice the database time, whatever else the machine is doing.
 * The SQL of each round trip is kept (first 90 characters, whitespace folded) so the report can show which ones a
 * step sends.
 */
final class StatementCounter {

  /** Round trips of the current measurement on this thread, by SQL prefix (null when not measuring). */
  private static final ThreadLocal<Map<String, Integer>> CURRENT = new ThreadLocal<>();
  /** Nanoseconds this thread spent inside execute/commit calls since {@link #start()}, by SQL prefix. */
  private static final ThreadLocal<Map<String, Long>> WAITED = new ThreadLocal<>();

  /** One measurement: round trips and nanoseconds waited for them, by SQL prefix. */
  record Trips(Map<String, Integer> counts, Map<String, Long> nanos) {}

  private StatementCounter() {}

  static DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, m, args) -> {
          Object r = invoke(target, m, args);
          return r instanceof Connection c ? connection(c) : r;
        });
  }

  /** Starts counting on this thread; {@link #stop()} returns the counts. */
  static void start() {
    CURRENT.set(new TreeMap<>());
    WAITED.set(new TreeMap<>());
  }

  static Trips stop() {
    Map<String, Integer> m = CURRENT.get();
    Map<String, Long> w = WAITED.get();
    CURRENT.remove();
    WAITED.remove();
    return new Trips(m == null ? Map.of() : m, w == null ? Map.of() : w);
  }

  static int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Round trips summed over many steps: per-step mean and the statements sent, most frequent first. */
  static final class Tally {
    private final Map<String, Integer> sum = new TreeMap<>();
    private final Map<String, Long> nanos = new TreeMap<>();
    private int steps;
    private long dbNanos;

    void add(Trips trips) {
      steps++;
      trips.counts().forEach((k, v) -> sum.merge(k, v, Integer::sum));
      trips.nanos().forEach((k, v) -> nanos.merge(k, v, Long::sum));
      dbNanos += trips.nanos().values().stream().mapToLong(Long::longValue).sum();
    }

    double perStep() {
      return steps == 0 ? 0 : (double) total(sum) / steps;
    }

    /** Mean milliseconds per step spent waiting for the database (execute and commit calls). */
    double dbMillisPerStep() {
      return steps == 0 ? 0 : dbNanos / 1e6 / steps;
    }

    /** Lines "  2.00  0.41 ms  SQL…" (round trips and milliseconds waited per step) per statement, most first. */
    java.util.List<String> lines() {
      return sum.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .map(e -> String.format("%6.2f %5.2f ms  %s", (double) e.getValue() / steps,
              nanos.getOrDefault(e.getKey(), 0L) / 1e6 / steps, e.getKey())).toList();
    }
  }

  /** Statement text → report key (the regex is costly; the same few texts come back on every step). */
  private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Counts a round trip; answers its report key (null when not measuring). */
  private static String count(String sql) {
    Map<String, Integer> m = CURRENT.get();
    if (m == null) {
      return null;
    }
    String key = KEYS.computeIfAbsent(sql, s -> {
      String k = s.replaceAll("\\s+", " ").trim();
      return k.length() > 90 ? k.substring(0, 90) : k;
    });
    m.merge(key, 1, Integer::sum);
    return key;
  }

  private static Connection connection(Connection c) {
    return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, m, args) -> {
          if (m.getName().equals("commit")) {
            return timed(count("COMMIT"), c, m, args);
          }
          Object r = invoke(c, m, args);
          if (m.getName().equals("prepareStatement") && r instanceof PreparedStatement ps) {
            String sql = (String) args[0];
            return statement(ps, PreparedStatement.class, sql);
          }
          if (m.getName().equals("createStatement") && r instanceof Statement s) {
            return statement(s, Statement.class, null);
          }
          return r;
        });
  }

  private static Object statement(Statement s, Class<?> type, String preparedSql) {
    InvocationHandler h = new InvocationHandler() {
      private final Map<String, Boolean> batched = new LinkedHashMap<>();

      @Override
      public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
        String name = m.getName();
        if (name.equals("addBatch")) {
          batched.put(args != null && args.length == 1 ? (String) args[0] : preparedSql, true);
        } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
          String key = count("BATCH[" + batched.size() + "] " + String.join(" ; ", batched.keySet()));
          batched.clear();
          return timed(key, s, m, args);
        } else if (name.startsWith("execute")) {
          return timed(count(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql), s,
              m, args);
        }
        return StatementCounter.invoke(s, m, args);
      }
    };
    return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object timed(String key, Object target, Method m, Object[] args) throws Throwable {
    Map<String, Long> waited = WAITED.get();
    if (key == null || waited == null) {
      return invoke(target, m, args);
    }
    long t0 = System.nanoTime();
    try {
      return invoke(target, m, args);
    } finally {
      waited.merge(key, System.nanoTime() - t0, Long::sum);
    }
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
