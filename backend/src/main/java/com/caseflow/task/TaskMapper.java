package com.caseflow.task;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The task projection (cf_task, cf_task_candidate). Lists read only these tables, never ACT_RU_*. */
@Mapper
public interface TaskMapper {

  String COLUMNS = """
      t.id, t.process_instance_id, t.process_definition_id, t.process_key, t.activity_id, t.name, t.form_key, t.assignee,
      t.owner, t.agency_code, t.agency_path, t.campaign_code, t.case_id, t.case_no, t.party_name, t.party_uscc,
      t.due_date, t.created_at""";

  @Insert("""
      INSERT INTO cf_task (id, process_instance_id, process_definition_id, process_key, activity_id, name, form_key,
        assignee, owner, agency_code, agency_path, campaign_code, case_id, case_no, party_name, party_uscc, due_date,
        created_at)
      VALUES (#{id}, #{processInstanceId}, #{processDefinitionId}, #{processKey}, #{activityId}, #{name}, #{formKey},
        #{assignee}, #{owner}, #{agencyCode}, #{agencyPath}, #{campaignCode}, #{caseId}, #{caseNo}, #{partyName},
        #{partyUscc}, #{dueDate}, #{createdAt})""")
  void insert(TaskRecord task);

  @Insert("""
      <script>INSERT INTO cf_task_candidate (task_id, group_id, agency_code, agency_path, claimed, due_date) VALUES
      <foreach item="g" collection="groups" separator=",">(#{t.id}, #{g}, #{t.agencyCode}, #{t.agencyPath}, #{claimed}, #{t.dueDate})</foreach>
      </script>""")
  void insertCandidates(@Param("t") TaskRecord task, @Param("groups") List<String> groups,
      @Param("claimed") boolean claimed);

  @Update("UPDATE cf_task SET assignee = #{assignee}, owner = #{owner}, due_date = #{dueDate}, name = #{name} WHERE id = #{id}")
  int update(@Param("id") String id, @Param("assignee") String assignee, @Param("owner") String owner,
      @Param("dueDate") LocalDate dueDate, @Param("name") String name);

  @Update("UPDATE cf_task_candidate SET claimed = #{claimed}, due_date = #{dueDate} WHERE task_id = #{id}")
  void updateCandidates(@Param("id") String id, @Param("claimed") boolean claimed, @Param("dueDate") LocalDate dueDate);

  @Delete("DELETE FROM cf_task_candidate WHERE task_id = #{id}")
  void deleteCandidates(String id);

  @Delete("DELETE FROM cf_task WHERE id = #{id}")
  void delete(String id);

  @Select("SELECT " + COLUMNS + " FROM cf_task t WHERE t.id = #{id}")
  TaskRecord find(String id);

  @Select("SELECT group_id FROM cf_task_candidate WHERE task_id = #{id}")
  List<String> candidates(String id);

  String FILTERS = """
        <if test="q.processKey != null">AND t.process_key = #{q.processKey}</if>
        <if test="q.activityId != null">AND t.activity_id = #{q.activityId}</if>
        <if test="q.campaign != null">AND t.campaign_code = #{q.campaign}</if>
        <if test="q.dueBefore != null">AND t.due_date &lt;= #{q.dueBefore}</if>
        <if test="q.overdue != null and q.overdue">AND t.due_date &lt; #{q.today}</if>
        <if test="q.overdue != null and !q.overdue">AND (t.due_date IS NULL OR t.due_date &gt;= #{q.today})</if>
        <if test="q.q != null">AND (t.case_no LIKE CONCAT('%', #{q.q}, '%') OR t.party_name LIKE CONCAT('%', #{q.q}, '%'))</if>
        <if test="q.uscc != null">AND t.party_uscc = #{q.uscc}</if>""";

  /**
   * One leg per agency of the caller's scope, each shaped to one index so it is a top-N index range read:
   * mine → (assignee, due_date, id); agency → (agency_code, due_date, id); candidates → one leg per candidate key
   * (group, or user:&lt;id&gt;) on cf_task_candidate (group_id, agency_code, claimed, due_date, task_id) joined to
   * cf_task by primary key. The legs are merged by due date (UNION ALL of at most offset+size rows each; DISTINCT for
   * a task offered to two of the caller's keys): a head's subtree or the province never sorts all its tasks.
   * See docs/PERFORMANCE.md.
   */
  String LEG = """
      <choose>
        <when test="q.scope == 'candidates'">
          FROM cf_task_candidate c JOIN cf_task t ON t.id = c.task_id
          WHERE c.group_id = #{leg.group} AND c.claimed = FALSE AND c.agency_code = #{leg.code}
        </when>
        <when test="q.scope == 'mine'">
          FROM cf_task t WHERE t.assignee = #{q.assignee}
        </when>
        <otherwise>
          FROM cf_task t WHERE t.agency_code = #{leg.code}
        </otherwise>
      </choose>""";

