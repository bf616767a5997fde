package com.caseflow.task;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Users a task can be transferred or delegated to: by agency path, exact or as a subtree prefix. */
@Mapper
public interface ColleagueMapper {

  @Select("""
      <script>SELECT p.user_id FROM cf_user_profile p JOIN cf_agency a ON a.code = p.agency_code WHERE
      <choose><when test="subtree">a.path LIKE CONCAT(#{path}, '%')</when><otherwise>a.path = #{path}</otherwise></choose>
      ORDER BY p.user_id</script>""")
  List<String> inAgency(@Param("path") String path, @Param("subtree") boolean subtree);
}
