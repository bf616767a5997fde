package com.caseflow.calendar;

import com.caseflow.common.ClockConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The {@code deadlines} bean the BPMN models call (processes/CONTRACT.md, "Dates and deadlines"),
 * e.g. {@code camunda:dueDate="${deadlines.workingDays(leadDate, 15)}"}. Every method accepts an ISO
 * date string ({@code yyyy-MM-dd}, or a date-time whose first 10 characters are one), a
 * {@link java.util.Date} (taken in Asia/Shanghai), a {@link LocalDate} or {@code null} (= today) and
 * returns an ISO string. No overloads: JUEL picks methods by name.
 */
@Component("deadlines")
public class Deadlines {

  private final StatutoryCalendar calendar;
  private final Clock clock;

  public Deadlines(StatutoryCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Today in Asia/Shanghai, {@code yyyy-MM-dd}. */
  public String today() {
    return LocalDate.now(clock).toString();
  }

  /** The day {@code n} working days after {@code from}; the start day is not counted. */
  public String workingDays(Object from, long n) {
    return calendar.addWorkingDays(toDate(from), count(n)).toString();
  }

  /** {@code from} + {@code n} calendar days; a last day on a rest day moves to the next working day. */
  public String days(Object from, long n) {
    return calendar.addDays(toDate(from), count(n)).toString();
  }

  /** {@code yyyy-MM-ddT23:59:59} of the given day, for timers that fire once a due day has passed. */
  public String endOf(Object date) {
    return toDate(date) + "T23:59:59";
  }

  /** The working day {@code n} working days before {@code date} (warnings before a due day). */
  public String workingDaysBefore(Object date, long n) {
    return calendar.subtractWorkingDays(toDate(date), count(n)).toString();
  }

  private static int count(long n) {
    if (n < 0 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("deadlines: the number of days must be 0 or more, was " + n);
    }
    return (int) n;
  }

  LocalDate toDate(Object value) {
    if (value == null) {
      return LocalDate.now(clock);
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      // java.sql.Date does not support toInstant()
      return Instant.ofEpochMilli(d.getTime()).atZone(ClockConfig.ZONE).toLocalDate();
    }
    if (value instanceof LocalDateTime d) {
      return d.toLocalDate();
    }
    if (value instanceof ZonedDateTime d) {
      return d.withZoneSameInstant(ClockConfig.ZONE).toLocalDate();
    }
    if (value instanceof OffsetDateTime d) {
      return d.atZoneSameInstant(ClockConfig.ZONE).toLocalDate();
    }
    // only null means today: an empty form field is a mistake to report, not a date to guess
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("deadlines: not an ISO date (yyyy-MM-dd): '" + text + "'", e);
    }
  }
}
