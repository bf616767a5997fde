package com.caseflow.inspection;

import com.caseflow.inspection.InspectionRecords.Conflict;
import com.caseflow.inspection.InspectionRecords.Draw;
import com.caseflow.inspection.InspectionRecords.Inspection;
import com.caseflow.inspection.InspectionRecords.Inspector;
import com.caseflow.inspection.InspectionRecords.Plan;
import com.caseflow.inspection.InspectionRecords.Target;
import java.math.BigDecimal;
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
public interface InspectionMapper {

  String TARGET = "id, target_type, name, uscc, address, agency_code, agency_path";
  String PLAN = """
      id, campaign_code, name, target_type, agency_code, agency_path, sample_percent, sample_count, period_start,
      period_end, status, created_at, created_by, drawn_at, drawn_by, published_at, published_by""";
  String INSPECTION = """
      i.id, i.plan_id, i.draw_order, i.target_id, t.name, t.uscc, t.target_type, t.agency_code, i.inspector1,
      i.inspector2, i.status, i.process_instance_id, i.inspection_date, i.inspection_result, i.findings, i.photo_refs,
      i.problem_found, i.rectification_deadline, i.rectified, i.lead_id, i.public_result, i.public_summary,
      i.published_date""";

  // ---- targets
  @Select("SELECT " + TARGET + " FROM cf_inspection_target WHERE target_type = #{type} AND uscc = #{uscc}")
  Target findTarget(@Param("type") String type, @Param("uscc") String uscc);

  @Select("SELECT " + TARGET + " FROM cf_inspection_target WHERE id = #{id}")
  Target target(long id);

  @Insert("""
      INSERT INTO cf_inspection_target (target_type, name, uscc, address, agency_code, agency_path, imported_at, imported_by)
      VALUES (#{t.targetType}, #{t.name}, #{t.uscc}, #{t.address}, #{t.agencyCode}, #{t.agencyPath}, #{at}, #{by})""")
  void insertTarget(@Param("t") Target t, @Param("at") Instant at, @Param("by") String by);

  @Update("""
      UPDATE cf_inspection_target SET name = #{t.name}, address = #{t.address}, agency_code = #{t.agencyCode},
      agency_path = #{t.agencyPath}, imported_at = #{at}, imported_by = #{by} WHERE id = #{t.id}""")
  void updateTarget(@Param("t") Target t, @Param("at") Instant at, @Param("by") String by);

  @Select("""
      <script>SELECT id, target_type, name, uscc, address, agency_code, agency_path FROM cf_inspection_target
      WHERE agency_path LIKE CONCAT(#{path}, '%')
      <if test="type != null"> AND target_type = #{type}</if>
      <if test="q != null"> AND (name LIKE CONCAT('%', #{q}, '%') OR uscc = #{q})</if>
      ORDER BY id LIMIT #{limit} OFFSET #{offset}</script>""")
  List<Target> targets(@Param("path") String path, @Param("type") String type, @Param("q") String q,
      @Param("limit") int limit, @Param("offset") int offset);

  @Select("""
      <script>SELECT COUNT(*) FROM cf_inspection_target WHERE agency_path LIKE CONCAT(#{path}, '%')
      <if test="type != null"> AND target_type = #{type}</if>
      <if test="q != null"> AND (name LIKE CONCAT('%', #{q}, '%') OR uscc = #{q})</if></script>""")
  long countTargets(@Param("path") String path, @Param("type") String type, @Param("q") String q);

  @Select("SELECT id FROM cf_inspection_target WHERE target_type = #{type} AND agency_path LIKE CONCAT(#{path}, '%') ORDER BY id")
  List<Long> eligibleTargetIds(@Param("type") String type, @Param("path") String path);

  // ---- inspectors
  @Select("SELECT user_id, agency_code, agency_path, credential_no, valid_until, active FROM cf_inspector WHERE user_id = #{userId}")
  Inspector inspector(String userId);

