-- Work habits (issue 10): done tasks, send-backs, carbon copies, urges, reminders, notification centre.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11.

-- 已办: one row per task a user finished (completed, or sent back), written in the engine's transaction.
CREATE TABLE cf_task_done (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_id             VARCHAR(64)  NOT NULL,
  process_instance_id VARCHAR(64)  NOT NULL,
  process_key         VARCHAR(128) NOT NULL,
  activity_id         VARCHAR(128) NOT NULL,
  name                VARCHAR(255),
  assignee            VARCHAR(64)  NOT NULL,
  agency_code         VARCHAR(32)  NOT NULL,
  agency_path         VARCHAR(255) NOT NULL,
  case_id             BIGINT,
  case_no             VARCHAR(64),
  party_name          VARCHAR(200),
  outcome             VARCHAR(16)  NOT NULL,
  decision            VARCHAR(64),
  comment_text        VARCHAR(2000),
  created_at          TIMESTAMP(3) NOT NULL,
  completed_at        TIMESTAMP(3) NOT NULL
);
CREATE UNIQUE INDEX ux_cf_task_done_task ON cf_task_done (task_id);
CREATE INDEX ix_cf_task_done_assignee ON cf_task_done (assignee, completed_at);
CREATE INDEX ix_cf_task_done_case ON cf_task_done (case_id, completed_at);

-- 我发起的: cases by the user who registered them, newest first.
CREATE INDEX ix_cf_case_registered_by ON cf_case (registered_by, registered_at);

-- 抄送: one row per recipient user; read_at marks it read.
CREATE TABLE cf_carbon_copy (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id     BIGINT       NOT NULL,
  task_id     VARCHAR(64)  NOT NULL,
  activity_id VARCHAR(128),
  task_name   VARCHAR(255),
  from_user   VARCHAR(64)  NOT NULL,
  user_id     VARCHAR(64)  NOT NULL,
  note        VARCHAR(500),
  created_at  TIMESTAMP(3) NOT NULL,
  read_at     TIMESTAMP(3)
);
CREATE INDEX ix_cf_carbon_copy_user ON cf_carbon_copy (user_id, created_at);
CREATE UNIQUE INDEX ux_cf_carbon_copy ON cf_carbon_copy (task_id, user_id);

-- 催办: by a person (URGE) or by the reminder job (DUE_SOON, OVERDUE). The unique key (task, kind, day,
-- guard) is the guard that keeps two nodes, or two runs, from sending the same automatic reminder twice;
-- a person's urges use their row id as guard so several a day are kept.
CREATE TABLE cf_task_reminder (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_id     VARCHAR(64)  NOT NULL,
  case_id     BIGINT,
  kind        VARCHAR(16)  NOT NULL,
  sent_on     DATE         NOT NULL,
  guard_key   VARCHAR(64)  NOT NULL,
  from_user   VARCHAR(64)  NOT NULL,
  to_user     VARCHAR(64),
  message     VARCHAR(500),
  created_at  TIMESTAMP(3) NOT NULL
);
CREATE UNIQUE INDEX ux_cf_task_reminder ON cf_task_reminder (task_id, kind, sent_on, guard_key);
CREATE INDEX ix_cf_task_reminder_to ON cf_task_reminder (to_user, created_at);

-- Notification centre: cf_notification comes from V30 (follow-up). Read marks of group notifications (a user's own notifications use cf_notification.read_at).
CREATE TABLE cf_notification_read (
  notification_id BIGINT      NOT NULL,
  user_id         VARCHAR(64) NOT NULL,
  read_at         TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (notification_id, user_id)
);
CREATE INDEX ix_cf_notif_inbox_user ON cf_notification (user_id, created_at);
CREATE INDEX ix_cf_notif_inbox_group ON cf_notification (group_id, created_at);
