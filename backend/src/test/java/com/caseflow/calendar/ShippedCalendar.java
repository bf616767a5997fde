package com.caseflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The schedules exactly as shipped in db/migration/V2__calendar.sql, for unit tests. */
final class ShippedCalendar {

  private static final Pattern YEAR = Pattern.compile("\\((\\d{4}), TIMESTAMP '");
  private static final Pattern DAY = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', (\\d{4}), '(REST|WORK)'\\)");

  static final List<YearSchedule> SCHEDULES = load();
  static final CalendarSnapshot SNAPSHOT = new CalendarSnapshot(SCHEDULES);

  private ShippedCalendar() {}

  private static List<YearSchedule> load() {
    String sql;
    try (InputStream in = ShippedCalendar.class.getResourceAsStream("/db/migration/V2__calendar.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Map<Integer, List<LocalDate>> rest = new TreeMap<>();
    Map<Integer, List<LocalDate>> work = new TreeMap<>();
    Matcher years = YEAR.matcher(sql);
    while (years.find()) {
      rest.put(Integer.parseInt(years.group(1)), new ArrayList<>());
      work.put(Integer.parseInt(years.group(1)), new ArrayList<>());
    }
    Matcher days = DAY.matcher(sql);
    while (days.find()) {
      int year = Integer.parseInt(days.group(2));
      LocalDate day = LocalDate.parse(days.group(1));
      if (day.getYear() != year) {
        throw new IllegalStateException(day + " filed under " + year);
      }
      (days.group(3).equals("REST") ? rest : work).get(year).add(day);
    }
    List<YearSchedule> out = new ArrayList<>();
    rest.forEach((year, r) -> out.add(YearSchedule.of(year, r, work.get(year))));
    return out;
  }
}
