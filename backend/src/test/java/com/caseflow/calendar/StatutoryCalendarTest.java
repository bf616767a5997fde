package com.caseflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryCalendarTest {

  private final StatutoryCalendar calendar = StatutoryCalendar.of(ShippedCalendar.SNAPSHOT);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void domainExampleCreditPublicationWithin20WorkingDaysOfTheDecision() {
    // 9/18 (Sat) and 10/9 (Sat) are adjusted working days; 9/19-21 中秋 and 10/1-7 国庆 are rest days
    assertThat(calendar.addWorkingDays(d("2021-09-17"), 20)).isEqualTo(d("2021-10-21"));
    assertThat(calendar.isWorkingDay(d("2021-09-18"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2021-10-09"))).isTrue();
    assertThat(calendar.workingDaysBetween(d("2021-09-17"), d("2021-10-21"))).isEqualTo(20);
  }

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource({
      "2021-09-18, true",  // Saturday, 调休
      "2021-09-26, true",  // Sunday, 调休
      "2024-02-18, true",  // Sunday after 春节, 调休
      "2023-06-25, true",  // Sunday after 端午, 调休
      "2021-10-01, false", // 国庆
      "2021-10-08, true",  // Friday after the break
      "2022-12-31, false", // Saturday listed as the first day of the 2023 New Year break
      "2025-01-28, false", // 除夕 2025
      "2026-02-23, false", // Monday, last day of 春节 2026
      "2026-02-28, true",  // Saturday, 调休
      "2021-03-06, false", // ordinary Saturday
      "2021-03-08, true",  // ordinary Monday
  })
  void restAndAdjustedWorkingDays(String day, boolean working) {
    assertThat(calendar.isWorkingDay(d(day))).isEqualTo(working);
  }

  @Test
  void adjustedWorkingDaysCountAsWorkingDays() {
    assertThat(calendar.addWorkingDays(d("2021-09-17"), 1)).isEqualTo(d("2021-09-18"));
    // Friday before 春节 2024: the next working day is the adjusted Sunday 2/18
    assertThat(calendar.addWorkingDays(d("2024-02-09"), 1)).isEqualTo(d("2024-02-18"));
    assertThat(calendar.addWorkingDays(d("2024-02-09"), 2)).isEqualTo(d("2024-02-19"));
    assertThat(calendar.addWorkingDays(d("2024-02-02"), 1)).isEqualTo(d("2024-02-04"));
  }

  @Test
  void startDayIsNotCounted() {
    assertThat(calendar.addWorkingDays(d("2021-03-01"), 1)).isEqualTo(d("2021-03-02"));
    assertThat(calendar.addWorkingDays(d("2021-03-05"), 1)).as("Friday + 1").isEqualTo(d("2021-03-08"));
    assertThat(calendar.addWorkingDays(d("2021-10-01"), 1)).as("from a holiday").isEqualTo(d("2021-10-08"));
    assertThat(calendar.addWorkingDays(d("2021-03-01"), 5)).isEqualTo(d("2021-03-08"));
    assertThat(calendar.addDays(d("2021-03-01"), 15)).isEqualTo(d("2021-03-16"));
  }

  @Test
  void zeroIsTheStartDayItselfForWorkingDaysAndRollsForCalendarDays() {
    assertThat(calendar.addWorkingDays(d("2021-03-01"), 0)).isEqualTo(d("2021-03-01"));
    assertThat(calendar.addWorkingDays(d("2021-10-01"), 0)).isEqualTo(d("2021-10-01"));
    assertThat(calendar.subtractWorkingDays(d("2021-10-01"), 0)).isEqualTo(d("2021-10-01"));
    assertThat(calendar.addDays(d("2021-03-01"), 0)).isEqualTo(d("2021-03-01"));
    assertThat(calendar.addDays(d("2021-10-01"), 0)).as("a period ending on a holiday").isEqualTo(d("2021-10-08"));
    assertThat(calendar.workingDaysBetween(d("2021-10-01"), d("2021-10-01"))).isZero();
  }

  @ParameterizedTest(name = "{0} + {1} days = {2}")
  @CsvSource({
      "2021-09-16, 15, 2021-10-08", // ends 10/1 inside 国庆 → first working day after the break
      "2024-01-27, 15, 2024-02-18", // ends 2/11 inside 春节 → the adjusted Sunday 2/18
      "2025-01-20, 15, 2025-02-05", // ends 2/4, last day of 春节 2025 → Wednesday 2/5
      "2026-02-05, 15, 2026-02-24", // ends 2/20 inside the 9-day 春节 2026 → Tuesday 2/24
      "2023-09-14, 15, 2023-10-07", // ends 9/29 (中秋国庆) → adjusted Saturday 10/7
      "2021-03-05, 15, 2021-03-22", // ends on an ordinary Saturday → Monday
      "2021-09-03, 15, 2021-09-18", // ends on an adjusted Saturday: no roll
      "2021-09-01, 30, 2021-10-08", // 30-day seizure period ending 10/1
  })
  void calendarDayPeriodsRollPastRestDays(String from, int n, String due) {
    assertThat(calendar.addDays(d(from), n)).isEqualTo(d(due));
  }

  @Test
  void yearBoundaries() {
    // 2021-12-31 is a Friday and a working day; 2022-01-01..03 rest
    assertThat(calendar.addWorkingDays(d("2021-12-30"), 2)).isEqualTo(d("2022-01-04"));
    // 2022-12-31 (Sat) opens the 2023 New Year break that ends 2023-01-02
    assertThat(calendar.addWorkingDays(d("2022-12-30"), 1)).isEqualTo(d("2023-01-03"));
    assertThat(calendar.addDays(d("2022-12-16"), 15)).isEqualTo(d("2023-01-03"));
    // 2023-12-30/31 and 2024-01-01 rest
    assertThat(calendar.addWorkingDays(d("2023-12-29"), 1)).isEqualTo(d("2024-01-02"));
    assertThat(calendar.workingDaysBetween(d("2023-12-29"), d("2024-01-02"))).isEqualTo(1);
    // start in an unloaded year: only the days after it are looked at
    assertThat(calendar.addWorkingDays(d("2020-12-31"), 1)).isEqualTo(d("2021-01-04"));
    // the last loaded year runs out
    assertThat(calendar.addWorkingDays(d("2026-12-28"), 3)).isEqualTo(d("2026-12-31"));
    assertNotLoaded(() -> calendar.addWorkingDays(d("2026-12-28"), 4), 2027);
    assertNotLoaded(() -> calendar.addDays(d("2026-12-20"), 15), 2027);
    assertNotLoaded(() -> calendar.workingDaysBetween(d("2026-12-01"), d("2027-01-10")), 2027);
    assertNotLoaded(() -> calendar.workingDaysBetween(d("2027-01-10"), d("2026-12-01")), 2027);
    assertNotLoaded(() -> calendar.subtractWorkingDays(d("2021-01-04"), 1), 2020);
  }

  @Test
  void unloadedYearsThrowInsteadOfGuessing() {
    assertNotLoaded(() -> calendar.isWorkingDay(d("2027-03-01")), 2027);
    assertNotLoaded(() -> calendar.isWorkingDay(d("2020-06-01")), 2020);
    assertNotLoaded(() -> calendar.addWorkingDays(d("2027-03-01"), 1), 2027);
    assertNotLoaded(() -> calendar.addDays(d("2019-03-01"), 1), 2019);
    assertThat(calendar.isLoaded(2026)).isTrue();
    assertThat(calendar.isLoaded(2027)).isFalse();
    CalendarYearNotLoadedException e =
        (CalendarYearNotLoadedException) catchThrowable(() -> calendar.isWorkingDay(d("2027-01-01")));
    assertThat(e.code()).isEqualTo("CALENDAR_YEAR_NOT_LOADED");
    assertThat(e.status().value()).isEqualTo(400);
    assertThat(e.args()).containsExactly("2027");
  }

  @Test
  void aGapBetweenLoadedYearsIsNotLoadedEither() {
    CalendarSnapshot gap = new CalendarSnapshot(List.of(
        ShippedCalendar.SCHEDULES.get(0), ShippedCalendar.SCHEDULES.get(2))); // 2021 and 2023
    assertThat(gap.isLoaded(2022)).isFalse();
    assertNotLoaded(() -> gap.addWorkingDays(d("2021-12-30"), 5), 2022);
    assertNotLoaded(() -> gap.workingDaysBetween(d("2021-12-01"), d("2023-02-01")), 2022);
    assertNotLoaded(() -> CalendarSnapshot.EMPTY.isWorkingDay(d("2021-01-04")), 2021);
  }

  @Test
  void workingDaysBetweenIsSignedForDeadlineBadges() {
    assertThat(calendar.workingDaysBetween(d("2021-10-21"), d("2021-09-17"))).isEqualTo(-20);
    assertThat(calendar.workingDaysBetween(d("2021-09-30"), d("2021-10-08"))).as("over 国庆").isEqualTo(1);
    assertThat(calendar.workingDaysBetween(d("2021-10-08"), d("2021-09-30"))).isEqualTo(-1);
    assertThat(calendar.workingDaysBetween(d("2021-10-01"), d("2021-10-07"))).as("inside the break").isZero();
    assertThat(calendar.workingDaysBetween(d("2021-01-01"), d("2026-12-31")))
        .isEqualTo(250 + 249 + 249 + 251 + 248 + 248);
  }

  @Test
  void subtractWorkingDaysForWarnings() {
    assertThat(calendar.subtractWorkingDays(d("2021-10-21"), 3)).isEqualTo(d("2021-10-18"));
    assertThat(calendar.subtractWorkingDays(d("2021-10-08"), 1)).isEqualTo(d("2021-09-30"));
    assertThat(calendar.subtractWorkingDays(d("2021-10-11"), 2)).as("over the adjusted Saturday 10/9")
        .isEqualTo(d("2021-10-08"));
    assertThat(calendar.addWorkingDays(d("2021-10-21"), -20)).isEqualTo(d("2021-09-17"));
  }

  @Test
  void shippedScheduleCountsPerYear() {
    Map<Integer, int[]> expected = Map.of(
        2021, new int[] {31, 7, 250}, 2022, new int[] {32, 7, 249}, 2023, new int[] {28, 7, 249},
        2024, new int[] {30, 8, 251}, 2025, new int[] {28, 5, 248}, 2026, new int[] {33, 6, 248});
    assertThat(ShippedCalendar.SNAPSHOT.years().keySet()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
    expected.forEach((year, counts) -> {
      YearSchedule s = ShippedCalendar.SNAPSHOT.years().get(year);
      assertThat(s.restDays()).as("%s rest days", year).hasSize(counts[0]);
      assertThat(s.workingDays()).as("%s adjusted working days", year).hasSize(counts[1]);
      assertThat(s.workingDays()).as("%s adjusted working days are weekend days", year)
          .allMatch(YearSchedule::isWeekend);
      assertThat(s.restDays()).as("%s: no day both", year).doesNotContainAnyElementsOf(s.workingDays());
      int working = calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
      assertThat(working).as("%s working days in the year", year).isEqualTo(counts[2]);
    });
  }

  @Test
  void shippedScheduleMatchesTheNotices() {
    assertThat(days(2021, true)).containsExactlyInAnyOrder(
        "02-07", "02-20", "04-25", "05-08", "09-18", "09-26", "10-09");
    assertThat(days(2026, true)).containsExactlyInAnyOrder(
        "01-04", "02-14", "02-28", "05-09", "09-20", "10-10");
    assertThat(YearSchedule.ranges(ShippedCalendar.SNAPSHOT.years().get(2026).restDays())).isEqualTo(
        "01-01..01-03, 02-15..02-23, 04-04..04-06, 05-01..05-05, 06-19..06-21, 09-25..09-27, 10-01..10-07");
    assertThat(YearSchedule.ranges(ShippedCalendar.SNAPSHOT.years().get(2023).restDays())).isEqualTo(
        "01-01..01-02, 01-21..01-27, 04-05, 04-29..05-03, 06-22..06-24, 09-29..10-06, 12-30..12-31");
  }

  private static Set<String> days(int year, boolean working) {
    YearSchedule s = ShippedCalendar.SNAPSHOT.years().get(year);
    return (working ? s.workingDays() : s.restDays()).stream()
        .map(x -> x.toString().substring(5)).collect(Collectors.toSet());
  }

  /** The fast snapshot agrees with a naive day-by-day count over every start day 2021-2026. */
  @Test
  void agreesWithANaiveImplementationOnEveryDay() {
    for (LocalDate from = d("2021-01-01"); from.isBefore(d("2026-09-01")); from = from.plusDays(1)) {
      for (int n : new int[] {0, 1, 2, 3, 5, 7, 10, 15, 20, 30, 60}) {
        LocalDate due = naiveAddWorkingDays(from, n);
        assertThat(calendar.addWorkingDays(from, n)).as("%s + %s working days", from, n).isEqualTo(due);
        assertThat(calendar.workingDaysBetween(from, due)).isEqualTo(n);
        assertThat(calendar.workingDaysBetween(due, from)).isEqualTo(-n);
        if (naiveIsWorkingDay(from)) {
          assertThat(calendar.subtractWorkingDays(due, n)).as("%s - %s working days", due, n).isEqualTo(from);
        }
        LocalDate end = from.plusDays(n);
        while (!naiveIsWorkingDay(end)) {
          end = end.plusDays(1);
        }
        assertThat(calendar.addDays(from, n)).as("%s + %s days", from, n).isEqualTo(end);
      }
    }
  }

  private static boolean naiveIsWorkingDay(LocalDate day) {
    YearSchedule s = ShippedCalendar.SNAPSHOT.years().get(day.getYear());
    if (s.restDays().contains(day)) {
      return false;
    }
    return s.workingDays().contains(day)
        || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
  }

  private static LocalDate naiveAddWorkingDays(LocalDate from, int n) {
    LocalDate day = from;
    for (int left = n; left > 0; ) {
      day = day.plusDays(1);
      if (naiveIsWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** Not a benchmark (shared machine); prints the cost per call and guards against a gross regression. */
  @Test
  void isFastEnoughForATaskListOfThousandsOfRows() {
    LocalDate from = d("2021-09-17");
    LocalDate today = d("2021-10-11");
    int calls = 1_000_000;
    long sink = 0;
    for (int i = 0; i < 200_000; i++) { // warm-up
      sink += calendar.addWorkingDays(from.plusDays(i % 1500), 20).getDayOfMonth();
      sink += calendar.workingDaysBetween(today, from.plusDays(i % 1500));
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      sink += calendar.addWorkingDays(from.plusDays(i % 1500), 20).getDayOfMonth();
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      sink += calendar.workingDaysBetween(today, from.plusDays(i % 1500));
    }
    long t2 = System.nanoTime();
    double addNs = (t1 - t0) / (double) calls;
    double betweenNs = (t2 - t1) / (double) calls;
    System.out.printf("StatutoryCalendar: addWorkingDays(+20) %.0f ns/call, workingDaysBetween %.0f ns/call (%d)%n",
        addNs, betweenNs, sink % 10);
    assertThat(addNs).isLessThan(20_000);
    assertThat(betweenNs).isLessThan(20_000);
  }

  private static void assertNotLoaded(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int year) {
    assertThatThrownBy(call).isInstanceOfSatisfying(CalendarYearNotLoadedException.class,
        e -> assertThat(e.year()).isEqualTo(year));
  }

  private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return org.assertj.core.api.Assertions.catchThrowable(call);
  }
}
