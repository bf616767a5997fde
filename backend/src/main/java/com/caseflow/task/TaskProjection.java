package com.caseflow.task;

import com.caseflow.cases.CaseMapper;
import com.caseflow.common.ClockConfig;
import com.caseflow.common.Messages;
import com.caseflow.notification.NotificationService;
import java.time.Clock;
import java.util.Locale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps cf_task / cf_task_candidate in step with the engine's user tasks. Runs synchronously inside the
 * engine command (camunda.bpm.eventing.task=true), so the projection commits or rolls back with the engine.
 * Statements per event: create 3 (case lookup, task, candidates); assignment/update 2, written once per state and
 * transaction (claiming fires update and assignment); complete/delete 2 (已办 row, task row, its candidates and draft
 * by cascade); plus a refresh of the case's due date where a due date appears or goes.
 */
@Component
public class TaskProjection {

  private final TaskMapper tasks;
  private final CaseMapper cases;
  private final TaskDoneMapper done;
  private final NotificationService notifications;
  private final Messages messages;
  private final Clock clock;
  private final TaskDefinitions definitions;

  public TaskProjection(TaskMapper tasks, CaseMapper cases, TaskDoneMapper done, NotificationService notifications,
      Messages messages, Clock clock, TaskDefinitions definitions) {
    this.definitions = definitions;
    this.tasks = tasks;
    this.cases = cases;
    this.done = done;
    this.notifications = notifications;
    this.messages = messages;
    this.clock = clock;
  }

