package com.caseflow.agency;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface AgencyMapper {

  @Select("SELECT code, parent_code, name, short_name, level, path, sort_order FROM cf_agency ORDER BY path")
  List<Agency> findAll();

  @Select("SELECT code, parent_code, name, short_name, level, path, sort_order FROM cf_agency WHERE code = #{code}")
  Agency find(String code);
}
