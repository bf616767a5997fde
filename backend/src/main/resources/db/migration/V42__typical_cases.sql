-- Typical cases (典型案例曝光): a head marks a closed case, drafts a public summary, approves, publishes.
-- Only the public fields below are ever shown on /api/public/typical-cases; party_display is the name as published
-- (organisation name, or a masked name such as 张某 for a natural person).
CREATE TABLE cf_typical_case (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id        BIGINT        NOT NULL,
  campaign_code  VARCHAR(32)   NOT NULL,
  agency_code    VARCHAR(32)   NOT NULL,
  agency_path    VARCHAR(255)  NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  title          VARCHAR(200)  NOT NULL,
  party_display  VARCHAR(200)  NOT NULL,
  facts          VARCHAR(4000) NOT NULL,
  legal_basis    VARCHAR(1000),
  penalty        VARCHAR(1000),
  decision_no    VARCHAR(64),
  drafted_by     VARCHAR(64)   NOT NULL,
  drafted_at     TIMESTAMP(3)  NOT NULL,
  approved_by    VARCHAR(64),
  approved_at    TIMESTAMP(3),
  published_at   TIMESTAMP(3)
);
CREATE UNIQUE INDEX ux_cf_typical_case_case ON cf_typical_case (case_id);
CREATE INDEX ix_cf_typical_case_public ON cf_typical_case (status, campaign_code, published_at);
