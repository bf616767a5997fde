package com.caseflow.campaign;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface CampaignMapper {

  @Select("SELECT code, name, agency_code, start_date, end_date, report_due, focus, source_doc FROM cf_campaign ORDER BY start_date DESC, code")
  List<Campaign> findAll();

  @Select("SELECT code, name, agency_code, start_date, end_date, report_due, focus, source_doc FROM cf_campaign WHERE code = #{code}")
  Campaign find(String code);
}
