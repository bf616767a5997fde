package com.caseflow.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** 我发起的: leads and cases a user registered (index (registered_by, registered_at)). */
@Mapper
public interface StartedMapper {

  record Started(long id, String caseNo, String partyName, String partyIdNo, String stage, String source, Instant registeredAt,
      LocalDate dueDate, String caseResult) {}

  record Current(Long caseId, String taskId, String name, String assignee) {}

  String MINE = """
      FROM cf_case c WHERE c.registered_by = #{user}
      <if test="q != null">AND (c.case_no LIKE CONCAT('%', #{q}, '%') OR c.party_name LIKE CONCAT('%', #{q}, '%'))</if>""";

  @Select("<script>SELECT c.id, c.case_no, c.party_name, c.party_id_no, c.stage, c.source, c.registered_at, c.due_date, c.case_result "
      + MINE + " ORDER BY c.registered_at DESC, c.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
  List<Started> mine(@Param("user") String user, @Param("q") String q, @Param("limit") int limit,
      @Param("offset") int offset);

  @Select("<script>SELECT COUNT(*) " + MINE + "</script>")
  long count(@Param("user") String user, @Param("q") String q);

  @Select("""
      <script>SELECT t.case_id, t.id AS task_id, t.name, t.assignee FROM cf_task t WHERE t.case_id IN
      <foreach item="id" collection="ids" open="(" separator="," close=")">#{id}</foreach> ORDER BY t.created_at</script>""")
  List<Current> current(@Param("ids") List<Long> ids);
}
