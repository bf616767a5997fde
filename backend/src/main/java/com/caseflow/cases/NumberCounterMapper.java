package com.caseflow.cases;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface NumberCounterMapper {

  /** A locking read: never answered from MyBatis' session cache. */
  @Select("SELECT last_seq FROM cf_number_counter WHERE agency_code = #{agency} AND seq_year = #{year} AND kind = #{kind} FOR UPDATE")
  @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
  Integer lockLast(@Param("agency") String agency, @Param("year") int year, @Param("kind") String kind);

  @Insert("INSERT INTO cf_number_counter (agency_code, seq_year, kind, last_seq) VALUES (#{agency}, #{year}, #{kind}, 0)")
  void create(@Param("agency") String agency, @Param("year") int year, @Param("kind") String kind);

  @Update("UPDATE cf_number_counter SET last_seq = #{seq} WHERE agency_code = #{agency} AND seq_year = #{year} AND kind = #{kind}")
  void set(@Param("agency") String agency, @Param("year") int year, @Param("kind") String kind, @Param("seq") int seq);
}
