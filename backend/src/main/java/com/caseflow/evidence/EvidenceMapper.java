package com.caseflow.evidence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface EvidenceMapper {

  String COLUMNS = "id, case_id, type, description, file_name, content_type, size_bytes, sha256, uploaded_by, "
      + "uploaded_at, version, supersedes_id, superseded_by_id";

  /** Insert parameters; {@code id} is filled with the generated key. */
  class NewEvidence {
    public Long id;
    public long caseId;
    public String type;
    public String description;
    public String fileName;
    public String contentType;
    public long size;
    public String sha256;
    public String uploadedBy;
    public Instant uploadedAt;
    public int version;
    public Long supersedesId;
  }

  @Insert("""
      INSERT INTO cf_evidence (case_id, type, description, file_name, content_type, size_bytes, sha256, uploaded_by,
        uploaded_at, version, supersedes_id)
      VALUES (#{caseId}, #{type}, #{description}, #{fileName}, #{contentType}, #{size}, #{sha256}, #{uploadedBy},
        #{uploadedAt}, #{version}, #{supersedesId})""")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewEvidence row);

  @Select("SELECT " + COLUMNS + " FROM cf_evidence WHERE id = #{id}")
  Evidence find(long id);

  @Select("SELECT " + COLUMNS + " FROM cf_evidence WHERE case_id = #{caseId} ORDER BY id")
  List<Evidence> findByCase(long caseId);

  /** Marks {@code oldId} superseded by {@code newId} unless another version already superseded it; returns rows changed. */
  @Update("UPDATE cf_evidence SET superseded_by_id = #{newId} WHERE id = #{oldId} AND superseded_by_id IS NULL")
  int markSuperseded(@Param("oldId") long oldId, @Param("newId") long newId);
}
