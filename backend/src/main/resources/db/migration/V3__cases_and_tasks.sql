-- Leads and cases (one row from lead registration on; case_no is set at filing), their products, officers,
-- per-agency number counters, notification requests, and the task projection the task list reads.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11. See docs/PERFORMANCE.md for the index design.

CREATE TABLE cf_case (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  process_instance_id VARCHAR(64),
  process_definition_id VARCHAR(128),
  campaign_code       VARCHAR(32)  NOT NULL,
  agency_code         VARCHAR(32)  NOT NULL,
  agency_path         VARCHAR(255) NOT NULL,
  source              VARCHAR(32)  NOT NULL,
  procedure_type      VARCHAR(16)  NOT NULL,
  stage               VARCHAR(32)  NOT NULL,
  party_type          VARCHAR(16)  NOT NULL,
  party_name          VARCHAR(200) NOT NULL,
  party_uscc          VARCHAR(18),
  party_id_no         VARCHAR(32),
  party_address       VARCHAR(300),
  description         VARCHAR(4000),
  lead_date           DATE         NOT NULL,
  registered_at       TIMESTAMP(3) NOT NULL,
  registered_by       VARCHAR(64)  NOT NULL,
  case_no             VARCHAR(64),
  filed_at            DATE,
  due_date            DATE,
  decision_no         VARCHAR(64),
  decision_date       DATE,
  fine_amount         DECIMAL(18,2),
  confiscation_value  DECIMAL(18,2),
  illegal_gains       DECIMAL(18,2),
  paid_amount         DECIMAL(18,2),
  discretion_level    VARCHAR(32),
  case_result         VARCHAR(32),
  closed_at           TIMESTAMP(3),
  parent_case_id      BIGINT
);
CREATE UNIQUE INDEX ux_cf_case_no ON cf_case (case_no);
CREATE INDEX ix_cf_case_agency_reg ON cf_case (agency_code, registered_at, id);
CREATE INDEX ix_cf_case_path_reg ON cf_case (agency_path, registered_at, id);
CREATE INDEX ix_cf_case_agency_due ON cf_case (agency_code, due_date, id);
CREATE INDEX ix_cf_case_stage ON cf_case (stage, agency_path, registered_at);
CREATE INDEX ix_cf_case_campaign ON cf_case (campaign_code, agency_path, registered_at);
CREATE INDEX ix_cf_case_uscc ON cf_case (party_uscc);
CREATE INDEX ix_cf_case_pi ON cf_case (process_instance_id);

CREATE TABLE cf_case_product (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id              BIGINT       NOT NULL,
  name                 VARCHAR(200) NOT NULL,
  brand                VARCHAR(100),
  model                VARCHAR(100),
  batch_no             VARCHAR(100),
  standard_code        VARCHAR(100),
  report_no            VARCHAR(100),
  non_conforming_items VARCHAR(1000),
  sampling_place       VARCHAR(200),
  goods_value          DECIMAL(18,2)
);
CREATE INDEX ix_cf_case_product_case ON cf_case_product (case_id);

CREATE TABLE cf_case_officer (
  case_id    BIGINT      NOT NULL,
  user_id    VARCHAR(64) NOT NULL,
  role       VARCHAR(16) NOT NULL,
  assigned_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (case_id, user_id)
);

-- One row per (agency, year, kind): locked with SELECT ... FOR UPDATE in the engine's transaction,
-- so a rolled-back filing gives its number back (no gaps) and concurrent filings queue (no duplicates).
CREATE TABLE cf_number_counter (
  agency_code VARCHAR(32) NOT NULL,
  seq_year    INT         NOT NULL,
  kind        VARCHAR(16) NOT NULL,
  last_seq    INT         NOT NULL,
  PRIMARY KEY (agency_code, seq_year, kind)
);

-- Documents the process asks for (prior notice, decision delivery, ...); the documents feature renders them.
CREATE TABLE cf_notification_request (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT       NOT NULL,
  document_type VARCHAR(64)  NOT NULL,
  activity_id   VARCHAR(128),
  requested_at  TIMESTAMP(3) NOT NULL,
  status        VARCHAR(16)  NOT NULL
);
CREATE INDEX ix_cf_notification_case ON cf_notification_request (case_id);

-- Task projection: one row per open user task, written by engine task events in the engine's transaction.
CREATE TABLE cf_task (
  id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  process_definition_id VARCHAR(128) NOT NULL,
  process_key         VARCHAR(128) NOT NULL,
  activity_id         VARCHAR(128) NOT NULL,
  name                VARCHAR(255),
  form_key            VARCHAR(128),
  assignee            VARCHAR(64),
  owner               VARCHAR(64),
  agency_code         VARCHAR(32)  NOT NULL,
  agency_path         VARCHAR(255) NOT NULL,
  campaign_code       VARCHAR(32),
  case_id             BIGINT,
  case_no             VARCHAR(64),
  party_name          VARCHAR(200),
  party_uscc          VARCHAR(18),
  due_date            DATE,
  created_at          TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_cf_task_assignee ON cf_task (assignee, due_date, id);
CREATE INDEX ix_cf_task_agency ON cf_task (agency_code, due_date, id);
CREATE INDEX ix_cf_task_path ON cf_task (agency_path, due_date, id);
CREATE INDEX ix_cf_task_case ON cf_task (case_id);

-- Candidate groups, denormalised with what the candidates tab filters and sorts on.
CREATE TABLE cf_task_candidate (
  task_id     VARCHAR(64)  NOT NULL,
  group_id    VARCHAR(64)  NOT NULL,
  agency_code VARCHAR(32)  NOT NULL,
  agency_path VARCHAR(255) NOT NULL,
  claimed     BOOLEAN      NOT NULL,
  due_date    DATE,
  PRIMARY KEY (task_id, group_id)
);
CREATE INDEX ix_cf_task_candidate_list ON cf_task_candidate (group_id, agency_code, claimed, due_date, task_id);
CREATE INDEX ix_cf_task_candidate_path ON cf_task_candidate (group_id, agency_path, claimed, due_date, task_id);

-- Form drafts: what a user typed but did not submit yet.
CREATE TABLE cf_task_draft (
  task_id    VARCHAR(64)   NOT NULL PRIMARY KEY,
  user_id    VARCHAR(64)   NOT NULL,
  variables  VARCHAR(8000) NOT NULL,
  saved_at   TIMESTAMP(3)  NOT NULL
);
