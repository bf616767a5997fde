package com.caseflow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One year's statutory schedule: the rest days R (holidays, including weekend days inside a break)
 * and the adjusted working days W (weekend days worked, 调休). All other days follow the week:
 * Monday to Friday work, Saturday and Sunday rest.
 */
public record YearSchedule(
    int year, SortedSet<LocalDate> restDays, SortedSet<LocalDate> workingDays,
    Instant loadedAt, String loadedBy, String source) {

  public YearSchedule {
    restDays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(restDays));
    workingDays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(workingDays));
  }

  public static YearSchedule of(int year, List<LocalDate> restDays, List<LocalDate> workingDays) {
    return new YearSchedule(year, new TreeSet<>(restDays), new TreeSet<>(workingDays), null, null, null);
  }

  static boolean isWeekend(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  /** "R 31: 01-01..01-03, 02-11..02-17; W 7: 02-07, 02-20" — compact, for the audit trail. */
  public String summary() {
    return "R " + restDays.size() + ": " + ranges(restDays) + "; W " + workingDays.size() + ": " + ranges(workingDays);
  }

  static String ranges(SortedSet<LocalDate> days) {
    StringBuilder out = new StringBuilder();
    LocalDate start = null;
    LocalDate prev = null;
    for (LocalDate d : days) {
      if (prev != null && d.equals(prev.plusDays(1))) {
        prev = d;
        continue;
      }
      appendRange(out, start, prev);
      start = d;
      prev = d;
    }
    appendRange(out, start, prev);
    return out.toString();
  }

  private static void appendRange(StringBuilder out, LocalDate start, LocalDate end) {
    if (start == null) {
      return;
    }
    if (!out.isEmpty()) {
      out.append(", ");
    }
    out.append(start.toString().substring(5));
    if (!end.equals(start)) {
      out.append("..").append(end.toString().substring(5));
    }
  }
}
