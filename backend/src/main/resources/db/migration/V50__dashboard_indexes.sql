-- Dashboard figures (issue 8). Figures filter cf_case by agency subtree / campaign and a period on the date the
-- figure is about; overdue tasks and the process overlay read cf_task by process and due date.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11. Query plans: docs/PERFORMANCE.md.
CREATE INDEX ix_cf_case_campaign_filed ON cf_case (campaign_code, filed_at);
CREATE INDEX ix_cf_case_campaign_decision ON cf_case (campaign_code, decision_date);
CREATE INDEX ix_cf_case_path_decision ON cf_case (agency_path, decision_date);
CREATE INDEX ix_cf_case_closed ON cf_case (closed_at);
CREATE INDEX ix_cf_task_process_activity ON cf_task (process_key, activity_id, agency_path, due_date);
CREATE INDEX ix_cf_task_due ON cf_task (due_date, agency_path);
