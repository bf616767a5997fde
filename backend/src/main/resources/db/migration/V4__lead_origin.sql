-- Leads opened by other processes (spot-check follow-up, recall) remember where they came from:
-- "<business key>|<leadReason>", so a retried service task does not open the same lead twice.
ALTER TABLE cf_case ADD COLUMN origin_key VARCHAR(200);
CREATE INDEX ix_cf_case_origin ON cf_case (origin_key);
