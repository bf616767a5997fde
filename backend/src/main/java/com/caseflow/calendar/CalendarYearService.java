package com.caseflow.calendar;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.calendar.CalendarMapper.YearRow;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads and replaces the yearly schedules (admin); computations go through {@link StatutoryCalendar}. */
@Service
public class CalendarYearService {

  public static final String AUDIT_ACTION = "CALENDAR_YEAR_SET";
  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;
  static final int MAX_SOURCE = 200;

  public record YearSummary(int year, int restDays, int workingDays, Instant loadedAt, String loadedBy, String source) {}

  public record YearDetail(
      int year, List<LocalDate> restDays, List<LocalDate> workingDays, Instant loadedAt, String loadedBy, String source) {}

  /** Body of PUT /api/calendar/years/{year}; dates as strings so a bad one is named, not a JSON error. */
  public record YearRequest(List<String> restDays, List<String> workingDays, String source) {}

  private final CalendarMapper mapper;
  private final StatutoryCalendar calendar;
  private final AuditService audit;
  private final Clock clock;

  public CalendarYearService(CalendarMapper mapper, StatutoryCalendar calendar, AuditService audit, Clock clock) {
    this.mapper = mapper;
    this.calendar = calendar;
    this.audit = audit;
    this.clock = clock;
  }

  public List<YearSummary> years() {
    return mapper.findYears().stream().map(CalendarYearService::summary).toList();
  }

  public YearDetail year(int year) {
    List<YearSchedule> found = StatutoryCalendar.toSchedules(mapper.findYearDays(year));
    if (found.isEmpty()) {
      throw new ApiException(HttpStatus.NOT_FOUND, CalendarYearNotLoadedException.CODE, "calendar.year.notFound",
          String.valueOf(year));
    }
    YearSchedule s = found.get(0);
    return new YearDetail(year, List.copyOf(s.restDays()), List.copyOf(s.workingDays()), s.loadedAt(), s.loadedBy(),
        s.source());
  }

  /**
   * Replaces one year's schedule as a whole: validated first (nothing is written when anything is
   * wrong), then year row, days and audit entry in one transaction. The year row is updated before
   * the days are touched so its row lock serialises two administrators replacing the same year.
   */
  @Transactional
  public void setYear(int year, YearRequest request, String username) {
    YearSchedule next = validate(year, request);
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    String oldSummary = null;
    if (mapper.touchYear(year, now, username, next.source()) == 0) {
      try {
        mapper.insertYear(year, now, username, next.source());
      } catch (DuplicateKeyException e) {
        throw ApiException.conflict("CONFLICT", "error.conflict");
      }
    } else {
      oldSummary = StatutoryCalendar.toSchedules(mapper.findYearDays(year)).get(0).summary();
      mapper.deleteDays(year);
    }
    if (!next.restDays().isEmpty()) {
      mapper.insertDays(year, "REST", List.copyOf(next.restDays()));
    }
    if (!next.workingDays().isEmpty()) {
      mapper.insertDays(year, "WORK", List.copyOf(next.workingDays()));
    }
    audit.record(AuditEntry.of(AUDIT_ACTION, null, null, "CALENDAR_YEAR", String.valueOf(year))
        .withValues(clip(oldSummary), clip(next.summary()))
        .withDetail(next.source()));
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        calendar.invalidate();
      }
    });
  }

  /**
   * Rules: every date lies in {@code year}; no date twice; no date both rest and working; working
   * days (调休) are Saturdays or Sundays — a weekday is a working day anyway. Rest days may be any
   * day: weekday holidays, and the weekend days inside a break (listed by the notices, e.g.
   * 2022-12-31, the first day of the 2023 New Year break). At least one rest day: every year has
   * public holidays, an empty list is a mistake.
   */
  YearSchedule validate(int year, YearRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw ApiException.invalidField("year", "calendar.year.range", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
    }
    TreeSet<LocalDate> rest = dates("restDays", request.restDays(), year, problems);
    TreeSet<LocalDate> work = dates("workingDays", request.workingDays(), year, problems);
    if (request.restDays() != null && request.restDays().isEmpty()) {
      problems.add(new FieldProblem("restDays", "calendar.restDays.empty"));
    }
    List<String> workingInput = request.workingDays() == null ? List.of() : request.workingDays();
    for (int i = 0; i < workingInput.size(); i++) {
      LocalDate d = parseQuietly(workingInput.get(i));
      if (d == null || d.getYear() != year) {
        continue;
      }
      if (rest.contains(d)) {
        problems.add(new FieldProblem("workingDays[" + i + "]", "calendar.day.inBoth", d.toString()));
      } else if (!YearSchedule.isWeekend(d)) {
        problems.add(new FieldProblem("workingDays[" + i + "]", "calendar.day.workNotWeekend", d.toString()));
      }
    }
    String source = request.source() == null || request.source().isBlank() ? null : request.source().trim();
    if (source != null && source.length() > MAX_SOURCE) {
      problems.add(new FieldProblem("source", "calendar.source.tooLong", String.valueOf(MAX_SOURCE)));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    return new YearSchedule(year, rest, work, null, null, source);
  }

  private static TreeSet<LocalDate> dates(String field, List<String> input, int year, List<FieldProblem> problems) {
    TreeSet<LocalDate> out = new TreeSet<>();
    if (input == null) {
      problems.add(new FieldProblem(field, "validation.required"));
      return out;
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < input.size(); i++) {
      String name = field + "[" + i + "]";
      String text = input.get(i);
      if (text == null || text.isBlank()) {
        problems.add(new FieldProblem(name, "validation.required"));
        continue;
      }
      LocalDate d = parseQuietly(text);
      if (d == null) {
        problems.add(new FieldProblem(name, "calendar.invalidDate", text));
      } else if (d.getYear() != year) {
        problems.add(new FieldProblem(name, "calendar.day.notInYear", d.toString(), String.valueOf(year)));
      } else if (!seen.add(d)) {
        problems.add(new FieldProblem(name, "calendar.day.duplicate", d.toString()));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  static LocalDate parseQuietly(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String clip(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
  }

  private static YearSummary summary(YearRow r) {
    return new YearSummary(r.calYear(), r.restDays(), r.workingDays(), r.loadedAt(), r.loadedBy(), r.source());
  }
}
