package com.caseflow.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** 催办 and automatic deadline reminders (cf_task_reminder). */
@Mapper
public interface ReminderMapper {

  record Urged(String taskId, long count, Instant lastAt, String lastBy, String lastKind, String lastMessage) {}

  /** Fails with a duplicate key when the same (task, kind, day, guard) was already sent: the cross-node guard. */
  @Insert("""
      INSERT INTO cf_task_reminder (task_id, case_id, kind, sent_on, guard_key, from_user, to_user, message, created_at)
      VALUES (#{taskId}, #{caseId}, #{kind}, #{day}, #{guard}, #{from}, #{to}, #{message}, #{at})""")
  void insert(@Param("taskId") String taskId, @Param("caseId") Long caseId, @Param("kind") String kind,
      @Param("day") LocalDate day, @Param("guard") String guard, @Param("from") String from, @Param("to") String to,
      @Param("message") String message, @Param("at") Instant at);

  /** Reminders of the open tasks assigned to the user, newest last per task. */
  @Select("""
      SELECT r.task_id, COUNT(*) AS count, MAX(r.created_at) AS last_at,
        (SELECT r2.from_user FROM cf_task_reminder r2 WHERE r2.task_id = r.task_id ORDER BY r2.created_at DESC, r2.id DESC LIMIT 1) AS last_by,
        (SELECT r2.kind FROM cf_task_reminder r2 WHERE r2.task_id = r.task_id ORDER BY r2.created_at DESC, r2.id DESC LIMIT 1) AS last_kind,
        (SELECT r2.message FROM cf_task_reminder r2 WHERE r2.task_id = r.task_id ORDER BY r2.created_at DESC, r2.id DESC LIMIT 1) AS last_message
      FROM cf_task_reminder r JOIN cf_task t ON t.id = r.task_id
      WHERE t.assignee = #{user}
      GROUP BY r.task_id""")
  List<Urged> urgedFor(@Param("user") String user);

  @Select("SELECT COUNT(*) FROM cf_task_reminder WHERE task_id = #{taskId} AND kind = #{kind}")
  long count(@Param("taskId") String taskId, @Param("kind") String kind);

  /** Open tasks whose due day is at most {@code until}: candidates for a reminder today. */
  @Select("SELECT " + TaskMapper.COLUMNS + " FROM cf_task t WHERE t.due_date IS NOT NULL AND t.due_date <= #{until} ORDER BY t.due_date, t.id")
  List<TaskRecord> dueBy(@Param("until") LocalDate until);
}
