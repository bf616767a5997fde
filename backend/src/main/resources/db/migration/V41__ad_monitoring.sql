-- 广告监测 (ad monitoring): records from media monitoring of 三品一械 and education ads, the key periods
-- (6·18、双11、儿童节、寒暑假、开学季) as configurable date ranges per year, and the record ↔ key period tags.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11.

-- Key periods: one row per date range; a period may have several ranges in a year (寒假 and 暑假, spring and autumn 开学季).
CREATE TABLE cf_ad_key_period (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  period_year INT          NOT NULL,
  code        VARCHAR(32)  NOT NULL,
  start_date  DATE         NOT NULL,
  end_date    DATE         NOT NULL,
  updated_at  TIMESTAMP(3) NOT NULL,
  updated_by  VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_cf_ad_key_period_year ON cf_ad_key_period (period_year, code);

-- One monitored advertisement.
CREATE TABLE cf_ad_record (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_code    VARCHAR(32)  NOT NULL,
  agency_code      VARCHAR(32)  NOT NULL,
  agency_path      VARCHAR(255) NOT NULL,
  media            VARCHAR(200) NOT NULL,
  advertiser_name  VARCHAR(200) NOT NULL,
  advertiser_uscc  VARCHAR(18)  NOT NULL,
  product_category VARCHAR(32)  NOT NULL,
  product_name     VARCHAR(200) NOT NULL,
  ad_date          DATE         NOT NULL,
  violation_type   VARCHAR(40)  NOT NULL,
  description      VARCHAR(2000),
  entry_mode       VARCHAR(16)  NOT NULL,
  source_row       INT,
  lead_id          BIGINT,
  created_at       TIMESTAMP(3) NOT NULL,
  created_by       VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_cf_ad_record_path ON cf_ad_record (agency_path, ad_date);
CREATE INDEX ix_cf_ad_record_campaign ON cf_ad_record (campaign_code, ad_date);
CREATE INDEX ix_cf_ad_record_uscc ON cf_ad_record (advertiser_uscc);

-- The key periods a record's ad date falls in (recomputed when a year's periods change).
CREATE TABLE cf_ad_record_period (
  record_id   BIGINT      NOT NULL,
  code        VARCHAR(32) NOT NULL,
  PRIMARY KEY (record_id, code)
);
CREATE INDEX ix_cf_ad_record_period_code ON cf_ad_record_period (code);

INSERT INTO cf_ad_key_period (period_year, code, start_date, end_date, updated_at, updated_by) VALUES
  (2021, 'JUNE_18', DATE '2021-06-01', DATE '2021-06-20', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2021, 'DOUBLE_11', DATE '2021-10-20', DATE '2021-11-12', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2021, 'CHILDRENS_DAY', DATE '2021-05-25', DATE '2021-06-01', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2021, 'SCHOOL_BREAK', DATE '2021-01-15', DATE '2021-02-25', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2021, 'SCHOOL_BREAK', DATE '2021-07-01', DATE '2021-08-31', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2021, 'SCHOOL_START', DATE '2021-02-20', DATE '2021-03-10', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2021, 'SCHOOL_START', DATE '2021-08-20', DATE '2021-09-15', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2022, 'JUNE_18', DATE '2022-06-01', DATE '2022-06-20', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2022, 'DOUBLE_11', DATE '2022-10-20', DATE '2022-11-12', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2022, 'CHILDRENS_DAY', DATE '2022-05-25', DATE '2022-06-01', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2022, 'SCHOOL_BREAK', DATE '2022-01-15', DATE '2022-02-25', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2022, 'SCHOOL_BREAK', DATE '2022-07-01', DATE '2022-08-31', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2022, 'SCHOOL_START', DATE '2022-02-20', DATE '2022-03-10', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2022, 'SCHOOL_START', DATE '2022-08-20', DATE '2022-09-15', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2023, 'JUNE_18', DATE '2023-06-01', DATE '2023-06-20', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2023, 'DOUBLE_11', DATE '2023-10-20', DATE '2023-11-12', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2023, 'CHILDRENS_DAY', DATE '2023-05-25', DATE '2023-06-01', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2023, 'SCHOOL_BREAK', DATE '2023-01-15', DATE '2023-02-25', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2023, 'SCHOOL_BREAK', DATE '2023-07-01', DATE '2023-08-31', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2023, 'SCHOOL_START', DATE '2023-02-20', DATE '2023-03-10', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2023, 'SCHOOL_START', DATE '2023-08-20', DATE '2023-09-15', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2024, 'JUNE_18', DATE '2024-06-01', DATE '2024-06-20', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2024, 'DOUBLE_11', DATE '2024-10-20', DATE '2024-11-12', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2024, 'CHILDRENS_DAY', DATE '2024-05-25', DATE '2024-06-01', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2024, 'SCHOOL_BREAK', DATE '2024-01-15', DATE '2024-02-25', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2024, 'SCHOOL_BREAK', DATE '2024-07-01', DATE '2024-08-31', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2024, 'SCHOOL_START', DATE '2024-02-20', DATE '2024-03-10', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2024, 'SCHOOL_START', DATE '2024-08-20', DATE '2024-09-15', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2025, 'JUNE_18', DATE '2025-06-01', DATE '2025-06-20', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2025, 'DOUBLE_11', DATE '2025-10-20', DATE '2025-11-12', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2025, 'CHILDRENS_DAY', DATE '2025-05-25', DATE '2025-06-01', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2025, 'SCHOOL_BREAK', DATE '2025-01-15', DATE '2025-02-25', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2025, 'SCHOOL_BREAK', DATE '2025-07-01', DATE '2025-08-31', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2025, 'SCHOOL_START', DATE '2025-02-20', DATE '2025-03-10', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2025, 'SCHOOL_START', DATE '2025-08-20', DATE '2025-09-15', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2026, 'JUNE_18', DATE '2026-06-01', DATE '2026-06-20', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2026, 'DOUBLE_11', DATE '2026-10-20', DATE '2026-11-12', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2026, 'CHILDRENS_DAY', DATE '2026-05-25', DATE '2026-06-01', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2026, 'SCHOOL_BREAK', DATE '2026-01-15', DATE '2026-02-25', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2026, 'SCHOOL_BREAK', DATE '2026-07-01', DATE '2026-08-31', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2026, 'SCHOOL_START', DATE '2026-02-20', DATE '2026-03-10', TIMESTAMP '2026-01-01 00:00:00', 'flyway'),
  (2026, 'SCHOOL_START', DATE '2026-08-20', DATE '2026-09-15', TIMESTAMP '2026-01-01 00:00:00', 'flyway');
