package com.caseflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.caseflow.common.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The {@code deadlines} bean of processes/CONTRACT.md on the real (shipped) calendar. */
class DeadlinesTest {

  /** 2021-09-17 00:30 in Shanghai = 2021-09-16 16:30 UTC: "today" must be the Shanghai date. */
  private static final ZonedDateTime NOW = ZonedDateTime.of(2021, 9, 17, 0, 30, 0, 0, ClockConfig.ZONE);

  private final Deadlines deadlines = new Deadlines(
      StatutoryCalendar.of(ShippedCalendar.SNAPSHOT), Clock.fixed(NOW.toInstant(), ClockConfig.ZONE));

  @Test
  void todayIsTheShanghaiDate() {
    assertThat(deadlines.today()).isEqualTo("2021-09-17");
  }

  @Test
  void workingDaysAcceptEveryInputTypeOfTheContract() {
    assertThat(deadlines.workingDays("2021-09-17", 20)).isEqualTo("2021-10-21");
    assertThat(deadlines.workingDays(LocalDate.of(2021, 9, 17), 20)).isEqualTo("2021-10-21");
    assertThat(deadlines.workingDays(Date.from(NOW.toInstant()), 20)).as("java.util.Date in Shanghai")
        .isEqualTo("2021-10-21");
    assertThat(deadlines.workingDays(new java.sql.Date(NOW.toInstant().toEpochMilli()), 20)).isEqualTo("2021-10-21");
    assertThat(deadlines.workingDays(null, 20)).as("null = today").isEqualTo("2021-10-21");
    assertThat(deadlines.workingDays(deadlines.today(), 20)).isEqualTo("2021-10-21");
    assertThat(deadlines.workingDays("2021-09-17T08:00:00", 20)).as("date-time string").isEqualTo("2021-10-21");
    assertThat(deadlines.workingDays(LocalDateTime.of(2021, 9, 17, 23, 0), 20)).isEqualTo("2021-10-21");
    assertThat(deadlines.workingDays("2021-09-17", 0)).isEqualTo("2021-09-17");
  }

  @Test
  void daysRollPastRestDays() {
    // spot-check follow-up: 15-day objection window from delivery
    assertThat(deadlines.days("2021-09-16", 15)).isEqualTo("2021-10-08");
    assertThat(deadlines.days("2021-03-01", 15)).isEqualTo("2021-03-16");
    assertThat(deadlines.days(null, 14)).as("today + 14 = 10/1 → 10/8").isEqualTo("2021-10-08");
  }

  @Test
  void endOfGivesTheLastSecondOfTheDay() {
    assertThat(deadlines.endOf("2021-10-21")).isEqualTo("2021-10-21T23:59:59");
    assertThat(deadlines.endOf(null)).isEqualTo("2021-09-17T23:59:59");
    assertThat(deadlines.endOf(deadlines.workingDays("2021-09-17", 20))).isEqualTo("2021-10-21T23:59:59");
    assertThat(deadlines.endOf("2027-05-01")).as("no calendar needed").isEqualTo("2027-05-01T23:59:59");
  }

  @Test
  void workingDaysBeforeForWarnings() {
    assertThat(deadlines.workingDaysBefore("2021-10-21", 3)).isEqualTo("2021-10-18");
    assertThat(deadlines.workingDaysBefore("2021-10-08", 1)).isEqualTo("2021-09-30");
    assertThat(deadlines.workingDaysBefore("2021-10-21", 0)).isEqualTo("2021-10-21");
  }

  @Test
  void badInputFailsLoudly() {
    assertThatThrownBy(() -> deadlines.workingDays("17.09.2021", 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17.09.2021");
    assertThatThrownBy(() -> deadlines.workingDays("", 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> deadlines.workingDays("2021-09-17", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> deadlines.days("2021-09-17", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> deadlines.workingDays("2026-12-28", 10))
        .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2027));
  }
}
