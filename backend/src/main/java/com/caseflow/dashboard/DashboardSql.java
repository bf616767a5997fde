package com.caseflow.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's read-only SQL over cf_* and Camunda's ACT_* tables (portable H2 2.x / MySQL / MariaDB).
 * Queries are built from a few fixed fragments (never from user text: values are bound parameters), and
 * each carries a name so the benchmark can EXPLAIN and time exactly what the endpoints run.
 */
@Component
public class DashboardSql {

  /** Benchmark hook: sees every (name, sql, params) run; null in production. */
  static volatile BiConsumer<String, Object[]> trace;

  private final NamedParameterJdbcTemplate jdbc;

  public DashboardSql(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Map<String, Object>> list(String name, String sql, MapSqlParameterSource params) {
    BiConsumer<String, Object[]> t = trace;
    if (t != null) {
      t.accept(name, new Object[] {sql, params});
    }
    return jdbc.queryForList(sql, params);
  }

  static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof LocalDate d) {
      return d;
    }
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (o instanceof Timestamp ts) {
      return ts.toLocalDateTime().toLocalDate();
    }
    if (o instanceof LocalDateTime dt) {
      return dt.toLocalDate();
    }
    String s = o.toString();
    try {
      return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
