package com.caseflow.task;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** 抄送 (cf_carbon_copy): one row per recipient of a step's copy. */
@Mapper
public interface CarbonCopyMapper {

  record Copy(Long id, Long caseId, String caseNo, String partyName, String stage, String taskId, String activityId,
      String taskName, String fromUser, String note, Instant createdAt, Instant readAt) {}

  @Insert("""
      INSERT INTO cf_carbon_copy (case_id, task_id, activity_id, task_name, from_user, user_id, note, created_at)
      VALUES (#{caseId}, #{taskId}, #{activityId}, #{taskName}, #{fromUser}, #{userId}, #{note}, #{at})""")
  int insert(@Param("caseId") long caseId, @Param("taskId") String taskId, @Param("activityId") String activityId,
      @Param("taskName") String taskName, @Param("fromUser") String fromUser, @Param("userId") String userId,
      @Param("note") String note, @Param("at") Instant at);

  String MINE = """
      FROM cf_carbon_copy x JOIN cf_case c ON c.id = x.case_id WHERE x.user_id = #{user}
      <if test="unreadOnly">AND x.read_at IS NULL</if>
      <if test="q != null">AND (c.case_no LIKE CONCAT('%', #{q}, '%') OR c.party_name LIKE CONCAT('%', #{q}, '%'))</if>""";

  @Select("<script>SELECT x.id, x.case_id, c.case_no, c.party_name, c.stage, x.task_id, x.activity_id, x.task_name, "
      + "x.from_user, x.note, x.created_at, x.read_at " + MINE
      + " ORDER BY x.created_at DESC, x.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
  List<Copy> mine(@Param("user") String user, @Param("unreadOnly") boolean unreadOnly, @Param("q") String q,
      @Param("limit") int limit, @Param("offset") int offset);

  @Select("<script>SELECT COUNT(*) " + MINE + "</script>")
  long countMine(@Param("user") String user, @Param("unreadOnly") boolean unreadOnly, @Param("q") String q);

  @Select("SELECT COUNT(*) FROM cf_carbon_copy WHERE task_id = #{taskId} AND user_id = #{userId}")
  long exists(@Param("taskId") String taskId, @Param("userId") String userId);

  @Select("SELECT user_id FROM cf_carbon_copy WHERE id = #{id}")
  String recipient(long id);

  @Update("UPDATE cf_carbon_copy SET read_at = #{at} WHERE id = #{id} AND read_at IS NULL")
  int markRead(@Param("id") long id, @Param("at") Instant at);

  @Select("SELECT COUNT(*) FROM cf_carbon_copy WHERE case_id = #{caseId} AND user_id = #{user}")
  long copiedTo(@Param("caseId") long caseId, @Param("user") String user);
}
