package com.caseflow.labcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Testing institutions (检验检测机构) of the inspection directory and the spot checks whose reports they issued. */
@Mapper
public interface LabCheckMapper {

  record Institution(Long id, String name, String uscc, String address, String agencyCode, String agencyPath,
      long spotChecks) {}

  record LabSample(Long id, String reportNo, String enterpriseName, String enterpriseUscc, String productName,
      String testResult, String nonConformingItems, LocalDate samplingDate, String campaignCode, String agencyCode) {}

  record LabInspection(Long id, Long planId, String status, LocalDate inspectionDate, String inspectionResult,
      String findings, Long leadId) {}

  record Finding(Long leadId, String campaignCode, String stage, String description, Instant registeredAt,
      String registeredBy, String originKey) {}

  @Select("""
      <script>SELECT t.id, t.name, t.uscc, t.address, t.agency_code, t.agency_path,
        (SELECT COUNT(*) FROM cf_spot_check_sample s WHERE s.lab_name = t.name) AS spot_checks
      FROM cf_inspection_target t
      WHERE t.target_type = 'TESTING_INSTITUTION' AND t.agency_path LIKE CONCAT(#{path}, '%')
      <if test="q != null"> AND (t.name LIKE CONCAT('%', #{q}, '%') OR t.uscc = #{q})</if>
      ORDER BY t.name, t.id</script>""")
  List<Institution> institutions(@Param("path") String path, @Param("q") String q);

  @Select("""
      SELECT t.id, t.name, t.uscc, t.address, t.agency_code, t.agency_path,
        (SELECT COUNT(*) FROM cf_spot_check_sample s WHERE s.lab_name = t.name) AS spot_checks
      FROM cf_inspection_target t WHERE t.id = #{id} AND t.target_type = 'TESTING_INSTITUTION'""")
  Institution institution(long id);

  @Select("""
      SELECT id, report_no, enterprise_name, enterprise_uscc, product_name, test_result, non_conforming_items,
        sampling_date, campaign_code, agency_code
      FROM cf_spot_check_sample WHERE lab_name = #{labName} ORDER BY sampling_date DESC, id DESC""")
  List<LabSample> samples(String labName);

  @Select("""
      SELECT id, plan_id, status, inspection_date, inspection_result, findings, lead_id
      FROM cf_inspection WHERE target_id = #{targetId} ORDER BY id DESC""")
  List<LabInspection> inspections(long targetId);

  @Select("""
      SELECT id AS lead_id, campaign_code, stage, description, registered_at, registered_by, origin_key
      FROM cf_case WHERE origin_key LIKE CONCAT(#{prefix}, '%') ORDER BY id DESC""")
  List<Finding> findings(String prefix);
}
