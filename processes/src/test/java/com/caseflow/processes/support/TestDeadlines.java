package com.caseflow.processes.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Test double for the backend's {@code deadlines} bean (see CONTRACT.md). It knows weekends
 * only; the statutory holiday calendar is tested in the backend. Register it with
 * {@code Mocks.register("deadlines", new TestDeadlines())}.
 */
public class TestDeadlines {

  /**
   * "Today" for the whole test run: the tests' dates and the models' {@code deadlines.today()} are the same day
   * even when the run crosses midnight.
   */
  public static final LocalDate TODAY = LocalDate.now();

  public String today() {
    return TODAY.toString();
  }

  public String workingDays(Object from, long n) {
    LocalDate day = toDate(from);
    long left = n;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day.toString();
  }

  public String days(Object from, long n) {
    LocalDate day = toDate(from).plusDays(n);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day.toString();
  }

  public String endOf(Object date) {
    return toDate(date) + "T23:59:59";
  }

  public String workingDaysBefore(Object date, long n) {
    LocalDate day = toDate(date);
    long left = n;
    while (left > 0) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day.toString();
  }

  private static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static LocalDate toDate(Object value) {
    if (value == null) {
      return TODAY;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    String text = value.toString();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
