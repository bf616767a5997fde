package com.caseflow.calendar;

import com.caseflow.calendar.CalendarYearService.YearDetail;
import com.caseflow.calendar.CalendarYearService.YearRequest;
import com.caseflow.calendar.CalendarYearService.YearSummary;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.security.CurrentUser;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statutory deadlines for the React app, and the yearly schedules (admins replace them). */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  /** Ten years of days; longer periods are typing mistakes (and would only run into unloaded years). */
  static final int MAX_COUNT = 3660;

  public enum Kind { WORKING_DAYS, DAYS }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Deadline(LocalDate from, LocalDate due, Kind kind, Integer workingDays, Integer days) {}

  private final StatutoryCalendar calendar;
  private final CalendarYearService years;

  public CalendarController(StatutoryCalendar calendar, CalendarYearService years) {
    this.calendar = calendar;
    this.years = years;
  }

  /** {@code ?from=2021-09-17&workingDays=20} or {@code ?from=…&days=15}; exactly one of the two counts. */
  @GetMapping("/deadline")
  public Deadline deadline(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String workingDays,
      @RequestParam(required = false) String days) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate start = null;
    if (from == null || from.isBlank()) {
      problems.add(new FieldProblem("from", "validation.required"));
    } else {
      start = CalendarYearService.parseQuietly(from);
      if (start == null) {
        problems.add(new FieldProblem("from", "calendar.invalidDate", from));
      }
    }
    boolean hasWorking = workingDays != null;
    boolean hasDays = days != null;
    if (hasWorking == hasDays) {
      String key = hasWorking ? "calendar.count.both" : "calendar.count.neither";
      problems.add(new FieldProblem("workingDays", key));
      problems.add(new FieldProblem("days", key));
    }
    String field = hasWorking ? "workingDays" : "days";
    Integer n = null;
    if (hasWorking != hasDays) {
      n = count(hasWorking ? workingDays : days);
      if (n == null) {
        problems.add(new FieldProblem(field, "calendar.count.range", String.valueOf(MAX_COUNT),
            hasWorking ? workingDays : days));
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    try {
      return hasWorking
          ? new Deadline(start, calendar.addWorkingDays(start, n), Kind.WORKING_DAYS, n, null)
          : new Deadline(start, calendar.addDays(start, n), Kind.DAYS, null, n);
    } catch (CalendarYearNotLoadedException e) {
      throw e.forField(e.year() == start.getYear() ? "from" : field);
    }
  }

  private static Integer count(String text) {
    try {
      int n = Integer.parseInt(text.trim());
      return n >= 0 && n <= MAX_COUNT ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @GetMapping("/years")
  public List<YearSummary> years() {
    return years.years();
  }

  @GetMapping("/years/{year}")
  public YearDetail year(@PathVariable int year) {
    return years.year(year);
  }

  /** Admins only (group camunda-admin): replaces the year's rest and adjusted working days. */
  @PutMapping("/years/{year}")
  public ResponseEntity<Void> setYear(
      @PathVariable int year, @RequestBody YearRequest request, @AuthenticationPrincipal CurrentUser user) {
    if (user == null || !user.isAdmin()) {
      throw ApiException.forbidden();
    }
    years.setYear(year, request, user.username());
    return ResponseEntity.noContent().build();
  }
}
