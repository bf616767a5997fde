package com.caseflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface CalendarMapper {

  /** A loaded year with one of its listed days (day and kind null for a year without listed days). */
  record YearDayRow(int calYear, Instant loadedAt, String loadedBy, String source, LocalDate calDay, String kind) {}

  /** A loaded year with its counts, for the admin list. */
  record YearRow(int calYear, Instant loadedAt, String loadedBy, String source, long revision,
      int restDays, int workingDays) {}

  /**
   * Every loaded year with its days in one statement, so the snapshot is built from one consistent
   * read even while an administrator replaces a year.
   */
  @Select("""
      SELECT y.cal_year, y.loaded_at, y.loaded_by, y.source, d.cal_day, d.kind
      FROM cf_calendar_year y LEFT JOIN cf_calendar_day d ON d.cal_year = y.cal_year
      ORDER BY y.cal_year, d.cal_day""")
  List<YearDayRow> findAllDays();

  @Select("""
      SELECT y.cal_year, y.loaded_at, y.loaded_by, y.source, d.cal_day, d.kind
      FROM cf_calendar_year y LEFT JOIN cf_calendar_day d ON d.cal_year = y.cal_year
      WHERE y.cal_year = #{year}
      ORDER BY d.cal_day""")
  List<YearDayRow> findYearDays(int year);

  @Select("""
      SELECT y.cal_year, y.loaded_at, y.loaded_by, y.source, y.revision,
        (SELECT COUNT(*) FROM cf_calendar_day d WHERE d.cal_year = y.cal_year AND d.kind = 'REST') AS rest_days,
        (SELECT COUNT(*) FROM cf_calendar_day d WHERE d.cal_year = y.cal_year AND d.kind = 'WORK') AS working_days
      FROM cf_calendar_year y ORDER BY y.cal_year""")
  List<YearRow> findYears();

  /** Grows with every change to any year: cheap staleness check for other nodes' snapshots. */
  @Select("SELECT COALESCE(SUM(revision), 0) FROM cf_calendar_year")
  long revisionStamp();

  /** Takes the year row's lock, so concurrent replacements of one year run one after the other. */
  @Update("""
      UPDATE cf_calendar_year SET loaded_at = #{loadedAt}, loaded_by = #{loadedBy}, source = #{source},
        revision = revision + 1
      WHERE cal_year = #{year}""")
  int touchYear(@Param("year") int year, @Param("loadedAt") Instant loadedAt, @Param("loadedBy") String loadedBy,
      @Param("source") String source);

  @Insert("""
      INSERT INTO cf_calendar_year (cal_year, loaded_at, loaded_by, source, revision)
      VALUES (#{year}, #{loadedAt}, #{loadedBy}, #{source}, 1)""")
  void insertYear(@Param("year") int year, @Param("loadedAt") Instant loadedAt, @Param("loadedBy") String loadedBy,
      @Param("source") String source);

  @Delete("DELETE FROM cf_calendar_day WHERE cal_year = #{year}")
  int deleteDays(int year);

  @Insert("""
      <script>
      INSERT INTO cf_calendar_day (cal_day, cal_year, kind) VALUES
      <foreach collection="days" item="d" separator=",">(#{d}, #{year}, #{kind})</foreach>
      </script>""")
  void insertDays(@Param("year") int year, @Param("kind") String kind, @Param("days") List<LocalDate> days);
}
