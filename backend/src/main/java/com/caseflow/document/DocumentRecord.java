package com.caseflow.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** One version of a generated document (row of cf_document), as the API shows it. */
public record DocumentRecord(
    long id, @JsonIgnore long caseId, String type, String number, String title, int version,
    @JsonIgnore String sha256, long size, String createdBy, Instant createdAt) {}
