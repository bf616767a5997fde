package com.caseflow.security;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface UserProfileMapper {

  @Select("SELECT user_id, agency_code, locale, title FROM cf_user_profile WHERE user_id = #{userId}")
  UserProfile find(String userId);

  @Select("SELECT a.path FROM cf_user_profile p JOIN cf_agency a ON a.code = p.agency_code WHERE p.user_id = #{userId}")
  String agencyPath(String userId);

  @Insert("INSERT INTO cf_user_profile (user_id, agency_code, locale, title) VALUES (#{userId}, #{agencyCode}, #{locale}, #{title})")
  void insert(UserProfile profile);

  @Update("UPDATE cf_user_profile SET locale = #{locale} WHERE user_id = #{userId}")
  int updateLocale(@Param("userId") String userId, @Param("locale") String locale);
}
