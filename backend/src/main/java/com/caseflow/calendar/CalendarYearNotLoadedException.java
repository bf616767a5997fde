package com.caseflow.calendar;

import com.caseflow.common.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A computation needed a day of a year whose statutory schedule is not loaded. The calendar never
 * guesses (a plain weekend rule would silently miss the holidays and 调休 days): an administrator
 * has to load that year first. Answered as 400 CALENDAR_YEAR_NOT_LOADED.
 */
public class CalendarYearNotLoadedException extends ApiException {

  public static final String CODE = "CALENDAR_YEAR_NOT_LOADED";
  static final String MESSAGE_KEY = "calendar.yearNotLoaded";

  private final int year;

  public CalendarYearNotLoadedException(int year) {
    this(year, List.of());
  }

  private CalendarYearNotLoadedException(int year, List<FieldProblem> fields) {
    // the year as text: MessageFormat would print an Integer as "2,027"
    super(HttpStatus.BAD_REQUEST, CODE, MESSAGE_KEY, fields, String.valueOf(year));
    this.year = year;
  }

  public int year() {
    return year;
  }

  /** The same failure, naming the request field whose value led into the unloaded year. */
  public CalendarYearNotLoadedException forField(String field) {
    return new CalendarYearNotLoadedException(
        year, List.of(new FieldProblem(field, MESSAGE_KEY, String.valueOf(year))));
  }

  @Override
  public String toString() {
    return "CalendarYearNotLoadedException: calendar year " + year + " is not loaded";
  }
}
