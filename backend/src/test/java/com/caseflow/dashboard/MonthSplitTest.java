package com.caseflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.dashboard.FigureService.MonthSplit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a dashboard period is cut into whole months (from the case tally) and part months (counted). */
class MonthSplitTest {

  private static LocalDate d(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static MonthSplit split(String from, String to) {
    return MonthSplit.of(d(from), d(to));
  }

  private static MonthSplit expect(String headTo, String first, String last, String tailFrom) {
    return new MonthSplit(d(headTo), d(first), d(last), d(tailFrom));
  }

  @Test
  void wholeMonthsHaveNoParts() {
    assertThat(split("2026-01-01", "2026-12-31")).isEqualTo(expect(null, "2026-01-01", "2026-12-01", null));
    assertThat(split("2026-02-01", "2026-02-28")).isEqualTo(expect(null, "2026-02-01", "2026-02-01", null));
    assertThat(split("2024-02-01", "2024-02-29")).isEqualTo(expect(null, "2024-02-01", "2024-02-01", null));
  }

  @Test
  void openEndsAreOpenMonths() {
    assertThat(split(null, null)).isEqualTo(expect(null, null, null, null));
    assertThat(split("2026-03-15", null)).isEqualTo(expect("2026-03-31", "2026-04-01", null, null));
    assertThat(split(null, "2026-03-15")).isEqualTo(expect(null, null, "2026-02-01", "2026-03-01"));
  }

  @Test
  void partMonthsAtBothEnds() {
    assertThat(split("2025-06-15", "2025-11-20"))
        .isEqualTo(expect("2025-06-30", "2025-07-01", "2025-10-01", "2025-11-01"));
    assertThat(split("2025-12-31", "2026-02-01")).isEqualTo(expect("2025-12-31", "2026-01-01", "2026-01-01",
        "2026-02-01"));
  }

  @Test
  void noWholeMonthMeansCountEverything() {
    assertThat(split("2025-08-03", "2025-08-20")).isNull();
    assertThat(split("2025-08-03", "2025-09-20")).isNull();
    assertThat(split("2025-08-01", "2025-08-30")).isNull();
    assertThat(split("2025-08-02", "2025-08-31")).isNull();
  }
}
