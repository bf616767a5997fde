package com.caseflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations in nanoseconds; mean, p50, p95 in milliseconds. */
final class Stats {

  /** What one side of the path benchmark measures: times and database round trips of starts and steps. */
  record Side(Stats start, Stats step, StatementCounter.Tally startSql, StatementCounter.Tally stepSql) {
    Side() {
      this(new Stats(), new Stats(), new StatementCounter.Tally(), new StatementCounter.Tally());
    }
  }

  private final List<Long> nanos = new ArrayList<>();

  void add(long n) {
    nanos.add(n);
  }

  int count() {
    return nanos.size();
  }

  double mean() {
    return nanos.isEmpty() ? 0 : nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
  }

  double pct(double p) {
    if (nanos.isEmpty()) {
      return 0;
    }
    List<Long> s = new ArrayList<>(nanos);
    Collections.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
    return s.get(Math.max(0, Math.min(i, s.size() - 1))) / 1e6;
  }

  @Override
  public String toString() {
    return String.format("n=%d mean=%.1f ms p50=%.1f ms p95=%.1f ms", count(), mean(), pct(50), pct(95));
  }
}
