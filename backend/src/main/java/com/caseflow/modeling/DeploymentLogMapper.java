package com.caseflow.modeling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface DeploymentLogMapper {

  @Insert("INSERT INTO cf_deployment_log (deployment_id, deployed_by, deployed_at) VALUES (#{deploymentId}, #{deployedBy}, #{deployedAt})")
  void insert(@Param("deploymentId") String deploymentId, @Param("deployedBy") String deployedBy,
      @Param("deployedAt") Instant deployedAt);

  @Update("UPDATE cf_deployment_log SET comment = #{comment} WHERE deployment_id = #{deploymentId}")
  int updateComment(@Param("deploymentId") String deploymentId, @Param("comment") String comment);

  @Select("""
      <script>
      SELECT deployment_id, deployed_by, deployed_at, comment FROM cf_deployment_log
      WHERE deployment_id IN <foreach item="id" collection="ids" open="(" separator="," close=")">#{id}</foreach>
      </script>""")
  List<DeploymentLogEntry> findByIds(@Param("ids") Collection<String> ids);

  /** Camunda Forms have no query API in Camunda 7; their definitions are read from Camunda's own table. */
  @Select("SELECT ID_ AS id, KEY_ AS formKey, VERSION_ AS version, DEPLOYMENT_ID_ AS deploymentId, RESOURCE_NAME_ AS resourceName"
      + " FROM ACT_RE_CAMFORMDEF ORDER BY KEY_, VERSION_")
  List<FormDefinitionRow> findAllFormDefinitions();

  @Select("SELECT ID_ AS id, KEY_ AS formKey, VERSION_ AS version, DEPLOYMENT_ID_ AS deploymentId, RESOURCE_NAME_ AS resourceName"
      + " FROM ACT_RE_CAMFORMDEF WHERE KEY_ = #{key} ORDER BY VERSION_")
  List<FormDefinitionRow> findFormDefinitionsByKey(@Param("key") String key);

  record FormDefinitionRow(String id, String formKey, Integer version, String deploymentId, String resourceName) {}
}
