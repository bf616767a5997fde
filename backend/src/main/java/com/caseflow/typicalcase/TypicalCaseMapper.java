package com.caseflow.typicalcase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface TypicalCaseMapper {

  String COLS = """
      id, case_id, campaign_code, agency_code, agency_path, status, title, party_display, facts, legal_basis, penalty,
      decision_no, drafted_by, drafted_at, approved_by, approved_at, published_at""";

  record TypicalCase(Long id, Long caseId, String campaignCode, String agencyCode, String agencyPath, String status,
      String title, String partyDisplay, String facts, String legalBasis, String penalty, String decisionNo,
      String draftedBy, Instant draftedAt, String approvedBy, Instant approvedAt, Instant publishedAt) {}

  /** What the public page shows: nothing else leaves the building. */
  record PublicTypicalCase(Long id, String campaignCode, String campaignName, String agencyName, String title,
      String partyDisplay, String facts, String legalBasis, String penalty, String decisionNo, Instant publishedAt) {}

  /** The case-file facts a draft starts from. */
  record CaseFacts(Long id, String campaignCode, String agencyCode, String agencyPath, String partyType, String partyName,
      String description, String caseNo, String decisionNo, BigDecimal fineAmount, BigDecimal confiscationValue,
      String caseResult, Instant closedAt, String processInstanceId) {}

  class NewRow {
    public Long id;
  }

  @Select("""
      SELECT id, campaign_code, agency_code, agency_path, party_type, party_name, description, case_no, decision_no,
      fine_amount, confiscation_value, case_result, closed_at, process_instance_id FROM cf_case WHERE id = #{id}""")
  CaseFacts caseFacts(long id);

  @Insert("""
      INSERT INTO cf_typical_case (case_id, campaign_code, agency_code, agency_path, status, title, party_display, facts,
        legal_basis, penalty, decision_no, drafted_by, drafted_at)
      VALUES (#{c.caseId}, #{c.campaignCode}, #{c.agencyCode}, #{c.agencyPath}, 'DRAFT', #{c.title}, #{c.partyDisplay},
        #{c.facts}, #{c.legalBasis}, #{c.penalty}, #{c.decisionNo}, #{c.draftedBy}, #{c.draftedAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
  void insert(@Param("row") NewRow row, @Param("c") TypicalCase c);

  @Select("SELECT " + COLS + " FROM cf_typical_case WHERE id = #{id}")
  TypicalCase find(long id);

  @Select("SELECT " + COLS + " FROM cf_typical_case WHERE case_id = #{caseId}")
  TypicalCase findByCase(long caseId);

  @Select("""
      <script>SELECT id, case_id, campaign_code, agency_code, agency_path, status, title, party_display, facts, legal_basis,
      penalty, decision_no, drafted_by, drafted_at, approved_by, approved_at, published_at FROM cf_typical_case
      WHERE agency_path LIKE CONCAT(#{path}, '%') <if test="campaign != null"> AND campaign_code = #{campaign}</if>
      ORDER BY id DESC</script>""")
  List<TypicalCase> list(@Param("path") String path, @Param("campaign") String campaign);

  @Update("""
      UPDATE cf_typical_case SET title = #{title}, party_display = #{partyDisplay}, facts = #{facts},
      legal_basis = #{legalBasis}, penalty = #{penalty} WHERE id = #{id} AND status = 'DRAFT'""")
  int update(TypicalCase c);

  @Update("UPDATE cf_typical_case SET status = 'APPROVED', approved_by = #{by}, approved_at = #{at} WHERE id = #{id} AND status = 'DRAFT'")
  int approve(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

  @Update("UPDATE cf_typical_case SET status = 'PUBLISHED', published_at = #{at} WHERE id = #{id} AND status = 'APPROVED'")
  int publish(@Param("id") long id, @Param("at") Instant at);

  @Select("""
      <script>SELECT t.id, t.campaign_code, c.name, a.name, t.title, t.party_display, t.facts, t.legal_basis, t.penalty,
      t.decision_no, t.published_at
      FROM cf_typical_case t JOIN cf_campaign c ON c.code = t.campaign_code JOIN cf_agency a ON a.code = t.agency_code
      WHERE t.status = 'PUBLISHED' <if test="campaign != null"> AND t.campaign_code = #{campaign}</if>
      ORDER BY t.published_at DESC, t.id DESC LIMIT 200</script>""")
  List<PublicTypicalCase> published(@Param("campaign") String campaign);
}
