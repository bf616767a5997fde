-- Spot-check results (监督抽查) and what their follow-up writes: enterprise flags, case leads opened by
-- follow-up processes, notifications. Portable between H2 2.x and MySQL 8 / MariaDB 10.11.

-- One uploaded file.
CREATE TABLE cf_spot_check_batch (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  file_name      VARCHAR(255) NOT NULL,
  file_sha256    VARCHAR(64)  NOT NULL,
  import_mode    VARCHAR(20)  NOT NULL,
  row_count      INT          NOT NULL,
  imported_count INT          NOT NULL,
  rejected_count INT          NOT NULL,
  agency_code    VARCHAR(32)  NOT NULL,
  imported_by    VARCHAR(64)  NOT NULL,
  imported_at    TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_cf_sc_batch_agency ON cf_spot_check_batch (agency_code, imported_at);

-- One sample: a product batch sampled at an enterprise and tested by a lab.
CREATE TABLE cf_spot_check_sample (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  batch_id             BIGINT       NOT NULL,
  source_row           INT          NOT NULL,
  campaign_code        VARCHAR(32)  NOT NULL,
  agency_code          VARCHAR(32)  NOT NULL,
  enterprise_name      VARCHAR(200) NOT NULL,
  enterprise_uscc      VARCHAR(18)  NOT NULL,
  product_name         VARCHAR(200) NOT NULL,
  brand                VARCHAR(100),
  product_model        VARCHAR(100),
  batch_no             VARCHAR(100),
  standard_code        VARCHAR(100) NOT NULL,
  lab_name             VARCHAR(200) NOT NULL,
  report_no            VARCHAR(100) NOT NULL,
  test_result          VARCHAR(20)  NOT NULL,
  non_conforming_items VARCHAR(1000),
  sampling_place       VARCHAR(32)  NOT NULL,
  sampling_date        DATE         NOT NULL,
  violation_shown      BOOLEAN      NOT NULL,
  process_instance_id  VARCHAR(64),
  imported_by          VARCHAR(64)  NOT NULL,
  imported_at          TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_cf_sc_sample_report UNIQUE (report_no)
);
CREATE INDEX ix_cf_sc_sample_batch ON cf_spot_check_sample (batch_id);
CREATE INDEX ix_cf_sc_sample_agency ON cf_spot_check_sample (agency_code, sampling_date);
CREATE INDEX ix_cf_sc_sample_campaign ON cf_spot_check_sample (campaign_code, test_result);
CREATE INDEX ix_cf_sc_sample_uscc ON cf_spot_check_sample (enterprise_uscc);

-- Flags on an enterprise, e.g. PRODUCTION_HALT (复查整改不到位，一律不得恢复生产) until a quality officer lifts it.
CREATE TABLE cf_enterprise_flag (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  uscc            VARCHAR(18)  NOT NULL,
  enterprise_name VARCHAR(200),
  flag_type       VARCHAR(32)  NOT NULL,
  flag_status     VARCHAR(16)  NOT NULL,
  product_name    VARCHAR(200),
  campaign_code   VARCHAR(32),
  sample_id       BIGINT,
  agency_code     VARCHAR(32),
  source_key      VARCHAR(100) NOT NULL,
  created_at      TIMESTAMP(3) NOT NULL,
  created_by      VARCHAR(64)  NOT NULL,
  lifted_at       TIMESTAMP(3),
  lifted_by       VARCHAR(64),
  lift_reason     VARCHAR(1000),
  CONSTRAINT uq_cf_enterprise_flag_source UNIQUE (flag_type, source_key)
);
CREATE INDEX ix_cf_enterprise_flag_uscc ON cf_enterprise_flag (uscc, flag_status);

-- What follow-up processes told a case lead (updateCaseLead), e.g. RETEST_CONFORMING; once per lead, update and key.
CREATE TABLE cf_lead_update (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  lead_id      BIGINT       NOT NULL,
  update_type  VARCHAR(32)  NOT NULL,
  business_key VARCHAR(100) NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_cf_lead_update UNIQUE (lead_id, update_type, business_key)
);

-- Notification centre: to a user or to a group within an agency.
CREATE TABLE cf_notification (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id     VARCHAR(64),
  group_id    VARCHAR(64),
  agency_code VARCHAR(32),
  notification_type VARCHAR(64) NOT NULL,
  title       VARCHAR(200) NOT NULL,
  body        VARCHAR(2000),
  link        VARCHAR(500),
  business_key VARCHAR(100),
  created_at  TIMESTAMP(3) NOT NULL,
  read_at     TIMESTAMP(3)
);
CREATE INDEX ix_cf_notification_user ON cf_notification (user_id, read_at);
CREATE INDEX ix_cf_notification_group ON cf_notification (group_id, agency_code, created_at);
