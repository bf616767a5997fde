package com.caseflow.demo;

import com.caseflow.calendar.CalendarYearService;
import com.caseflow.calendar.StatutoryCalendar;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo runs only: loads a provisional holiday schedule for years whose State Council notice is not in
 * the shipped data (the statutory holidays of 《全国年节及纪念日放假办法》 on that year's lunar dates,
 * with make-up days for holidays on weekends, and no adjusted working days). Without it a demo started
 * late in a year could not file a case: the 90-day case limit already ends in the next year, and the
 * calendar refuses to guess. The schedule says it is provisional in its source; an administrator
 * replaces it with the notice (PUT /api/calendar/years/{year}). Production (mysql profile) never loads it.
 */
@Component
@Order(0)
class ProvisionalCalendarDemo implements DemoScenario {

  private static final Logger log = LoggerFactory.getLogger(ProvisionalCalendarDemo.class);
  /** Recorded as who loaded the year. */
  private static final String LOADED_BY = "demo-data";

  private final CalendarYearService years;
  private final StatutoryCalendar calendar;
  private final ObjectMapper json;
  private final List<Integer> provisionalYears;

  ProvisionalCalendarDemo(
      CalendarYearService years, StatutoryCalendar calendar, ObjectMapper json,
      @Value("${caseflow.demo.provisional-calendar-years:}") List<Integer> provisionalYears) {
    this.years = years;
    this.calendar = calendar;
    this.json = json;
    this.provisionalYears = provisionalYears;
  }

  @Override
  public void loadOnce() {
    for (int year : provisionalYears) {
      if (calendar.isLoaded(year)) {
        continue;
      }
      ClassPathResource file = new ClassPathResource("demo/calendar-provisional-" + year + ".json");
      try (InputStream in = file.getInputStream()) {
        years.setYear(year, json.readValue(in, CalendarYearService.YearRequest.class), LOADED_BY);
        log.warn("Loaded a PROVISIONAL holiday schedule for {} (demo data). Replace it with the State Council "
            + "notice: PUT /api/calendar/years/{}", year, year);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + file.getPath(), e);
      }
    }
  }

}
