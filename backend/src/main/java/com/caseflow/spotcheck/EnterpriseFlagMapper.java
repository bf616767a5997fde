package com.caseflow.spotcheck;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface EnterpriseFlagMapper {

  /** Insert holder (MyBatis fills id). */
  final class NewFlag {
    public Long id;
    public EnterpriseFlag f;

    NewFlag(EnterpriseFlag f) {
      this.f = f;
    }
  }

  String COLUMNS = """
      id, uscc, enterprise_name, flag_type, flag_status, product_name, campaign_code, sample_id, agency_code, source_key,
      created_at, created_by, lifted_at, lifted_by, lift_reason""";

  @Insert("""
      INSERT INTO cf_enterprise_flag (uscc, enterprise_name, flag_type, flag_status, product_name, campaign_code, sample_id,
        agency_code, source_key, created_at, created_by)
      VALUES (#{f.uscc}, #{f.enterpriseName}, #{f.flagType}, #{f.status}, #{f.productName}, #{f.campaignCode}, #{f.sampleId},
        #{f.agencyCode}, #{f.sourceKey}, #{f.createdAt}, #{f.createdBy})""")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewFlag flag);

  @Select("SELECT " + COLUMNS + " FROM cf_enterprise_flag WHERE flag_type = #{type} AND source_key = #{key}")
  EnterpriseFlag findBySource(@Param("type") String type, @Param("key") String sourceKey);

  @Select("SELECT " + COLUMNS + " FROM cf_enterprise_flag WHERE uscc = #{uscc} ORDER BY created_at DESC, id DESC")
  List<EnterpriseFlag> findByUscc(@Param("uscc") String uscc);

  @Select("SELECT " + COLUMNS + " FROM cf_enterprise_flag WHERE id = #{id} FOR UPDATE")
  EnterpriseFlag lock(@Param("id") long id);

  @Update("""
      UPDATE cf_enterprise_flag SET flag_status = 'LIFTED', lifted_at = #{at}, lifted_by = #{by}, lift_reason = #{reason}
      WHERE id = #{id} AND flag_status = 'ACTIVE'""")
  int lift(@Param("id") long id, @Param("at") Instant at, @Param("by") String by, @Param("reason") String reason);
}
