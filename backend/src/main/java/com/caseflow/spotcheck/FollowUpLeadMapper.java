package com.caseflow.spotcheck;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface FollowUpLeadMapper {

  @Select("SELECT lead_id FROM cf_followup_lead WHERE business_key = #{key} AND lead_reason = #{reason}")
  Long findLeadId(@Param("key") String businessKey, @Param("reason") String leadReason);

  @Insert("""
      INSERT INTO cf_followup_lead (business_key, lead_reason, lead_id, related_lead_id, process_key, created_at)
      VALUES (#{key}, #{reason}, #{leadId}, #{related}, #{processKey}, #{at})""")
  void insert(@Param("key") String businessKey, @Param("reason") String leadReason, @Param("leadId") long leadId,
      @Param("related") Long relatedLeadId, @Param("processKey") String processKey, @Param("at") Instant at);

  @Update("UPDATE cf_followup_lead SET lead_update = #{update}, updated_at = #{at} WHERE lead_id = #{leadId}")
  int recordUpdate(@Param("leadId") long leadId, @Param("update") String update, @Param("at") Instant at);

  @Select("SELECT lead_update FROM cf_followup_lead WHERE lead_id = #{leadId}")
  String findUpdate(@Param("leadId") long leadId);
}
