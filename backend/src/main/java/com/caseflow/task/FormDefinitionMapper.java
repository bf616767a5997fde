package com.caseflow.task;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Camunda Form definitions (Camunda's own table, read only): the newest version of a form key and its resource. */
@Mapper
public interface FormDefinitionMapper {

  @Select("SELECT ID_ FROM ACT_RE_CAMFORMDEF WHERE KEY_ = #{key} AND TENANT_ID_ IS NULL"
      + " ORDER BY VERSION_ DESC LIMIT 1")
  String latestId(@Param("key") String key);

  /** Where a form definition's JSON is stored. */
  record Resource(String deploymentId, String resourceName) {}

  @Select("SELECT DEPLOYMENT_ID_ AS deploymentId, RESOURCE_NAME_ AS resourceName FROM ACT_RE_CAMFORMDEF"
      + " WHERE ID_ = #{id}")
  Resource resource(@Param("id") String id);
}