  @Select("SELECT user_id, agency_code, agency_path, credential_no, valid_until, active FROM cf_inspector WHERE credential_no = #{no}")
  Inspector inspectorByCredential(String no);

  @Select("""
      SELECT user_id, agency_code, agency_path, credential_no, valid_until, active FROM cf_inspector
      WHERE agency_path LIKE CONCAT(#{path}, '%') ORDER BY agency_path, user_id""")
  List<Inspector> inspectors(String path);

  @Insert("""
      INSERT INTO cf_inspector (user_id, agency_code, agency_path, credential_no, valid_until, active, updated_at, updated_by)
      VALUES (#{i.userId}, #{i.agencyCode}, #{i.agencyPath}, #{i.credentialNo}, #{i.validUntil}, #{i.active}, #{at}, #{by})""")
  void insertInspector(@Param("i") Inspector i, @Param("at") Instant at, @Param("by") String by);

  @Update("""
      UPDATE cf_inspector SET agency_code = #{i.agencyCode}, agency_path = #{i.agencyPath}, credential_no = #{i.credentialNo},
      valid_until = #{i.validUntil}, active = #{i.active}, updated_at = #{at}, updated_by = #{by} WHERE user_id = #{i.userId}""")
  void updateInspector(@Param("i") Inspector i, @Param("at") Instant at, @Param("by") String by);

  /** Inspectors who may be drawn: in the region subtree, active, credential valid through the plan period. */
  @Select("""
      SELECT user_id FROM cf_inspector WHERE agency_path LIKE CONCAT(#{path}, '%') AND active = TRUE
      AND valid_until >= #{validThrough} ORDER BY user_id""")
  List<String> eligibleInspectorIds(@Param("path") String path, @Param("validThrough") LocalDate validThrough);

  // ---- conflicts
  @Insert("""
      INSERT INTO cf_inspection_conflict (inspector_id, target_id, reason, created_at, created_by)
      VALUES (#{inspectorId}, #{targetId}, #{reason}, #{at}, #{by})""")
  @Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
  void insertConflict(@Param("row") InspectionRecords.NewRow row, @Param("inspectorId") String inspectorId,
      @Param("targetId") long targetId, @Param("reason") String reason, @Param("at") Instant at, @Param("by") String by);

  @Select("""
      <script>SELECT c.id, c.inspector_id, c.target_id, t.name, c.reason, c.created_at, c.created_by
      FROM cf_inspection_conflict c JOIN cf_inspection_target t ON t.id = c.target_id
      WHERE t.agency_path LIKE CONCAT(#{path}, '%')
      <if test="targetId != null"> AND c.target_id = #{targetId}</if>
      <if test="inspectorId != null"> AND c.inspector_id = #{inspectorId}</if>
      ORDER BY c.id</script>""")
  List<Conflict> conflicts(@Param("path") String path, @Param("targetId") Long targetId,
      @Param("inspectorId") String inspectorId);

  @Select("SELECT c.id, c.inspector_id, c.target_id, t.name, c.reason, c.created_at, c.created_by FROM cf_inspection_conflict c JOIN cf_inspection_target t ON t.id = c.target_id WHERE c.id = #{id}")
  Conflict conflict(long id);

  @Select("SELECT COUNT(*) FROM cf_inspection_conflict WHERE inspector_id = #{inspectorId} AND target_id = #{targetId}")
  int conflictExists(@Param("inspectorId") String inspectorId, @Param("targetId") long targetId);

  @Delete("DELETE FROM cf_inspection_conflict WHERE id = #{id}")
  void deleteConflict(long id);

  /** Conflicts among the given targets, for the draw input. */
  @Select("""
      SELECT c.inspector_id, c.target_id FROM cf_inspection_conflict c JOIN cf_inspection_target t ON t.id = c.target_id
      WHERE t.target_type = #{type} AND t.agency_path LIKE CONCAT(#{path}, '%') ORDER BY c.inspector_id, c.target_id""")
  List<RandomDraw.Conflict> conflictsForDraw(@Param("type") String type, @Param("path") String path);

