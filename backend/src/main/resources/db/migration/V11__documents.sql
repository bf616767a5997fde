-- Generated enforcement documents (执法文书, domain.md §8): one row per version; the PDF is stored
-- content-addressed in the data directory (documents/). Regenerating keeps the number and adds a version.
CREATE TABLE cf_document (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id     BIGINT       NOT NULL,
  type        VARCHAR(32)  NOT NULL,
  number      VARCHAR(64)  NOT NULL,
  title       VARCHAR(100) NOT NULL,
  version     INT          NOT NULL,
  sha256      VARCHAR(64)  NOT NULL,
  size_bytes  BIGINT       NOT NULL,
  created_by  VARCHAR(64)  NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL
);
CREATE UNIQUE INDEX ux_cf_document_version ON cf_document (case_id, type, version);
CREATE UNIQUE INDEX ux_cf_document_number ON cf_document (number, version);
CREATE INDEX ix_cf_document_case ON cf_document (case_id, id);

-- Document numbers per agency, year and type (银市监罚告〔2026〕3号). The row is locked FOR UPDATE in the
-- transaction that stores the document: concurrent requests queue, and a rollback gives the number back.
CREATE TABLE cf_document_counter (
  agency_code VARCHAR(32) NOT NULL,
  doc_year    INT         NOT NULL,
  doc_type    VARCHAR(32) NOT NULL,
  last_seq    INT         NOT NULL,
  PRIMARY KEY (agency_code, doc_year, doc_type)
);
