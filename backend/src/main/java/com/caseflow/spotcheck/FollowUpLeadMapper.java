package com.caseflow.spotcheck;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface FollowUpLeadMapper {

  @Select("""
      SELECT COUNT(*) FROM cf_lead_update WHERE lead_id = #{leadId} AND update_type = #{type} AND business_key = #{key}""")
  int countUpdates(@Param("leadId") long leadId, @Param("type") String type, @Param("key") String businessKey);

  @Insert("""
      INSERT INTO cf_lead_update (lead_id, update_type, business_key, created_at)
      VALUES (#{leadId}, #{type}, #{key}, #{at})""")
  void insertUpdate(@Param("leadId") long leadId, @Param("type") String type, @Param("key") String businessKey,
      @Param("at") Instant at);
}
