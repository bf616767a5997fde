-- Overdue figures by agency read this index only (no task rows) for the overdue range (ix_cf_task_due, its prefix,
-- stays: dropping an index is not written the same way on H2 and MySQL).
CREATE INDEX ix_cf_task_overdue ON cf_task (due_date, agency_path, campaign_code, agency_code, process_key,
  activity_id);
