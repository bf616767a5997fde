-- The task list's text filter with a USCC (an 18-character code) is an exact match on its own index.
CREATE INDEX ix_cf_task_party_uscc ON cf_task (party_uscc);
