-- Evidence files of a case (domain.md §7): content-addressed files under the data directory (evidence/),
-- one row per version. Rows are never updated except to mark a version superseded by its correction.
CREATE TABLE cf_evidence (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id          BIGINT        NOT NULL,
  type             VARCHAR(32)   NOT NULL,
  description      VARCHAR(2000) NOT NULL,
  file_name        VARCHAR(255)  NOT NULL,
  content_type     VARCHAR(150)  NOT NULL,
  size_bytes       BIGINT        NOT NULL,
  sha256           VARCHAR(64)   NOT NULL,
  uploaded_by      VARCHAR(64)   NOT NULL,
  uploaded_at      TIMESTAMP(3)  NOT NULL,
  version          INT           NOT NULL,
  supersedes_id    BIGINT,
  superseded_by_id BIGINT
);
CREATE INDEX ix_cf_evidence_case ON cf_evidence (case_id, id);
CREATE INDEX ix_cf_evidence_sha ON cf_evidence (sha256);
-- one correction per version: a second correction of the same version is refused
CREATE UNIQUE INDEX ux_cf_evidence_supersedes ON cf_evidence (supersedes_id);
