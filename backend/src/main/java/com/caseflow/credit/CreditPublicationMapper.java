package com.caseflow.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface CreditPublicationMapper {

  String COLUMNS = """
      p.id, p.decision_no, p.case_no, p.process_instance_id, p.agency_code, p.campaign_code, p.handling_officer,
      p.party_name, p.party_uscc, p.violation_type, p.penalty_kind, p.penalty_summary, p.fine_amount, p.decision_date,
      p.publication_due_date, p.pub_status, p.attempts, p.last_attempt_at, p.last_error, p.external_record_id,
      p.published_date, p.overdue, p.overdue_flagged_at, p.end_reason, p.ended_at, p.created_at""";

  /** The case a decision belongs to, for its audit rows (null: no such case, e.g. a test without a case file). */
  @Select("SELECT id FROM cf_case WHERE case_no = #{caseNo}")
  Long caseIdOf(String caseNo);

  @Select("SELECT " + COLUMNS + " FROM cf_credit_publication p WHERE p.decision_no = #{decisionNo}")
  CreditPublication find(@Param("decisionNo") String decisionNo);

  @Select("SELECT " + COLUMNS + " FROM cf_credit_publication p WHERE p.decision_no = #{decisionNo} FOR UPDATE")
  CreditPublication lock(@Param("decisionNo") String decisionNo);

  /** A new PENDING row with what is known; attempts and overdue as given. */
  @Insert("""
      INSERT INTO cf_credit_publication (decision_no, case_no, process_instance_id, agency_code, campaign_code,
        handling_officer, party_name, party_uscc, violation_type, penalty_kind, penalty_summary, fine_amount, decision_date,
        publication_due_date, pub_status, attempts, overdue, overdue_flagged_at, created_at)
      VALUES (#{p.decisionNo}, #{p.caseNo}, #{p.processInstanceId}, #{p.agencyCode}, #{p.campaignCode},
        #{p.handlingOfficer}, #{p.partyName}, #{p.partyUscc}, #{p.violationType}, #{p.penaltyKind}, #{p.penaltySummary},
        #{p.fineAmount}, #{p.decisionDate}, #{p.publicationDueDate}, 'PENDING', 0, #{p.overdue}, #{p.overdueFlaggedAt},
        #{p.createdAt})""")
  void insert(@Param("p") CreditPublication p);

  /** Refreshes the record data before an attempt (the officer may have corrected it) and counts the attempt. */
  @Update("""
      UPDATE cf_credit_publication SET case_no = #{p.caseNo}, process_instance_id = #{p.processInstanceId},
        agency_code = #{p.agencyCode}, campaign_code = #{p.campaignCode}, handling_officer = #{p.handlingOfficer},
        party_name = #{p.partyName}, party_uscc = #{p.partyUscc}, violation_type = #{p.violationType},
        penalty_kind = #{p.penaltyKind}, penalty_summary = #{p.penaltySummary}, fine_amount = #{p.fineAmount},
        decision_date = #{p.decisionDate}, publication_due_date = #{p.publicationDueDate},
        attempts = attempts + 1, last_attempt_at = #{at}
      WHERE decision_no = #{p.decisionNo}""")
  void startAttempt(@Param("p") CreditPublication p, @Param("at") Instant at);

  @Update("UPDATE cf_credit_publication SET last_error = #{error} WHERE decision_no = #{decisionNo}")
  void recordError(@Param("decisionNo") String decisionNo, @Param("error") String error);

  @Update("""
      UPDATE cf_credit_publication SET pub_status = 'PUBLISHED', external_record_id = #{recordNo},
        published_date = #{date}, last_error = NULL
      WHERE decision_no = #{decisionNo}""")
  void markPublished(@Param("decisionNo") String decisionNo, @Param("recordNo") String recordNo,
      @Param("date") LocalDate date);

  @Update("""
      UPDATE cf_credit_publication SET pub_status = 'ENDED', end_reason = #{reason}, ended_at = #{at}
      WHERE decision_no = #{decisionNo}""")
  void markEnded(@Param("decisionNo") String decisionNo, @Param("reason") String reason, @Param("at") Instant at);

  @Update("""
      UPDATE cf_credit_publication SET overdue = TRUE, overdue_flagged_at = #{at},
        publication_due_date = COALESCE(publication_due_date, #{due}), handling_officer = COALESCE(handling_officer, #{officer})
      WHERE decision_no = #{decisionNo}""")
  void markOverdue(@Param("decisionNo") String decisionNo, @Param("due") LocalDate due, @Param("officer") String officer,
      @Param("at") Instant at);

  String FILTER = """
      FROM cf_credit_publication p LEFT JOIN cf_agency a ON a.code = p.agency_code
      <where>
        <if test="q.agencyCode != null">AND p.agency_code = #{q.agencyCode}</if>
        <if test="q.agencyPath != null">AND a.path LIKE CONCAT(#{q.agencyPath}, '%')</if>
        <if test="q.status != null">AND p.pub_status = #{q.status}</if>
        <if test="q.overdue != null">AND p.overdue = #{q.overdue}</if>
      </where>""";

  record Query(String agencyCode, String agencyPath, String status, Boolean overdue, int limit, int offset) {}

  @Select("<script>SELECT " + COLUMNS + " " + FILTER
      + " ORDER BY p.created_at DESC, p.id DESC LIMIT #{q.limit} OFFSET #{q.offset}</script>")
  List<CreditPublication> search(@Param("q") Query q);

  @Select("<script>SELECT COUNT(*) " + FILTER + "</script>")
  long countSearch(@Param("q") Query q);
}
