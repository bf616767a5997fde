package com.caseflow.task;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** 已办 (cf_task_done): the tasks a user finished, kept after the projection row is gone. */
@Mapper
public interface TaskDoneMapper {

  record Done(Long id, String taskId, String processInstanceId, String processKey, String activityId, String name,
      String assignee, String agencyCode, String agencyPath, Long caseId, String caseNo, String partyName,
      String outcome, String decision, String commentText, Instant createdAt, Instant completedAt) {}

  String COLUMNS = """
      id, task_id, process_instance_id, process_key, activity_id, name, assignee, agency_code, agency_path, case_id,
      case_no, party_name, outcome, decision, comment_text, created_at, completed_at""";

  /** Copies the projection row of a task being finished (same transaction as the engine's completion). */
  @Insert("""
      INSERT INTO cf_task_done (task_id, process_instance_id, process_key, activity_id, name, assignee, agency_code,
        agency_path, case_id, case_no, party_name, outcome, decision, comment_text, created_at, completed_at)
      SELECT t.id, t.process_instance_id, t.process_key, t.activity_id, t.name, #{assignee}, t.agency_code, t.agency_path,
        t.case_id, (SELECT c.case_no FROM cf_case c WHERE c.id = t.case_id), t.party_name, #{outcome}, #{decision},
        #{comment}, t.created_at, #{at}
      FROM cf_task t WHERE t.id = #{taskId}
        AND NOT EXISTS (SELECT 1 FROM cf_task_done d WHERE d.task_id = #{taskId})""")
  int insertFromProjection(@Param("taskId") String taskId, @Param("assignee") String assignee,
      @Param("outcome") String outcome, @Param("decision") String decision, @Param("comment") String comment,
      @Param("at") Instant at);

  @Select("SELECT " + COLUMNS + " FROM cf_task_done WHERE task_id = #{taskId}")
  Done find(String taskId);

  String MINE = """
      FROM cf_task_done WHERE assignee = #{user}
      <if test="q != null">AND (case_no LIKE CONCAT('%', #{q}, '%') OR party_name LIKE CONCAT('%', #{q}, '%')
        OR name LIKE CONCAT('%', #{q}, '%') OR comment_text LIKE CONCAT('%', #{q}, '%'))</if>""";

  @Select("<script>SELECT " + COLUMNS + " " + MINE
      + " ORDER BY completed_at DESC, id DESC LIMIT #{limit} OFFSET #{offset}</script>")
  List<Done> mine(@Param("user") String user, @Param("q") String q, @Param("limit") int limit,
      @Param("offset") int offset);

  @Select("<script>SELECT COUNT(*) " + MINE + "</script>")
  long countMine(@Param("user") String user, @Param("q") String q);

  @Select("SELECT " + COLUMNS + " FROM cf_task_done WHERE case_id = #{caseId} ORDER BY completed_at, id")
  List<Done> ofCase(long caseId);

  @Select("SELECT " + COLUMNS + " FROM cf_task_done WHERE process_instance_id = #{pi} ORDER BY completed_at, id")
  List<Done> ofProcessInstance(String pi);
}
