package com.caseflow.spotcheck;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface SpotCheckMapper {

  /** Insert holder for cf_spot_check_batch (MyBatis fills id). */
  final class NewBatch {
    public Long id;
    public String fileName;
    public String fileSha256;
    public String importMode;
    public int rowCount;
    public int importedCount;
    public int rejectedCount;
    public String agencyCode;
    public String importedBy;
    public Instant importedAt;
  }

  /** Insert holder for cf_spot_check_sample. */
  final class NewSample {
    public Long id;
    public SpotCheckSample s;
    public long batchId;
    public Instant importedAt;

    NewSample(SpotCheckSample s, long batchId, Instant importedAt) {
      this.s = s;
      this.batchId = batchId;
      this.importedAt = importedAt;
    }
  }

  @Insert("""
      INSERT INTO cf_spot_check_batch (file_name, file_sha256, import_mode, row_count, imported_count, rejected_count,
        agency_code, imported_by, imported_at)
      VALUES (#{fileName}, #{fileSha256}, #{importMode}, #{rowCount}, #{importedCount}, #{rejectedCount},
        #{agencyCode}, #{importedBy}, #{importedAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertBatch(NewBatch batch);

  @Insert("""
      INSERT INTO cf_spot_check_sample (batch_id, source_row, campaign_code, agency_code, enterprise_name, enterprise_uscc,
        product_name, brand, product_model, batch_no, standard_code, lab_name, report_no, test_result,
        non_conforming_items, sampling_place, sampling_date, violation_shown, imported_by, imported_at)
      VALUES (#{batchId}, #{s.sourceRow}, #{s.campaignCode}, #{s.agencyCode}, #{s.enterpriseName}, #{s.enterpriseUscc},
        #{s.productName}, #{s.brand}, #{s.productModel}, #{s.batchNo}, #{s.standardCode}, #{s.labName}, #{s.reportNo},
        #{s.testResult}, #{s.nonConformingItems}, #{s.samplingPlace}, #{s.samplingDate}, #{s.violationShown},
        #{s.importedBy}, #{importedAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertSample(NewSample sample);

  @Update("UPDATE cf_spot_check_sample SET process_instance_id = #{pi} WHERE id = #{id}")
  void setProcessInstance(@Param("id") long id, @Param("pi") String processInstanceId);

  @Select("""
      <script>SELECT report_no FROM cf_spot_check_sample WHERE UPPER(report_no) IN
      <foreach item="r" collection="reportNos" open="(" separator="," close=")">UPPER(#{r})</foreach></script>""")
  List<String> findStoredReportNos(@Param("reportNos") Collection<String> reportNos);

  String COLUMNS = """
      s.id, s.batch_id, s.source_row, s.campaign_code, s.agency_code, s.enterprise_name, s.enterprise_uscc,
      s.product_name, s.brand, s.product_model, s.batch_no, s.standard_code, s.lab_name, s.report_no, s.test_result,
      s.non_conforming_items, s.sampling_place, s.sampling_date, s.violation_shown, s.process_instance_id,
      s.imported_by, s.imported_at""";

  String FILTER = """
      FROM cf_spot_check_sample s JOIN cf_agency a ON a.code = s.agency_code
      <where>
        <if test="q.agencyCode != null">AND s.agency_code = #{q.agencyCode}</if>
        <if test="q.agencyPath != null">AND a.path LIKE CONCAT(#{q.agencyPath}, '%')</if>
        <if test="q.campaign != null">AND s.campaign_code = #{q.campaign}</if>
        <if test="q.result != null">AND s.test_result = #{q.result}</if>
        <if test="q.place != null">AND s.sampling_place = #{q.place}</if>
        <if test="q.uscc != null">AND s.enterprise_uscc = #{q.uscc}</if>
        <if test="q.batchId != null">AND s.batch_id = #{q.batchId}</if>
      </where>""";

  /** Filters; agencyCode (own agency only) or agencyPath (subtree) restrict the scope, both null = all. */
  record Query(String agencyCode, String agencyPath, String campaign, String result, String place, String uscc,
      Long batchId, int limit, int offset) {}

  @Select("<script>SELECT " + COLUMNS + " " + FILTER
      + " ORDER BY s.sampling_date DESC, s.id DESC LIMIT #{q.limit} OFFSET #{q.offset}</script>")
  List<SpotCheckSample> find(@Param("q") Query query);

  @Select("<script>SELECT COUNT(*) " + FILTER + "</script>")
  long count(@Param("q") Query query);

  @Select("SELECT " + COLUMNS + " FROM cf_spot_check_sample s WHERE s.id = #{id}")
  SpotCheckSample findById(long id);

  @Select("SELECT COUNT(*) FROM cf_spot_check_sample")
  long countAll();
}
