package com.caseflow.credit;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface PublicitySimMapper {

  String COLUMNS = "id, idempotency_key, record_no, payload, sim_status, published_at, ended_at, end_reason";

  @Select("SELECT " + COLUMNS + " FROM cf_publicity_sim_record WHERE idempotency_key = #{key}")
  PublicitySimRecord find(@Param("key") String key);

  @Insert("""
      INSERT INTO cf_publicity_sim_record (idempotency_key, record_no, payload, sim_status, published_at)
      VALUES (#{key}, #{recordNo}, #{payload}, 'PUBLISHED', #{at})""")
  void insert(@Param("key") String key, @Param("recordNo") String recordNo, @Param("payload") String payload,
      @Param("at") Instant at);

  @Update("""
      UPDATE cf_publicity_sim_record SET sim_status = 'ENDED', ended_at = #{at}, end_reason = #{reason}
      WHERE idempotency_key = #{key} AND sim_status = 'PUBLISHED'""")
  int end(@Param("key") String key, @Param("reason") String reason, @Param("at") Instant at);

  @Select("SELECT COUNT(*) FROM cf_publicity_sim_record WHERE idempotency_key = #{key}")
  int count(@Param("key") String key);

  @Select("SELECT " + COLUMNS + " FROM cf_publicity_sim_record ORDER BY id DESC LIMIT #{limit}")
  List<PublicitySimRecord> latest(@Param("limit") int limit);
}
