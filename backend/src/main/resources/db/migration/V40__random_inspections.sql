-- 双随机、一公开 random inspections: target and inspector directories, conflicts, plans, draws.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11.

-- Inspection targets (检查对象名录): enterprises by type within an agency.
CREATE TABLE cf_inspection_target (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  target_type  VARCHAR(32)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  uscc         VARCHAR(18)  NOT NULL,
  address      VARCHAR(300),
  agency_code  VARCHAR(32)  NOT NULL,
  agency_path  VARCHAR(255) NOT NULL,
  imported_at  TIMESTAMP(3) NOT NULL,
  imported_by  VARCHAR(64)  NOT NULL
);
CREATE UNIQUE INDEX ux_cf_inspection_target ON cf_inspection_target (target_type, uscc);
CREATE INDEX ix_cf_inspection_target_path ON cf_inspection_target (target_type, agency_path, id);
CREATE INDEX ix_cf_inspection_target_uscc ON cf_inspection_target (uscc);

-- Inspectors (执法检查人员名录) with their enforcement credential (执法证), linked to Camunda users.
CREATE TABLE cf_inspector (
  user_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
  agency_code    VARCHAR(32)  NOT NULL,
  agency_path    VARCHAR(255) NOT NULL,
  credential_no  VARCHAR(64)  NOT NULL,
  valid_until    DATE         NOT NULL,
  active         BOOLEAN      NOT NULL,
  updated_at     TIMESTAMP(3) NOT NULL,
  updated_by     VARCHAR(64)  NOT NULL
);
CREATE UNIQUE INDEX ux_cf_inspector_credential ON cf_inspector (credential_no);
CREATE INDEX ix_cf_inspector_path ON cf_inspector (agency_path);

-- Conflicts of interest (回避): this inspector must never be drawn for this target.
CREATE TABLE cf_inspection_conflict (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  inspector_id VARCHAR(64) NOT NULL,
  target_id   BIGINT       NOT NULL,
  reason      VARCHAR(500) NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL,
  created_by  VARCHAR(64)  NOT NULL
);
CREATE UNIQUE INDEX ux_cf_inspection_conflict ON cf_inspection_conflict (inspector_id, target_id);
CREATE INDEX ix_cf_inspection_conflict_target ON cf_inspection_conflict (target_id);

-- Inspection plans: DRAFT -> DRAWN (may be re-drawn) -> PUBLISHED (frozen, tasks started).
CREATE TABLE cf_inspection_plan (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_code VARCHAR(32)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  target_type   VARCHAR(32)  NOT NULL,
  agency_code   VARCHAR(32)  NOT NULL,
  agency_path   VARCHAR(255) NOT NULL,
  sample_percent DECIMAL(5,2),
  sample_count  INT,
  period_start  DATE         NOT NULL,
  period_end    DATE         NOT NULL,
  status        VARCHAR(16)  NOT NULL,
  created_at    TIMESTAMP(3) NOT NULL,
  created_by    VARCHAR(64)  NOT NULL,
  drawn_at      TIMESTAMP(3),
  drawn_by      VARCHAR(64),
  published_at  TIMESTAMP(3),
  published_by  VARCHAR(64)
);
CREATE INDEX ix_cf_inspection_plan_path ON cf_inspection_plan (agency_path, id);
CREATE INDEX ix_cf_inspection_plan_campaign ON cf_inspection_plan (campaign_code);

-- The draw log: everything needed to recompute the draw (inputs as sorted ids, seed, algorithm, outputs).
CREATE TABLE cf_inspection_draw (
  plan_id           BIGINT       NOT NULL PRIMARY KEY,
  seed              BIGINT       NOT NULL,
  algorithm         VARCHAR(64)  NOT NULL,
  algorithm_version VARCHAR(16)  NOT NULL,
  log_json          MEDIUMTEXT   NOT NULL,
  drawn_at          TIMESTAMP(3) NOT NULL,
  drawn_by          VARCHAR(64)  NOT NULL
);

-- One drawn target with its two inspectors; becomes a random-inspection process when the plan is published.
CREATE TABLE cf_inspection (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id             BIGINT       NOT NULL,
  draw_order          INT          NOT NULL,
  target_id           BIGINT       NOT NULL,
  inspector1          VARCHAR(64)  NOT NULL,
  inspector2          VARCHAR(64)  NOT NULL,
  status              VARCHAR(32)  NOT NULL,
  process_instance_id VARCHAR(64),
  inspection_date     DATE,
  inspection_result   VARCHAR(32),
  findings            VARCHAR(4000),
  photo_refs          VARCHAR(2000),
  problem_found       BOOLEAN,
  rectification_deadline DATE,
  rectified           BOOLEAN,
  lead_id             BIGINT,
  public_result       VARCHAR(32),
  public_summary      VARCHAR(2000),
  published_date      DATE
);
CREATE UNIQUE INDEX ux_cf_inspection_plan_target ON cf_inspection (plan_id, target_id);
CREATE INDEX ix_cf_inspection_pi ON cf_inspection (process_instance_id);
