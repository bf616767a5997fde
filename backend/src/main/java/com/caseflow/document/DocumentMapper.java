package com.caseflow.document;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface DocumentMapper {

  String COLUMNS = "id, case_id, type, number, title, version, sha256, size_bytes, created_by, created_at";

  class NewDocument {
    public Long id;
    public long caseId;
    public String type;
    public String number;
    public String title;
    public int version;
    public String sha256;
    public long size;
    public String createdBy;
    public Instant createdAt;
  }

  @Insert("""
      INSERT INTO cf_document (case_id, type, number, title, version, sha256, size_bytes, created_by, created_at)
      VALUES (#{caseId}, #{type}, #{number}, #{title}, #{version}, #{sha256}, #{size}, #{createdBy}, #{createdAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewDocument row);

  @Select("SELECT " + COLUMNS + " FROM cf_document WHERE id = #{id}")
  DocumentRecord find(long id);

  @Select("SELECT " + COLUMNS + " FROM cf_document WHERE case_id = #{caseId} ORDER BY id")
  List<DocumentRecord> findByCase(long caseId);

  @Select("SELECT " + COLUMNS + " FROM cf_document WHERE case_id = #{caseId} AND type = #{type} ORDER BY version DESC LIMIT 1")
  DocumentRecord latest(@Param("caseId") long caseId, @Param("type") String type);

  // ---- numbers ----

  @Insert("INSERT INTO cf_document_counter (agency_code, doc_year, doc_type, last_seq) VALUES (#{agency}, #{year}, #{type}, 0)")
  void createCounter(@Param("agency") String agency, @Param("year") int year, @Param("type") String type);

  @Select("""
      SELECT last_seq FROM cf_document_counter WHERE agency_code = #{agency} AND doc_year = #{year} AND doc_type = #{type}
      FOR UPDATE""")
  // never from MyBatis' session cache: the row may have been created by another transaction meanwhile
  @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
  Integer lockCounter(@Param("agency") String agency, @Param("year") int year, @Param("type") String type);

  @Update("""
      UPDATE cf_document_counter SET last_seq = #{seq} WHERE agency_code = #{agency} AND doc_year = #{year} AND doc_type = #{type}""")
  void updateCounter(@Param("agency") String agency, @Param("year") int year, @Param("type") String type, @Param("seq") int seq);
}
