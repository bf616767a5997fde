package com.caseflow.admonitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AdMonitoringMapper {

  String COLS = """
      r.id, r.campaign_code, r.agency_code, r.agency_path, r.media, r.advertiser_name, r.advertiser_uscc,
      r.product_category, r.product_name, r.ad_date, r.violation_type, r.description, r.entry_mode, r.source_row,
      r.lead_id, r.created_at, r.created_by""";

  record AdRecordRow(Long id, String campaignCode, String agencyCode, String agencyPath, String media,
      String advertiserName, String advertiserUscc, String productCategory, String productName, LocalDate adDate,
      String violationType, String description, String entryMode, Integer sourceRow, Long leadId, Instant createdAt,
      String createdBy) {}

  record KeyPeriodRow(Long id, Integer year, String code, LocalDate startDate, LocalDate endDate, Instant updatedAt,
      String updatedBy) {}

  record Count(String code, long records, long violations) {}

  class NewRow {
    public Long id;
  }

  @Insert("""
      INSERT INTO cf_ad_record (campaign_code, agency_code, agency_path, media, advertiser_name, advertiser_uscc,
        product_category, product_name, ad_date, violation_type, description, entry_mode, source_row, created_at, created_by)
      VALUES (#{r.campaignCode}, #{r.agencyCode}, #{r.agencyPath}, #{r.media}, #{r.advertiserName}, #{r.advertiserUscc},
        #{r.productCategory}, #{r.productName}, #{r.adDate}, #{r.violationType}, #{r.description}, #{r.entryMode},
        #{r.sourceRow}, #{r.createdAt}, #{r.createdBy})""")
  @Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
  void insert(@Param("row") NewRow row, @Param("r") AdRecordRow r);

  @Update("UPDATE cf_ad_record SET lead_id = #{leadId} WHERE id = #{id}")
  void setLead(@Param("id") long id, @Param("leadId") long leadId);

  @Select("SELECT " + COLS + " FROM cf_ad_record r WHERE r.id = #{id}")
  AdRecordRow find(long id);

  String FILTER = """
      <where>
        r.agency_path LIKE CONCAT(#{path}, '%')
        <if test="campaign != null"> AND r.campaign_code = #{campaign}</if>
        <if test="category != null"> AND r.product_category = #{category}</if>
        <if test="violation != null"> AND r.violation_type = #{violation}</if>
        <if test="from != null"> AND r.ad_date &gt;= #{from}</if>
        <if test="to != null"> AND r.ad_date &lt;= #{to}</if>
        <if test="keyPeriod != null"> AND EXISTS (SELECT 1 FROM cf_ad_record_period p WHERE p.record_id = r.id AND p.code = #{keyPeriod})</if>
      </where>""";

  @Select("<script>SELECT " + COLS + " FROM cf_ad_record r " + FILTER
      + " ORDER BY r.ad_date DESC, r.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
  List<AdRecordRow> list(@Param("path") String path, @Param("campaign") String campaign,
      @Param("category") String category, @Param("violation") String violation, @Param("keyPeriod") String keyPeriod,
      @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("limit") int limit, @Param("offset") int offset);

  @Select("<script>SELECT COUNT(*) FROM cf_ad_record r " + FILTER + "</script>")
  long count(@Param("path") String path, @Param("campaign") String campaign, @Param("category") String category,
      @Param("violation") String violation, @Param("keyPeriod") String keyPeriod, @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  String FIGURE_CONDITIONS = """
      <where>
        r.agency_path LIKE CONCAT(#{path}, '%')
        <if test="campaign != null"> AND r.campaign_code = #{campaign}</if>
        <if test="from != null"> AND r.ad_date &gt;= #{from}</if>
        <if test="to != null"> AND r.ad_date &lt;= #{to}</if>
      """;

  String FIGURE_FILTER = FIGURE_CONDITIONS + "</where>";

  @Select("<script>SELECT r.product_category AS code, COUNT(*) AS records,"
      + " SUM(CASE WHEN r.violation_type &lt;&gt; 'NONE' THEN 1 ELSE 0 END) AS violations FROM cf_ad_record r "
      + FIGURE_FILTER + " GROUP BY r.product_category</script>")
  List<Count> byCategory(@Param("path") String path, @Param("campaign") String campaign, @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  @Select("<script>SELECT r.violation_type AS code, COUNT(*) AS records,"
      + " SUM(CASE WHEN r.violation_type &lt;&gt; 'NONE' THEN 1 ELSE 0 END) AS violations FROM cf_ad_record r "
      + FIGURE_FILTER + " GROUP BY r.violation_type</script>")
  List<Count> byViolation(@Param("path") String path, @Param("campaign") String campaign, @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  @Select("<script>SELECT p.code AS code, COUNT(*) AS records,"
      + " SUM(CASE WHEN r.violation_type &lt;&gt; 'NONE' THEN 1 ELSE 0 END) AS violations"
      + " FROM cf_ad_record r JOIN cf_ad_record_period p ON p.record_id = r.id "
      + FIGURE_FILTER + " GROUP BY p.code</script>")
  List<Count> byKeyPeriod(@Param("path") String path, @Param("campaign") String campaign, @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  @Select("<script>SELECT COUNT(*) FROM cf_ad_record r " + FIGURE_CONDITIONS
      + " AND r.lead_id IS NOT NULL</where>" + "</script>")
  long leads(@Param("path") String path, @Param("campaign") String campaign, @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  @Select("<script>SELECT COUNT(*) FROM cf_ad_record r " + FIGURE_CONDITIONS
      + " AND NOT EXISTS (SELECT 1 FROM cf_ad_record_period p WHERE p.record_id = r.id)</where>" + "</script>")
  long outsideKeyPeriods(@Param("path") String path, @Param("campaign") String campaign,
      @Param("from") LocalDate from, @Param("to") LocalDate to);

  @Select("SELECT code FROM cf_ad_record_period WHERE record_id = #{id} ORDER BY code")
  List<String> periodsOf(long id);

  @Insert("INSERT INTO cf_ad_record_period (record_id, code) VALUES (#{id}, #{code})")
  void tag(@Param("id") long id, @Param("code") String code);

  @Delete("""
      DELETE FROM cf_ad_record_period WHERE record_id IN
        (SELECT id FROM cf_ad_record WHERE ad_date >= #{from} AND ad_date <= #{to})""")
  void untagBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

  @Select("SELECT id, ad_date FROM cf_ad_record WHERE ad_date >= #{from} AND ad_date <= #{to}")
  List<IdDate> recordsBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

  record IdDate(Long id, LocalDate adDate) {}

  @Select("""
      SELECT id, period_year AS year, code, start_date, end_date, updated_at, updated_by FROM cf_ad_key_period
      WHERE period_year = #{year} ORDER BY start_date, code""")
  List<KeyPeriodRow> periods(int year);

  @Select("""
      SELECT DISTINCT code FROM cf_ad_key_period WHERE start_date <= #{d} AND end_date >= #{d} ORDER BY code""")
  List<String> periodCodesOn(LocalDate d);

  @Select("SELECT DISTINCT period_year FROM cf_ad_key_period ORDER BY period_year")
  List<Integer> years();

  @Delete("DELETE FROM cf_ad_key_period WHERE period_year = #{year}")
  void deletePeriods(int year);

  @Insert("""
      INSERT INTO cf_ad_key_period (period_year, code, start_date, end_date, updated_at, updated_by)
      VALUES (#{year}, #{code}, #{start}, #{end}, #{at}, #{by})""")
  void insertPeriod(@Param("year") int year, @Param("code") String code, @Param("start") LocalDate start,
      @Param("end") LocalDate end, @Param("at") Instant at, @Param("by") String by);
}
