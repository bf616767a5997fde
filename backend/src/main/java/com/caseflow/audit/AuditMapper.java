package com.caseflow.audit;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface AuditMapper {

  @Insert("""
      INSERT INTO cf_audit_log (occurred_at, user_id, action, case_id, task_id, entity, entity_id, old_value, new_value, detail)
      VALUES (#{occurredAt}, #{userId}, #{action}, #{caseId}, #{taskId}, #{entity}, #{entityId}, #{oldValue}, #{newValue}, #{detail})""")
  void insert(AuditEntry entry);

  @Select("""
      SELECT id, occurred_at, user_id, action, case_id, task_id, entity, entity_id, old_value, new_value, detail
      FROM cf_audit_log WHERE case_id = #{caseId} ORDER BY occurred_at, id""")
  List<AuditEntry> findByCase(long caseId);

  @Select("""
      SELECT id, occurred_at, user_id, action, case_id, task_id, entity, entity_id, old_value, new_value, detail
      FROM cf_audit_log WHERE task_id = #{taskId} ORDER BY occurred_at, id""")
  List<AuditEntry> findByTask(@Param("taskId") String taskId);
}
