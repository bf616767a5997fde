package com.caseflow.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface CaseMapper {

  String COLUMNS = """
      id, process_instance_id, process_definition_id, campaign_code, agency_code, agency_path, source, procedure_type,
      stage, party_type, party_name, party_uscc, party_id_no, party_address, description, lead_date, registered_at,
      registered_by, case_no, filed_at, due_date, decision_no, decision_date, fine_amount, confiscation_value,
      illegal_gains, paid_amount, discretion_level, case_result, closed_at, parent_case_id""";

  /** Parameter holder for the insert, so MyBatis can hand back the generated id. */
  final class NewCase {
    public Long id;
    public String campaignCode;
    public String agencyCode;
    public String agencyPath;
    public String source;
    public String procedureType;
    public String stage;
    public String partyType;
    public String partyName;
    public String partyUscc;
    public String partyIdNo;
    public String partyAddress;
    public String description;
    public LocalDate leadDate;
    public Instant registeredAt;
    public String registeredBy;
    public Long parentCaseId;
  }

  @Insert("""
      INSERT INTO cf_case (campaign_code, agency_code, agency_path, source, procedure_type, stage, party_type, party_name,
        party_uscc, party_id_no, party_address, description, lead_date, registered_at, registered_by, parent_case_id)
      VALUES (#{campaignCode}, #{agencyCode}, #{agencyPath}, #{source}, #{procedureType}, #{stage}, #{partyType},
        #{partyName}, #{partyUscc}, #{partyIdNo}, #{partyAddress}, #{description}, #{leadDate}, #{registeredAt},
        #{registeredBy}, #{parentCaseId})""")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewCase c);

  /** A row of cf_case_search_key (PartySearch). */
  record SearchKey(String key, long caseId) {}

  /** A case and its party name, for indexing. */
  record PartyName(long id, String partyName) {}

  @Insert("<script>INSERT INTO cf_case_search_key (search_key, case_id) VALUES "
      + "<foreach item=\"r\" collection=\"rows\" separator=\",\">(#{r.key}, #{r.caseId})</foreach></script>")
  void insertSearchKeys(@Param("rows") List<SearchKey> rows);

  /** Cases without search keys (written before cf_case_search_key existed), by id. */
  @Select("""
      SELECT c.id, c.party_name FROM cf_case c WHERE c.id > #{after} AND c.party_name IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM cf_case_search_key k WHERE k.case_id = c.id) ORDER BY c.id LIMIT #{limit}""")
  List<PartyName> unindexedParties(@Param("after") long after, @Param("limit") int limit);

  @Insert("""
      INSERT INTO cf_case_product (case_id, name, brand, model, batch_no, standard_code, report_no, non_conforming_items,
        sampling_place, goods_value)
      VALUES (#{caseId}, #{name}, #{brand}, #{model}, #{batchNo}, #{standardCode}, #{reportNo}, #{nonConformingItems},
        #{samplingPlace}, #{goodsValue})""")
  void insertProduct(Product p);

  @Update("UPDATE cf_case SET process_instance_id = #{pi}, process_definition_id = #{pd} WHERE id = #{id}")
  void setProcess(@Param("id") long id, @Param("pi") String processInstanceId, @Param("pd") String processDefinitionId);

  @Select("SELECT " + COLUMNS + " FROM cf_case WHERE id = #{id}")
  CaseRecord find(long id);

  @Select("SELECT " + COLUMNS + " FROM cf_case WHERE case_no = #{caseNo}")
  CaseRecord findByCaseNo(String caseNo);

  @Select("SELECT " + COLUMNS + " FROM cf_case WHERE process_instance_id = #{pi}")
  CaseRecord findByProcessInstance(String pi);

  @Select("SELECT stage FROM cf_case WHERE id = #{id}")
  String stage(long id);

  @Update("UPDATE cf_case SET stage = #{stage} WHERE id = #{id}")
  void setStage(@Param("id") long id, @Param("stage") String stage);

  @Update("UPDATE cf_case SET case_no = #{caseNo}, filed_at = #{filedAt} WHERE id = #{id}")
  void setCaseNo(@Param("id") long id, @Param("caseNo") String caseNo, @Param("filedAt") LocalDate filedAt);

  @Select("SELECT MIN(id) FROM cf_case WHERE origin_key = #{origin}")
  Long findByOrigin(String origin);

  @Update("UPDATE cf_case SET origin_key = #{origin} WHERE id = #{id}")
  void setOrigin(@Param("id") long id, @Param("origin") String origin);

  @Update("UPDATE cf_task SET case_no = #{caseNo} WHERE case_id = #{id}")
  void setTaskCaseNo(@Param("id") long id, @Param("caseNo") String caseNo);

  @Update("""
      UPDATE cf_case SET decision_no = #{decisionNo}, decision_date = #{decisionDate}, fine_amount = #{fine},
        confiscation_value = #{confiscation}, illegal_gains = #{illegalGains}, case_result = 'DECIDED'
      WHERE id = #{id}""")
  void setDecision(@Param("id") long id, @Param("decisionNo") String decisionNo,
      @Param("decisionDate") LocalDate decisionDate, @Param("fine") BigDecimal fine,
      @Param("confiscation") BigDecimal confiscation, @Param("illegalGains") BigDecimal illegalGains);

  @Update("UPDATE cf_case SET fine_amount = #{fine}, discretion_level = #{level} WHERE id = #{id}")
  void setProposedPenalty(@Param("id") long id, @Param("fine") BigDecimal fine, @Param("level") String level);

  @Update("UPDATE cf_case SET paid_amount = #{paid} WHERE id = #{id}")
  void setPaid(@Param("id") long id, @Param("paid") BigDecimal paid);

  @Update("UPDATE cf_case SET closed_at = #{at}, case_result = COALESCE(#{result}, case_result) WHERE id = #{id}")
  void close(@Param("id") long id, @Param("at") Instant at, @Param("result") String result);

  /** The case's nearest open deadline, from the task projection (one statement, index on cf_task.case_id). */
  @Update("UPDATE cf_case SET due_date = (SELECT MIN(t.due_date) FROM cf_task t WHERE t.case_id = #{id}) WHERE id = #{id}")
  void refreshDue(long id);

  @Insert("""
      INSERT INTO cf_case_officer (case_id, user_id, role, assigned_at) VALUES (#{caseId}, #{userId}, #{role}, #{at})""")
  void insertOfficer(@Param("caseId") long caseId, @Param("userId") String userId, @Param("role") String role,
      @Param("at") Instant at);

  @Update("DELETE FROM cf_case_officer WHERE case_id = #{caseId}")
  void deleteOfficers(long caseId);

  @Select("SELECT user_id FROM cf_case_officer WHERE case_id = #{caseId} ORDER BY role, user_id")
  List<String> officers(long caseId);

  @Select("""
      SELECT id, case_id, name, brand, model, batch_no, standard_code, report_no, non_conforming_items, sampling_place,
        goods_value FROM cf_case_product WHERE case_id = #{caseId} ORDER BY id""")
  List<Product> products(long caseId);

  @Insert("""
      INSERT INTO cf_notification_request (case_id, document_type, activity_id, requested_at, status)
      VALUES (#{caseId}, #{type}, #{activityId}, #{at}, 'REQUESTED')""")
  void insertNotification(@Param("caseId") long caseId, @Param("type") String documentType,
      @Param("activityId") String activityId, @Param("at") Instant at);

  @Select("SELECT document_type FROM cf_notification_request WHERE case_id = #{caseId} ORDER BY id")
  List<String> notifications(long caseId);

  /** Filters inside one agency leg; the scope is the leg's agency code. */
  String FILTERS = """
        <if test="q.campaign != null">AND c.campaign_code = #{q.campaign}</if>
        <if test="q.stage != null">AND c.stage = #{q.stage}</if>
        <if test="q.caseNo != null">AND c.case_no = #{q.caseNo}</if>
        <if test="q.party.uscc != null">AND c.party_uscc = #{q.party.uscc}</if>
        <if test="q.party.keyPrefix != null">AND c.id IN (SELECT k.case_id FROM cf_case_search_key k
          WHERE k.search_key LIKE CONCAT(#{q.party.keyPrefix}, '%'))</if>
        <if test="q.party.like != null">AND c.party_name LIKE CONCAT('%', #{q.party.like}, '%')</if>
        <if test="q.overdue != null and q.overdue">AND c.due_date &lt; #{q.today}</if>
        <if test="q.overdue != null and !q.overdue">AND (c.due_date IS NULL OR c.due_date &gt;= #{q.today})</if>
        <if test="q.from != null">AND c.registered_at &gt;= #{q.from}</if>
        <if test="q.toExclusive != null">AND c.registered_at &lt; #{q.toExclusive}</if>""";

  /**
   * One top-N leg per agency in scope on (agency_code, registered_at|due_date, id), merged: a subtree or the
   * province never sorts all its cases. Names of agency and campaign are added by the service.
   */
  @Select("<script>SELECT * FROM (<foreach item=\"code\" collection=\"q.agencyCodes\" separator=\" UNION ALL \">"
      + "(SELECT c.id, c.id AS lead_id, c.case_no, c.party_name, c.party_uscc, c.party_id_no, c.campaign_code,"
      + " NULL AS campaign_name,"
      + " c.agency_code, NULL AS agency_name, c.stage, c.source, c.registered_at, c.filed_at, c.due_date AS due,"
      + " CASE WHEN c.due_date &lt; #{q.today} THEN 1 ELSE 0 END AS overdue, NULL AS working_days_left"
      + " FROM cf_case c WHERE c.agency_code = #{code} "
      + FILTERS + " ORDER BY ${q.innerOrder} LIMIT #{q.window})</foreach>) u ORDER BY ${q.outerOrder}"
      + " LIMIT #{q.limit} OFFSET #{q.offset}</script>")
  List<CaseRow> list(@Param("q") CaseQuery q);

  /** The cases of the query, counted up to {@code cap}. */
  @Select("<script>SELECT COUNT(*) FROM (SELECT 1 AS one FROM cf_case c WHERE c.agency_code IN "
      + "<foreach item=\"a\" collection=\"q.agencyCodes\" open=\"(\" separator=\",\" close=\")\">#{a}</foreach>"
      + FILTERS + " LIMIT #{cap}) x</script>")
  long count(@Param("q") CaseQuery q, @Param("cap") long cap);
}