  // ---- plans
  @Insert("""
      INSERT INTO cf_inspection_plan (campaign_code, name, target_type, agency_code, agency_path, sample_percent,
        sample_count, period_start, period_end, status, created_at, created_by)
      VALUES (#{campaignCode}, #{name}, #{targetType}, #{agencyCode}, #{agencyPath}, #{samplePercent}, #{sampleCount},
        #{periodStart}, #{periodEnd}, 'DRAFT', #{at}, #{by})""")
  @Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
  void insertPlan(@Param("row") InspectionRecords.NewRow row, @Param("campaignCode") String campaignCode,
      @Param("name") String name, @Param("targetType") String targetType, @Param("agencyCode") String agencyCode,
      @Param("agencyPath") String agencyPath, @Param("samplePercent") BigDecimal samplePercent,
      @Param("sampleCount") Integer sampleCount, @Param("periodStart") LocalDate periodStart,
      @Param("periodEnd") LocalDate periodEnd, @Param("at") Instant at, @Param("by") String by);

  @Select("SELECT " + PLAN + " FROM cf_inspection_plan WHERE id = #{id}")
  Plan plan(long id);

  /** Locks the plan row: concurrent draws/publications of one plan queue behind each other. */
  @Select("SELECT " + PLAN + " FROM cf_inspection_plan WHERE id = #{id} FOR UPDATE")
  Plan lockPlan(long id);

  @Select("""
      <script>SELECT id, campaign_code, name, target_type, agency_code, agency_path, sample_percent, sample_count,
      period_start, period_end, status, created_at, created_by, drawn_at, drawn_by, published_at, published_by
      FROM cf_inspection_plan WHERE agency_path LIKE CONCAT(#{path}, '%')
      <if test="campaign != null"> AND campaign_code = #{campaign}</if> ORDER BY id DESC</script>""")
  List<Plan> plans(@Param("path") String path, @Param("campaign") String campaign);

  @Update("UPDATE cf_inspection_plan SET status = 'DRAWN', drawn_at = #{at}, drawn_by = #{by} WHERE id = #{id}")
  void markDrawn(@Param("id") long id, @Param("at") Instant at, @Param("by") String by);

  @Update("UPDATE cf_inspection_plan SET status = 'PUBLISHED', published_at = #{at}, published_by = #{by} WHERE id = #{id}")
  void markPublished(@Param("id") long id, @Param("at") Instant at, @Param("by") String by);

  // ---- draws
  @Delete("DELETE FROM cf_inspection_draw WHERE plan_id = #{planId}")
  void deleteDraw(long planId);

  @Insert("""
      INSERT INTO cf_inspection_draw (plan_id, seed, algorithm, algorithm_version, log_json, drawn_at, drawn_by)
      VALUES (#{planId}, #{seed}, #{algorithm}, #{algorithmVersion}, #{logJson}, #{drawnAt}, #{drawnBy})""")
  void insertDraw(Draw draw);

  @Select("SELECT plan_id, seed, algorithm, algorithm_version, log_json, drawn_at, drawn_by FROM cf_inspection_draw WHERE plan_id = #{planId}")
  Draw draw(long planId);

  // ---- inspections
  @Delete("DELETE FROM cf_inspection WHERE plan_id = #{planId}")
  void deleteInspections(long planId);

  @Insert("""
      INSERT INTO cf_inspection (plan_id, draw_order, target_id, inspector1, inspector2, status)
      VALUES (#{planId}, #{order}, #{a.targetId}, #{a.inspector1}, #{a.inspector2}, 'DRAWN')""")
  void insertInspection(@Param("planId") long planId, @Param("order") int order, @Param("a") RandomDraw.Assignment a);

