package com.caseflow.calendar;

import com.caseflow.calendar.CalendarMapper.YearDayRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * China's statutory working-day calendar (domain.md §9): weekends and public holidays are rest days,
 * except the adjusted working days (调休) listed for each year. The start day of a period is never
 * counted; a day in a year whose schedule is not loaded throws {@link CalendarYearNotLoadedException}.
 *
 * <p><b>Speed and freshness.</b> The schedules live in an immutable {@link CalendarSnapshot}; a call
 * costs array look-ups, no SQL (the task list asks for every row). The snapshot is replaced
 * <ul>
 *   <li>on this node right after an administrator's change commits ({@link #invalidate()}, called
 *       from an after-commit hook), so the admin's next request already sees the new year;</li>
 *   <li>on other nodes (several instances behind a load balancer) by a revision check at most every
 *       {@value #CHECK_SECONDS} seconds: one tiny {@code SELECT SUM(revision)} per interval, and a
 *       reload only when it changed. A per-call check would put one query on every badge of the task
 *       list; a schedule changes about once a year, usually for a year still weeks away, so a
 *       staleness of at most {@value #CHECK_SECONDS} s on other nodes costs nothing in practice.</li>
 * </ul>
 * The interval is measured with {@link System#nanoTime()}, not the application clock, which tests may fix.
 */
@Service
public class StatutoryCalendar {

  private static final Logger log = LoggerFactory.getLogger(StatutoryCalendar.class);

  static final int CHECK_SECONDS = 30;
  private static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(CHECK_SECONDS);

  private record Loaded(CalendarSnapshot snapshot, long revision, long checkedAt) {}

  /** Null for a fixed calendar ({@link #of}). */
  private final CalendarMapper mapper;
  private final Clock clock;
  private volatile Loaded loaded;

  @Autowired
  public StatutoryCalendar(CalendarMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  private StatutoryCalendar(CalendarSnapshot fixed) {
    this.mapper = null;
    this.clock = null;
    this.loaded = new Loaded(fixed, 0, 0);
  }

  /** A calendar that never reloads, over the given schedules (tests, tools). */
  public static StatutoryCalendar of(CalendarSnapshot snapshot) {
    return new StatutoryCalendar(snapshot);
  }

  public boolean isWorkingDay(LocalDate day) {
    return snapshot().isWorkingDay(day);
  }

  /** The day {@code n} working days after {@code from}; the start day is not counted. */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    return snapshot().addWorkingDays(from, n);
  }

  /** The working day {@code n} working days before {@code date} (warnings ahead of a due day). */
  public LocalDate subtractWorkingDays(LocalDate date, int n) {
    return snapshot().subtractWorkingDays(date, n);
  }

  /** A period of {@code n} calendar days: {@code from + n}, moved to the next working day if that is a rest day. */
  public LocalDate addDays(LocalDate from, int n) {
    return snapshot().addDays(from, n);
  }

  /** Signed working days from {@code a} to {@code b} (see {@link CalendarSnapshot#workingDaysBetween}). */
  public int workingDaysBetween(LocalDate a, LocalDate b) {
    return snapshot().workingDaysBetween(a, b);
  }

  public boolean isLoaded(int year) {
    return snapshot().isLoaded(year);
  }

  /** The current snapshot; use one snapshot for several related computations. */
  public CalendarSnapshot snapshot() {
    Loaded current = loaded;
    if (mapper != null && (current == null || System.nanoTime() - current.checkedAt() > CHECK_NANOS)) {
      current = refresh(current);
    }
    return current.snapshot();
  }

  /** Drops the snapshot; the next call reloads. Waits for a reload in progress, so none can overwrite this. */
  public synchronized void invalidate() {
    if (mapper != null) {
      loaded = null;
    }
  }

  private synchronized Loaded refresh(Loaded seen) {
    Loaded current = loaded;
    if (current != null && current != seen) {
      return current; // another thread refreshed while this one waited
    }
    long now = System.nanoTime();
    // revision first: a change committed between the two reads only makes the next check reload again
    long revision = mapper.revisionStamp();
    if (current != null && current.revision() == revision) {
      loaded = new Loaded(current.snapshot(), revision, now);
    } else {
      CalendarSnapshot snapshot = new CalendarSnapshot(toSchedules(mapper.findAllDays()));
      loaded = new Loaded(snapshot, revision, now);
      warnWhenNextYearIsMissing(snapshot);
    }
    return loaded;
  }

  /** Deadlines of a few weeks reach into next year from about December: say so in the log early. */
  private void warnWhenNextYearIsMissing(CalendarSnapshot snapshot) {
    int year = LocalDate.now(clock).getYear();
    if (!snapshot.isLoaded(year) || !snapshot.isLoaded(year + 1)) {
      log.warn("Statutory calendar: loaded years {}; {} is missing. Deadlines reaching into it fail until an "
          + "administrator loads it (PUT /api/calendar/years/{}).", snapshot.years().keySet(),
          snapshot.isLoaded(year) ? year + 1 : year, snapshot.isLoaded(year) ? year + 1 : year);
    }
  }

  static List<YearSchedule> toSchedules(List<YearDayRow> rows) {
    Map<Integer, List<YearDayRow>> byYear = new LinkedHashMap<>();
    for (YearDayRow row : rows) {
      byYear.computeIfAbsent(row.calYear(), y -> new ArrayList<>()).add(row);
    }
    List<YearSchedule> schedules = new ArrayList<>();
    byYear.forEach((year, yearRows) -> {
      TreeSet<LocalDate> rest = new TreeSet<>();
      TreeSet<LocalDate> work = new TreeSet<>();
      for (YearDayRow row : yearRows) {
        if (row.calDay() != null) {
          ("WORK".equals(row.kind()) ? work : rest).add(row.calDay());
        }
      }
      YearDayRow first = yearRows.get(0);
      schedules.add(new YearSchedule(year, rest, work, first.loadedAt(), first.loadedBy(), first.source()));
    });
    return schedules;
  }
}