  @EventListener
  public void on(DelegateTask task) {
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> created(task);
      case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> updated(task);
      case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> removed(task);
      default -> { }
    }
  }

  private void created(DelegateTask task) {
    Long caseId = caseId(task.getVariable("leadId"));
    String caseNo = null;
    String partyName = string(task.getVariable("partyName"));
    String partyUscc = string(task.getVariable("partyUscc"));
    String campaign = string(task.getVariable("campaignCode"));
    String agencyCode = string(task.getVariable("agencyCode"));
    String agencyPath = null;
    Map<String, Object> row = caseId == null ? null : tasks.caseRow(caseId);
    if (row != null) {
      caseNo = (String) value(row, "case_no");
      partyName = (String) value(row, "party_name");
      partyUscc = (String) value(row, "party_uscc");
      campaign = (String) value(row, "campaign_code");
      agencyCode = (String) value(row, "agency_code");
      agencyPath = (String) value(row, "agency_path");
    } else {
      caseId = null;
      if (agencyCode != null) {
        agencyPath = tasks.agencyPath(agencyCode);
      }
    }
    if (agencyCode == null || agencyPath == null) {
      // not a case task (no agency): the province sees it
      agencyCode = "NX";
      agencyPath = "/NX/";
    }
    String definitionId = task.getProcessDefinitionId();
    Date created = task.getCreateTime();
    TaskRecord record = new TaskRecord(task.getId(), task.getProcessInstanceId(), definitionId,
        definitionId == null ? "" : definitionId.substring(0, definitionId.indexOf(':') < 0 ? definitionId.length()
            : definitionId.indexOf(':')),
        task.getTaskDefinitionKey(), task.getName(),
        definitions.task(definitionId, task.getTaskDefinitionKey()).formRef(), task.getAssignee(), task.getOwner(),
        agencyCode, agencyPath, campaign, caseId, caseNo, partyName, truncate(partyUscc, 18),
        localDate(task.getDueDate()),
        (created == null ? Instant.now() : created.toInstant()).truncatedTo(ChronoUnit.MILLIS));
    tasks.insert(record);
    List<String> groups = CandidateKeys.of(task);
    if (!groups.isEmpty()) {
      tasks.insertCandidates(record, groups, task.getAssignee() != null);
      if (task.getAssignee() == null) {
        notifyGroups(record, groups);
      }
    }
    if (caseId != null && record.dueDate() != null) {
      cases.refreshDue(caseId);
    }
    markSynced(task);
  }

  /**
   * Claiming fires two events (update, then assignment) with the same new state; a task created with an assignee
   * fires assignment after create. Each state is written once per transaction.
   */
  private void updated(DelegateTask task) {
    if (alreadySynced(task)) {
      return;
    }
    LocalDate due = localDate(task.getDueDate());
    boolean claimed = task.getAssignee() != null;
    TaskRecord before = null;
    if (TaskListener.EVENTNAME_UPDATE.equals(task.getEventName())) {
      before = tasks.find(task.getId());
      if (before == null) {
        return;
      }
      // candidate groups or users may have changed through the API: re-sync them only then
      List<String> groups = CandidateKeys.of(task);
      if (!new java.util.HashSet<>(groups).equals(new java.util.HashSet<>(tasks.candidates(task.getId())))) {
        tasks.deleteCandidates(task.getId());
        if (!groups.isEmpty()) {
          tasks.insertCandidates(withDue(before, due), groups, claimed);
        }
      } else if (claimed != (before.assignee() != null) || !Objects.equals(before.dueDate(), due)) {
        tasks.updateCandidates(task.getId(), claimed, due);
      }
    }
    if (before == null || !Objects.equals(before.assignee(), task.getAssignee())
        || !Objects.equals(before.owner(), task.getOwner()) || !Objects.equals(before.dueDate(), due)
        || !Objects.equals(before.name(), task.getName())) {
      if (tasks.update(task.getId(), task.getAssignee(), task.getOwner(), due, task.getName()) == 0) {
        return; // assignment before create: the create event inserts the current state
      }
    }
    if (before == null) {
      tasks.updateCandidates(task.getId(), claimed, due);
    }
    if (before != null && before.caseId() != null && !Objects.equals(before.dueDate(), due)) {
      cases.refreshDue(before.caseId());
    }
    markSynced(task);
  }

  /** 新任务: the candidate groups of the task's agency (and candidate users) hear of it in their notification centre. */
  private void notifyGroups(TaskRecord t, List<String> groups) {
    String subject = t.caseNo() != null ? t.caseNo() : t.partyName() != null ? t.partyName() : "";
    String title = messages.get(Locale.SIMPLIFIED_CHINESE, "notification.NEW_TASK.title", t.name());
    String body = messages.get(Locale.SIMPLIFIED_CHINESE, "notification.NEW_TASK.body", t.name(), subject);
    for (String group : groups) {
      CandidateKeys.notify(notifications, group, t.agencyCode(), "NEW_TASK", title, body, "/tasks/" + t.id(),
          t.caseNo() != null ? t.caseNo() : t.caseId() != null ? "lead-" + t.caseId() : null);
    }
  }

  private void removed(DelegateTask task) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) && task.getAssignee() != null) {
      // 已办: kept before the projection row goes (decision and comment are added by the completing service)
      CompletionNotes.Note note = CompletionNotes.take(task.getId());
      done.insertFromProjection(task.getId(), task.getAssignee(), "COMPLETED", note.decision(), note.comment(),
          Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
    }
    tasks.delete(task.getId()); // its candidate rows and draft go with it (ON DELETE CASCADE)
    Long caseId = caseId(task.getVariable("leadId"));
    if (caseId != null && task.getDueDate() != null) {
      cases.refreshDue(caseId);
    }
  }

  /** The projected fields of a task as last written. */
  private record Synced(String assignee, String owner, LocalDate due, String name) {
    static Synced of(DelegateTask task) {
      return new Synced(task.getAssignee(), task.getOwner(), localDate(task.getDueDate()), task.getName());
    }
  }

  private static final Object SYNCED_KEY = new Object();

  /** What this transaction has already written for its tasks (null outside a Spring transaction). */
  @SuppressWarnings("unchecked")
  private Map<String, Synced> synced() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<String, Synced> state = (Map<String, Synced>) TransactionSynchronizationManager.getResource(SYNCED_KEY);
    if (state == null) {
      state = new java.util.HashMap<>();
      TransactionSynchronizationManager.bindResource(SYNCED_KEY, state);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(SYNCED_KEY);
        }
      });
    }
    return state;
  }

  /** Whether the task's projected fields were already written as they are now in this transaction. */
  private boolean alreadySynced(DelegateTask task) {
    Map<String, Synced> state = synced();
    return state != null && Synced.of(task).equals(state.get(task.getId()));
  }

  private void markSynced(DelegateTask task) {
    Map<String, Synced> state = synced();
    if (state != null) {
      state.put(task.getId(), Synced.of(task));
    }
  }

  private static TaskRecord withDue(TaskRecord t, LocalDate due) {
    return new TaskRecord(t.id(), t.processInstanceId(), t.processDefinitionId(), t.processKey(), t.activityId(),
        t.name(), t.formKey(), t.assignee(), t.owner(), t.agencyCode(), t.agencyPath(), t.campaignCode(), t.caseId(),
        t.caseNo(), t.partyName(), t.partyUscc(), due, t.createdAt());
  }

  private static Object value(Map<String, Object> row, String key) {
    Object v = row.get(key);
    return v != null ? v : row.get(key.toUpperCase());
  }

  static Long caseId(Object v) {
    return v instanceof Number n ? n.longValue() : null;
  }

  private static String string(Object v) {
    return v == null ? null : v.toString();
  }

  private static String truncate(String s, int n) {
    return s == null || s.length() <= n ? s : s.substring(0, n);
  }

  static LocalDate localDate(Date date) {
    return date == null ? null : date.toInstant().atZone(ClockConfig.ZONE).toLocalDate();
  }
}
