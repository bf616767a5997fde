package com.caseflow.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One version of one piece of evidence (row of cf_evidence). A correction is a new row that
 * {@code supersedesId} the old one; the old row stays, with {@code supersededById} set.
 */
public record Evidence(
    long id, @JsonIgnore long caseId, String type, String description, String fileName, String contentType,
    long size, String sha256, String uploadedBy, Instant uploadedAt, int version, Long supersedesId,
    Long supersededById) {

  @JsonProperty("typeName")
  public String typeName() {
    EvidenceType t = EvidenceType.parse(type);
    return t == null ? type : t.label();
  }

  @JsonProperty("superseded")
  public boolean superseded() {
    return supersededById != null;
  }
}
