-- A task's candidate rows and its draft go with the task: one DELETE of the cf_task row removes all three
-- (the projection's completion sends one statement instead of three).
DELETE FROM cf_task_candidate WHERE task_id NOT IN (SELECT id FROM cf_task);
DELETE FROM cf_task_draft WHERE task_id NOT IN (SELECT id FROM cf_task);
ALTER TABLE cf_task_candidate ADD CONSTRAINT fk_cf_task_candidate_task
  FOREIGN KEY (task_id) REFERENCES cf_task (id) ON DELETE CASCADE;
ALTER TABLE cf_task_draft ADD CONSTRAINT fk_cf_task_draft_task
  FOREIGN KEY (task_id) REFERENCES cf_task (id) ON DELETE CASCADE;
