package com.caseflow.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable, in-memory view of the loaded schedules, built once per change. Every day from
 * 1 January of the first loaded year to 31 December of the last one has a slot in a byte array
 * (working, rest, or "year not loaded" for a gap), plus a running count of working days, so
 * {@link #isWorkingDay} and {@link #workingDaysBetween} are O(1) and the add/subtract walks touch
 * one array slot per day. Thread-safe by immutability.
 *
 * <p>Rules (domain.md §9): the start day is never counted; a day in a year that is not loaded makes
 * the computation fail with {@link CalendarYearNotLoadedException}. Only the days a result depends on
 * must be loaded: {@code addWorkingDays(2020-12-31, 1)} looks at 2021 only.
 */
public final class CalendarSnapshot {

  private static final byte NOT_LOADED = 0;
  private static final byte WORK = 1;
  private static final byte REST = 2;

  public static final CalendarSnapshot EMPTY = new CalendarSnapshot(Collections.emptyList());

  private final SortedMap<Integer, YearSchedule> years;
  private final long firstEpochDay;
  private final byte[] kind;
  /** worked[i] = number of working days in the slots [0, i). */
  private final int[] worked;

  public CalendarSnapshot(Collection<YearSchedule> schedules) {
    TreeMap<Integer, YearSchedule> byYear = new TreeMap<>();
    for (YearSchedule s : schedules) {
      byYear.put(s.year(), s);
    }
    this.years = Collections.unmodifiableSortedMap(byYear);
    if (byYear.isEmpty()) {
      firstEpochDay = 0;
      kind = new byte[0];
      worked = new int[1];
      return;
    }
    firstEpochDay = LocalDate.of(byYear.firstKey(), 1, 1).toEpochDay();
    int length = (int) (LocalDate.of(byYear.lastKey() + 1, 1, 1).toEpochDay() - firstEpochDay);
    kind = new byte[length];
    for (YearSchedule s : byYear.values()) {
      for (LocalDate d = LocalDate.of(s.year(), 1, 1); d.getYear() == s.year(); d = d.plusDays(1)) {
        kind[slot(d)] = YearSchedule.isWeekend(d) ? REST : WORK;
      }
      for (LocalDate d : s.restDays()) {
        requireInYear(s, d);
        kind[slot(d)] = REST;
      }
      for (LocalDate d : s.workingDays()) {
        requireInYear(s, d);
        kind[slot(d)] = WORK;
      }
    }
    worked = new int[length + 1];
    for (int i = 0; i < length; i++) {
      worked[i + 1] = worked[i] + (kind[i] == WORK ? 1 : 0);
    }
  }

  private static void requireInYear(YearSchedule s, LocalDate d) {
    if (d.getYear() != s.year()) {
      throw new IllegalArgumentException(d + " is not in " + s.year());
    }
  }

  public SortedMap<Integer, YearSchedule> years() {
    return years;
  }

  public boolean isLoaded(int year) {
    return years.containsKey(year);
  }

  public boolean isWorkingDay(LocalDate day) {
    return kindOf(day.toEpochDay()) == WORK;
  }

  /** The day {@code n} working days after {@code from} (start day not counted); n = 0 gives {@code from}. */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    if (n < 0) {
      return subtractWorkingDays(from, -(long) n);
    }
    long day = from.toEpochDay();
    for (long left = n; left > 0; ) {
      day++;
      if (kindOf(day) == WORK) {
        left--;
      }
    }
    return LocalDate.ofEpochDay(day);
  }

  /** The working day {@code n} working days before {@code date}; n = 0 gives {@code date}. */
  public LocalDate subtractWorkingDays(LocalDate date, long n) {
    if (n < 0) {
      return addWorkingDays(date, Math.toIntExact(-n));
    }
    long day = date.toEpochDay();
    for (long left = n; left > 0; ) {
      day--;
      if (kindOf(day) == WORK) {
        left--;
      }
    }
    return LocalDate.ofEpochDay(day);
  }

  /** {@code from} + n calendar days; a last day that is a rest day moves to the next working day. */
  public LocalDate addDays(LocalDate from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("a period in days cannot be negative: " + n);
    }
    long day = from.toEpochDay() + n;
    while (kindOf(day) != WORK) {
      day++;
    }
    return LocalDate.ofEpochDay(day);
  }

  /**
   * Working days from {@code today} to {@code due} (negative when overdue), as the lists show them; null without a
   * due day or when a year between them has no loaded schedule.
   */
  public Integer workingDaysLeft(LocalDate today, LocalDate due) {
    if (due == null) {
      return null;
    }
    try {
      return workingDaysBetween(today, due);
    } catch (CalendarYearNotLoadedException e) {
      return null;
    }
  }

  /**
   * Signed number of working days from {@code a} to {@code b}: the working days in (a, b] when
   * b is after a, minus the working days in (b, a] when b is before a, 0 when equal. So
   * {@code addWorkingDays(a, workingDaysBetween(a, b)) == b} for a working day b, and a deadline
   * badge reads {@code workingDaysBetween(today, due)} (negative = overdue).
   */
  public int workingDaysBetween(LocalDate a, LocalDate b) {
    int cmp = a.compareTo(b);
    if (cmp == 0) {
      return 0;
    }
    LocalDate lo = cmp < 0 ? a : b;
    LocalDate hi = cmp < 0 ? b : a;
    LocalDate firstCounted = lo.plusDays(1);
    for (int y = firstCounted.getYear(); y <= hi.getYear(); y++) {
      if (!years.containsKey(y)) {
        throw new CalendarYearNotLoadedException(y);
      }
    }
    int count = worked[slot(hi) + 1] - worked[slot(firstCounted)];
    return cmp < 0 ? count : -count;
  }

  private int slot(LocalDate day) {
    return (int) (day.toEpochDay() - firstEpochDay);
  }

  private byte kindOf(long epochDay) {
    long slot = epochDay - firstEpochDay;
    byte k = slot >= 0 && slot < kind.length ? kind[(int) slot] : NOT_LOADED;
    if (k == NOT_LOADED) {
      throw new CalendarYearNotLoadedException(LocalDate.ofEpochDay(epochDay).getYear());
    }
    return k;
  }

  @Override
  public String toString() {
    return "CalendarSnapshot" + years.keySet();
  }
}
