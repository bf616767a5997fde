-- Credit publication (行政处罚信息公示) and the built-in simulator of the National Enterprise Credit
-- Information Publicity System. Portable between H2 2.x and MySQL 8 / MariaDB 10.11.

-- One penalty decision to publish; decision_no is the idempotency key towards the publicity system.
CREATE TABLE cf_credit_publication (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  decision_no          VARCHAR(100) NOT NULL,
  case_no              VARCHAR(100),
  process_instance_id  VARCHAR(64),
  agency_code          VARCHAR(32),
  campaign_code        VARCHAR(32),
  handling_officer     VARCHAR(64),
  party_name           VARCHAR(200),
  party_uscc           VARCHAR(18),
  violation_type       VARCHAR(500),
  penalty_kind         VARCHAR(32),
  penalty_summary      VARCHAR(2000),
  fine_amount          DECIMAL(18,2),
  decision_date        DATE,
  publication_due_date DATE,
  pub_status           VARCHAR(16)  NOT NULL,
  attempts             INT          NOT NULL DEFAULT 0,
  last_attempt_at      TIMESTAMP(3),
  last_error           VARCHAR(1000),
  external_record_id   VARCHAR(100),
  published_date       DATE,
  overdue              BOOLEAN      NOT NULL DEFAULT FALSE,
  overdue_flagged_at   TIMESTAMP(3),
  end_reason           VARCHAR(32),
  ended_at             TIMESTAMP(3),
  created_at           TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_cf_credit_publication_decision UNIQUE (decision_no)
);
CREATE INDEX ix_cf_credit_publication_agency ON cf_credit_publication (agency_code, pub_status);

-- What the simulated national system holds, keyed by the caller's idempotency key.
CREATE TABLE cf_publicity_sim_record (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  idempotency_key VARCHAR(100)  NOT NULL,
  record_no       VARCHAR(100)  NOT NULL,
  payload         VARCHAR(8000) NOT NULL,
  sim_status      VARCHAR(16)   NOT NULL,
  published_at    TIMESTAMP(3)  NOT NULL,
  ended_at        TIMESTAMP(3),
  end_reason      VARCHAR(32),
  CONSTRAINT uq_cf_publicity_sim_key UNIQUE (idempotency_key)
);