  @Select("SELECT " + INSPECTION + " FROM cf_inspection i JOIN cf_inspection_target t ON t.id = i.target_id WHERE i.plan_id = #{planId} ORDER BY i.draw_order")
  List<Inspection> inspections(long planId);

  @Select("SELECT " + INSPECTION + " FROM cf_inspection i JOIN cf_inspection_target t ON t.id = i.target_id WHERE i.id = #{id}")
  Inspection inspection(long id);

  @Update("UPDATE cf_inspection SET status = 'ASSIGNED', process_instance_id = #{pi} WHERE id = #{id}")
  void setProcess(@Param("id") long id, @Param("pi") String processInstanceId);

  @Update("""
      UPDATE cf_inspection SET status = 'INSPECTED', inspection_date = #{date}, inspection_result = #{result},
      findings = #{findings}, photo_refs = #{photos}, problem_found = #{problem} WHERE id = #{id}""")
  void recordInspected(@Param("id") long id, @Param("date") LocalDate date, @Param("result") String result,
      @Param("findings") String findings, @Param("photos") String photos, @Param("problem") boolean problem);

  @Update("UPDATE cf_inspection SET status = 'RECTIFICATION_ORDERED', rectification_deadline = #{deadline} WHERE id = #{id}")
  void recordRectificationOrdered(@Param("id") long id, @Param("deadline") LocalDate deadline);

  @Update("UPDATE cf_inspection SET status = #{status}, rectified = #{rectified} WHERE id = #{id}")
  void recordRecheck(@Param("id") long id, @Param("status") String status, @Param("rectified") boolean rectified);

  @Update("UPDATE cf_inspection SET status = 'LEAD_OPENED', lead_id = #{leadId} WHERE id = #{id}")
  void recordLead(@Param("id") long id, @Param("leadId") long leadId);

  @Update("""
      UPDATE cf_inspection SET status = 'PUBLISHED', public_result = #{result}, public_summary = #{summary},
      published_date = #{date} WHERE id = #{id}""")
  void recordPublished(@Param("id") long id, @Param("result") String result, @Param("summary") String summary,
      @Param("date") LocalDate date);

  @Select("""
      SELECT COUNT(*),
        COALESCE(SUM(CASE WHEN inspection_date IS NOT NULL THEN 1 ELSE 0 END), 0),
        COALESCE(SUM(CASE WHEN problem_found = TRUE THEN 1 ELSE 0 END), 0),
        COALESCE(SUM(CASE WHEN lead_id IS NOT NULL THEN 1 ELSE 0 END), 0),
        COALESCE(SUM(CASE WHEN rectification_deadline IS NOT NULL THEN 1 ELSE 0 END), 0),
        COALESCE(SUM(CASE WHEN rectified = TRUE THEN 1 ELSE 0 END), 0),
        COALESCE(SUM(CASE WHEN published_date IS NOT NULL THEN 1 ELSE 0 END), 0)
      FROM cf_inspection WHERE plan_id = #{planId}""")
  Counts counts(long planId);

  record Counts(long drawn, long inspected, long problems, long leads, long rectificationOrdered, long rectified,
      long published) {}

  /** Published results of a campaign (一公开), public fields only. */
  @Select("""
      <script>SELECT t.name, t.uscc, t.target_type, t.agency_code, i.inspection_date, i.public_result, i.public_summary, i.published_date
      FROM cf_inspection i JOIN cf_inspection_target t ON t.id = i.target_id JOIN cf_inspection_plan p ON p.id = i.plan_id
      WHERE i.published_date IS NOT NULL <if test="campaign != null"> AND p.campaign_code = #{campaign}</if>
      ORDER BY i.published_date DESC, i.id DESC LIMIT 500</script>""")
  List<PublicResult> publishedResults(@Param("campaign") String campaign);

  record PublicResult(String targetName, String targetUscc, String targetType, String agencyCode,
      LocalDate inspectionDate, String result, String summary, LocalDate publishedDate) {}
}
