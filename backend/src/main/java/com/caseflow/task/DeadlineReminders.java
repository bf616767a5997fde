package com.caseflow.task;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.calendar.CalendarSnapshot;
import com.caseflow.calendar.CalendarYearNotLoadedException;
import com.caseflow.calendar.StatutoryCalendar;
import com.caseflow.common.ClockConfig;
import com.caseflow.common.Messages;
import com.caseflow.notification.NotificationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic reminders: a task whose due day is 3 working days away (DUE_SOON), and every day a task is overdue
 * (OVERDUE). Runs hourly on every node; the unique key of cf_task_reminder (task, kind, day) lets only one
 * node and one run send each reminder. Each reminder commits on its own, so one failure does not stop the rest.
 */
@Component
public class DeadlineReminders {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineReminders.class);
  static final int DUE_SOON_WORKING_DAYS = 3;

  private final ReminderMapper reminders;
  private final TaskMapper tasks;
  private final NotificationService notifications;
  private final AuditService audit;
  private final StatutoryCalendar calendar;
  private final Messages messages;
  private final TransactionTemplate tx;
  private final Clock clock;

  public DeadlineReminders(ReminderMapper reminders, TaskMapper tasks, NotificationService notifications,
      AuditService audit, StatutoryCalendar calendar, Messages messages, TransactionTemplate tx, Clock clock) {
    this.reminders = reminders;
    this.tasks = tasks;
    this.notifications = notifications;
    this.audit = audit;
    this.calendar = calendar;
    this.messages = messages;
    this.tx = tx;
    this.clock = clock;
  }

  @Scheduled(cron = "${caseflow.reminders.cron:0 7 * * * *}", zone = "Asia/Shanghai")
  public void scheduled() {
    try {
      int sent = run();
      if (sent > 0) {
        LOG.info("deadline reminders sent: {}", sent);
      }
    } catch (RuntimeException e) {
      LOG.warn("deadline reminders failed", e);
    }
  }

  /** Sends today's reminders that were not sent yet; returns how many this call sent. */
  public int run() {
    LocalDate today = LocalDate.now(clock.withZone(ClockConfig.ZONE));
    CalendarSnapshot snapshot = calendar.snapshot();
    int sent = 0;
    // 3 working days are at most ~10 calendar days away (Spring Festival / National Day weeks)
    for (TaskRecord t : reminders.dueBy(today.plusDays(14))) {
      String kind;
      try {
        int left = snapshot.workingDaysBetween(today, t.dueDate());
        kind = t.dueDate().isBefore(today) ? "OVERDUE" : left == DUE_SOON_WORKING_DAYS ? "DUE_SOON" : null;
      } catch (CalendarYearNotLoadedException e) {
        kind = t.dueDate().isBefore(today) ? "OVERDUE" : null;
      }
      if (kind != null && send(t, kind, today)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean send(TaskRecord t, String kind, LocalDate today) {
    try {
      return Boolean.TRUE.equals(tx.execute(s -> {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        reminders.insert(t.id(), t.caseId(), kind, today, "AUTO", "system", t.assignee(), null, now);
        String subject = t.caseNo() != null ? t.caseNo() : t.partyName() != null ? t.partyName() : "";
        String type = "DEADLINE_" + kind;
        String title = messages.get(Locale.SIMPLIFIED_CHINESE, "notification." + type + ".title", t.name(), subject,
            t.dueDate().toString());
        String body = messages.get(Locale.SIMPLIFIED_CHINESE, "notification." + type + ".body", t.name(), subject,
            t.dueDate().toString());
        if (t.assignee() != null) {
          notifications.send(t.assignee(), null, t.agencyCode(), type, title, body, "/tasks/" + t.id(), t.caseNo());
        } else {
          for (String g : tasks.candidates(t.id())) {
            CandidateKeys.notify(notifications, g, t.agencyCode(), type, title, body, "/tasks/" + t.id(), t.caseNo());
          }
        }
        audit.record(AuditEntry.of("TASK_REMINDED", t.caseId(), t.id(), "task", t.activityId())
            .withValues(null, kind));
        return true;
      }));
    } catch (DuplicateKeyException e) {
      return false; // already sent today (this node or another)
    }
  }
}