  String CODES = "<foreach item=\"a\" collection=\"q.agencyCodes\" open=\"(\" separator=\",\" close=\")\">#{a}</foreach>";

  String COUNT_FROM_WHERE = """
      <choose>
        <when test="q.scope == 'candidates' and !q.filtered()">
          FROM cf_task_candidate c WHERE c.claimed = FALSE
            AND c.group_id IN <foreach item="g" collection="q.groups" open="(" separator="," close=")">#{g}</foreach>
            AND c.agency_code IN """ + CODES + """
        </when>
        <when test="q.scope == 'candidates'">
          FROM cf_task_candidate c JOIN cf_task t ON t.id = c.task_id WHERE c.claimed = FALSE
            AND c.group_id IN <foreach item="g" collection="q.groups" open="(" separator="," close=")">#{g}</foreach>
            AND c.agency_code IN """ + CODES + """
        </when>
        <when test="q.scope == 'mine'">
          FROM cf_task t WHERE t.assignee = #{q.assignee}
        </when>
        <otherwise>
          FROM cf_task t WHERE t.agency_code IN """ + CODES + """
        </otherwise>
      </choose>""";

  @Select("<script>SELECT DISTINCT * FROM (<foreach item=\"leg\" collection=\"q.legs\" separator=\" UNION ALL \">(SELECT "
      + COLUMNS + " " + LEG + FILTERS
      + " ORDER BY ${q.sortTable}.due_date ${q.direction}, ${q.sortTable}.${q.sortId} ${q.direction} LIMIT #{q.window})"
      + "</foreach>) u ORDER BY u.due_date ${q.direction}, u.id ${q.direction} LIMIT #{q.limit} OFFSET #{q.offset}</script>")
  List<TaskRecord> list(@Param("q") TaskQuery q);

  /**
   * Counts over the same indexes, at most {@code cap} rows; with several groups a task is counted once per matching
   * group (rare).
   */
  @Select("<script>SELECT COUNT(*) FROM (SELECT 1 AS one " + COUNT_FROM_WHERE + FILTERS + " LIMIT #{cap}) x</script>")
  long count(@Param("q") TaskQuery q, @Param("cap") long cap);

  @Insert("""
      INSERT INTO cf_task_draft (task_id, user_id, variables, saved_at) VALUES (#{taskId}, #{userId}, #{json}, #{at})""")
  void insertDraft(@Param("taskId") String taskId, @Param("userId") String userId, @Param("json") String json,
      @Param("at") java.time.Instant at);

  @Update("UPDATE cf_task_draft SET user_id = #{userId}, variables = #{json}, saved_at = #{at} WHERE task_id = #{taskId}")
  int updateDraft(@Param("taskId") String taskId, @Param("userId") String userId, @Param("json") String json,
      @Param("at") java.time.Instant at);

  @Select("SELECT variables FROM cf_task_draft WHERE task_id = #{taskId}")
  String draft(String taskId);

  @Select("SELECT a.path FROM cf_agency a WHERE a.code = #{code}")
  String agencyPath(String code);

  record CaseIdNo(long caseId, String idNo) {}

  /** The parties' ID numbers of the listed tasks' cases (by primary key; natural persons only have one). */
  @Select("<script>SELECT id, party_id_no FROM cf_case WHERE party_id_no IS NOT NULL AND id IN "
      + "<foreach item=\"id\" collection=\"ids\" open=\"(\" separator=\",\" close=\")\">#{id}</foreach></script>")
  List<CaseIdNo> partyIdNumbers(@Param("ids") java.util.Collection<Long> caseIds);

  @Select("SELECT case_no, party_name, party_uscc, campaign_code, agency_code, agency_path FROM cf_case WHERE id = #{id}")
  java.util.Map<String, Object> caseRow(long id);
}
