package com.caseflow.task;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.cases.AgencyScope;
import com.caseflow.cases.CaseMapper;
import com.caseflow.cases.CaseQueryService;
import com.caseflow.cases.CaseRecord;
import com.caseflow.cases.UserNames;
import com.caseflow.common.ApiException;
import com.caseflow.common.Messages;
import com.caseflow.notification.NotificationService;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import com.caseflow.security.UserProfileMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work habits around one task (issue 10): send back (退回), transfer (转办), delegate and resolve (委派),
 * urge (催办), comment, and what the task page offers. Every change is audited in its transaction.
 */
@Service
public class TaskHabits {

  /** Review and approval steps: the ones that may send a case back. */
  static final Pattern REVIEW_STEP = Pattern.compile("Task_\\w*(Approve|Review|Discuss)\\w*");

  private final TaskMapper tasks;
  private final TaskDoneMapper done;
  private final ReminderMapper reminders;
  private final CaseMapper cases;
  private final TaskService engineTasks;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final UserProfileMapper profiles;
  private final NotificationService notifications;
  private final AuditService audit;
  private final UserNames names;
  private final Messages messages;
  private final Clock clock;
  private final ColleagueMapper colleagues;

  public TaskHabits(TaskMapper tasks, TaskDoneMapper done, ReminderMapper reminders, CaseMapper cases,
      TaskService engineTasks, RuntimeService runtime, HistoryService history, IdentityService identity,
      UserProfileMapper profiles, NotificationService notifications, AuditService audit, UserNames names,
      Messages messages, Clock clock, ColleagueMapper colleagues) {
    this.colleagues = colleagues;
    this.tasks = tasks;
    this.done = done;
    this.reminders = reminders;
    this.cases = cases;
    this.engineTasks = engineTasks;
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.profiles = profiles;
    this.notifications = notifications;
    this.audit = audit;
    this.names = names;
    this.messages = messages;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ access

  private TaskRecord visible(String id, CurrentUser user) {
    TaskRecord t = tasks.find(id);
    if (t == null) {
      TaskDoneMapper.Done d = done.find(id);
      if (d != null && AgencyScope.of(user).covers(d.agencyCode(), d.agencyPath())) {
        throw ApiException.conflict("TASK_FINISHED", "error.taskFinished");
      }
    }
    if (t == null || !AgencyScope.of(user).covers(t.agencyCode(), t.agencyPath())) {
      throw new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "error.taskNotFound", id);
    }
    return t;
  }

  static boolean isHead(CurrentUser user) {
    return user.inGroup(Groups.UNIT_HEADS) || user.inGroup(Groups.AGENCY_HEADS);
  }

  /** Only the task's assignee acts on it (a head of its agency subtree may, too, where {@code headMay}). */
  private void requireAssignee(TaskRecord t, CurrentUser user, boolean headMay) {
    if (user.username().equals(t.assignee()) || (headMay && isHead(user))) {
      return;
    }
    if (t.assignee() == null) {
      throw ApiException.conflict("TASK_NOT_ASSIGNED", "error.taskNotAssignee");
    }
    throw new ApiException(HttpStatus.FORBIDDEN, "TASK_NOT_YOURS", "error.taskNotYours", names.of(t.assignee()));
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalidField(field, "validation.required");
    }
    if (value.length() > max) {
      throw ApiException.invalidField(field, "validation.tooLong", max);
    }
    return value.trim();
  }

  private void notifyUser(String to, TaskRecord t, String type, Object... args) {
    if (to == null) {
      return;
    }
    String subject = t.caseNo() != null ? t.caseNo() : t.partyName() != null ? t.partyName() : "";
    Object[] all = new Object[args.length + 2];
    all[0] = t.name();
    all[1] = subject;
    System.arraycopy(args, 0, all, 2, args.length);
    notifications.send(to, null, t.agencyCode(), type,
        messages.get(Locale.SIMPLIFIED_CHINESE, "notification." + type + ".title", all),
        messages.get(Locale.SIMPLIFIED_CHINESE, "notification." + type + ".body", all), "/tasks/" + t.id(),
        t.caseNo());
  }

  // ------------------------------------------------------------------ what the task page offers

  public record Target(String activityId, String name, String lastAssignee, String lastAssigneeName, Instant endedAt) {}

  public record Actions(String owner, String ownerName, boolean delegationPending, boolean canSendBack,
      List<Target> sendBackTargets, List<ReminderMapper.Urged> reminders) {}

  @Transactional(readOnly = true)
  public Actions actions(String id, CurrentUser user) {
    TaskRecord t = visible(id, user);
    Task task = engineTasks.createTaskQuery().taskId(id).singleResult();
    boolean pending = task != null && task.getDelegationState() == DelegationState.PENDING;
    boolean review = REVIEW_STEP.matcher(t.activityId()).matches();
    List<ReminderMapper.Urged> urged = reminders.urgedFor(t.assignee() == null ? "" : t.assignee()).stream()
        .filter(u -> u.taskId().equals(id)).toList();
    return new Actions(t.owner(), names.of(t.owner()), pending, review, review ? targets(t) : List.of(), urged);
  }

  /** User steps this process instance passed (historic activity instances), the current one excluded. */
  List<Target> targets(TaskRecord t) {
    Map<String, Target> byActivity = new LinkedHashMap<>();
    for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
        .processInstanceId(t.processInstanceId()).activityType("userTask").finished()
        .orderByHistoricActivityInstanceEndTime().asc().list()) {
      if (a.getActivityId().equals(t.activityId()) || a.isCanceled()) {
        continue;
      }
      byActivity.remove(a.getActivityId());
      byActivity.put(a.getActivityId(), new Target(a.getActivityId(), a.getActivityName(), a.getAssignee(), null,
          a.getEndTime() == null ? null : a.getEndTime().toInstant()));
    }
    Map<String, String> userNames = names.of(byActivity.values().stream().map(Target::lastAssignee).toList());
    return byActivity.values().stream().map(x -> new Target(x.activityId(), x.name(), x.lastAssignee(),
        userNames.get(x.lastAssignee()), x.endedAt())).toList();
  }

  // ------------------------------------------------------------------ 退回

  /**
   * Returns the case to a user step it passed, by process instance modification: start before the target, then
   * cancel this task's activity instance (in that order, so an enclosing sub-process is kept, not cancelled).
   * The new task goes back to whoever did that step last.
   */
  @Transactional
  public void sendBack(String id, String targetActivityId, String reason, CurrentUser user) {
    TaskRecord t = visible(id, user);
    requireAssignee(t, user, false);
    if (!REVIEW_STEP.matcher(t.activityId()).matches()) {
      throw ApiException.badRequest("SEND_BACK_NOT_ALLOWED", "error.sendBackNotReview");
    }
    String target = required("targetActivityId", targetActivityId, 128);
    String why = required("reason", reason, 2000);
    Target to = targets(t).stream().filter(x -> x.activityId().equals(target)).findFirst()
        .orElseThrow(() -> ApiException.invalidField("targetActivityId", "validation.sendBackTarget", target));
    HistoricTaskInstance ht = history.createHistoricTaskInstanceQuery().taskId(id).singleResult();
    done.insertFromProjection(id, user.username(), "SENT_BACK", "SEND_BACK", why, now());
    try {
      runtime.createProcessInstanceModification(t.processInstanceId())
          .startBeforeActivity(target)
          .cancelActivityInstance(ht.getActivityInstanceId())
          .setAnnotation(why.length() > 4000 ? why.substring(0, 4000) : why)
          .execute();
    } catch (ProcessEngineException e) {
      throw ApiException.conflict("SEND_BACK_FAILED", "error.sendBackFailed", target);
    }
    for (Task next : engineTasks.createTaskQuery().processInstanceId(t.processInstanceId()).taskDefinitionKey(target)
        .list()) {
      if (to.lastAssignee() != null && next.getAssignee() == null) {
        engineTasks.setAssignee(next.getId(), to.lastAssignee());
      }
    }
    audit.record(AuditEntry.of("TASK_SENT_BACK", t.caseId(), id, "task", t.activityId())
        .withValues(t.activityId(), target).withDetail(why));
    notifyUser(to.lastAssignee(), t, "SENT_BACK", to.name(), user.displayName(), why);
  }

  // ------------------------------------------------------------------ 转办 / 委派

  /**
   * A colleague who may take the task: same agency as the task for its assignee; for a head, anyone in the
   * head's agency subtree. Otherwise 400 naming userId.
   */
  private String colleague(TaskRecord t, String userId, CurrentUser user) {
    String to = required("userId", userId, 64);
    String path = profiles.agencyPath(to);
    boolean exists = path != null && identity.createUserQuery().userId(to).count() > 0;
    boolean inside = exists && (path.equals(t.agencyPath())
        || (isHead(user) && user.agencyPath() != null && path.startsWith(user.agencyPath())
            && t.agencyPath().startsWith(user.agencyPath())));
    if (!inside) {
      throw ApiException.invalidField("userId", "validation.colleagueOutside", to);
    }
    if (to.equals(t.assignee())) {
      throw ApiException.invalidField("userId", "validation.alreadyAssignee", names.of(to));
    }
    return to;
  }

  public record Colleague(String userId, String displayName) {}

  /** Who this user may transfer or delegate the task to (the same rule as {@link #colleague}). */
  @Transactional(readOnly = true)
  public List<Colleague> colleagues(String id, CurrentUser user) {
    TaskRecord t = visible(id, user);
    java.util.Set<String> ids = new java.util.LinkedHashSet<>(colleagues.inAgency(t.agencyPath(), false));
    if (isHead(user) && user.agencyPath() != null && t.agencyPath().startsWith(user.agencyPath())) {
      ids.addAll(colleagues.inAgency(user.agencyPath(), true));
    }
    ids.remove(t.assignee());
    ids.remove(user.username());
    Map<String, String> userNames = names.of(ids);
    return ids.stream().filter(userNames::containsKey).map(u -> new Colleague(u, userNames.get(u))).toList();
  }

  @Transactional
  public void transfer(String id, String userId, String reason, CurrentUser user) {
    TaskRecord t = visible(id, user);
    requireAssignee(t, user, true);
    String to = colleague(t, userId, user);
    engineTasks.setOwner(id, to);
    engineTasks.setAssignee(id, to);
    audit.record(AuditEntry.of("TASK_TRANSFERRED", t.caseId(), id, "task", t.activityId())
        .withValues(t.assignee(), to).withDetail(reason == null || reason.isBlank() ? null : reason.trim()));
    notifyUser(to, t, "TRANSFERRED", user.displayName());
  }

  @Transactional
  public void delegate(String id, String userId, CurrentUser user) {
    TaskRecord t = visible(id, user);
    requireAssignee(t, user, true);
    String to = colleague(t, userId, user);
    Task task = engineTasks.createTaskQuery().taskId(id).singleResult();
    if (task != null && task.getDelegationState() == DelegationState.PENDING) {
      throw ApiException.conflict("TASK_DELEGATED", "error.taskDelegatedResolve", names.of(task.getOwner()));
    }
    if (t.assignee() == null) {
      engineTasks.setAssignee(id, user.username());
    }
    engineTasks.delegateTask(id, to);
    audit.record(AuditEntry.of("TASK_DELEGATED", t.caseId(), id, "task", t.activityId())
        .withValues(t.assignee() == null ? user.username() : t.assignee(), to));
    notifyUser(to, t, "DELEGATED", user.displayName());
  }

  /** The delegate is done: the task goes back to its owner, who confirms and completes it. */
  @Transactional
  public void resolve(String id, String comment, CurrentUser user) {
    TaskRecord t = visible(id, user);
    requireAssignee(t, user, false);
    Task task = engineTasks.createTaskQuery().taskId(id).singleResult();
    if (task == null || task.getDelegationState() != DelegationState.PENDING) {
      throw ApiException.conflict("TASK_NOT_DELEGATED", "error.taskNotDelegated");
    }
    engineTasks.resolveTask(id);
    audit.record(AuditEntry.of("TASK_RESOLVED", t.caseId(), id, "task", t.activityId())
        .withValues(user.username(), task.getOwner()).withDetail(blank(comment)));
    notifyUser(task.getOwner(), t, "RESOLVED", user.displayName());
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim().length() > 2000 ? s.trim().substring(0, 2000) : s.trim();
  }

  // ------------------------------------------------------------------ comment

  /**
   * A comment on the task: a Camunda task comment (seen in Cockpit and Tasklist, and as COMMENT in the case
   * timeline) and the TASK_COMMENTED audit row, in one transaction.
   */
  @Transactional
  public void comment(String id, String text, CurrentUser user) {
    TaskRecord t = visible(id, user);
    requireAssignee(t, user, false);
    String body = required("text", text, 2000);
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(user.username(), user.groups());
    try {
      engineTasks.createComment(id, t.processInstanceId(), body);
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
    audit.record(AuditEntry.of(CaseQueryService.TASK_COMMENTED, t.caseId(), id, "task", t.activityId())
        .withDetail(body));
  }

  // ------------------------------------------------------------------ 催办

  @Transactional
  public void urge(String id, String message, CurrentUser user) {
    TaskRecord t = visible(id, user);
    CaseRecord c = t.caseId() == null ? null : cases.find(t.caseId());
    boolean owner = c != null && user.username().equals(c.registeredBy());
    if (!owner && !isHead(user)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "error.urgeNotAllowed");
    }
    if (user.username().equals(t.assignee())) {
      throw ApiException.badRequest("URGE_SELF", "error.urgeSelf");
    }
    String text = message == null || message.isBlank() ? null : message.trim();
    if (text != null && text.length() > 500) {
      throw ApiException.invalidField("message", "validation.tooLong", 500);
    }
    reminders.insert(id, t.caseId(), "URGE", LocalDate.now(clock), UUID.randomUUID().toString(), user.username(),
        t.assignee(), text, now());
    if (t.assignee() != null) {
      notifyUser(t.assignee(), t, "URGE", user.displayName(), text == null ? "" : text);
    } else {
      String subject = t.caseNo() != null ? t.caseNo() : t.partyName() != null ? t.partyName() : "";
      for (String g : tasks.candidates(id)) {
        CandidateKeys.notify(notifications, g, t.agencyCode(), "URGE",
            messages.get(Locale.SIMPLIFIED_CHINESE, "notification.URGE.title", t.name(), subject, user.displayName(), ""),
            messages.get(Locale.SIMPLIFIED_CHINESE, "notification.URGE.body", t.name(), subject, user.displayName(),
                text == null ? "" : text), "/tasks/" + id, t.caseNo());
      }
    }
    audit.record(AuditEntry.of("TASK_URGED", t.caseId(), id, "task", t.activityId())
        .withValues(null, t.assignee()).withDetail(text));
  }

  @Transactional(readOnly = true)
  public List<ReminderMapper.Urged> urgedForMe(CurrentUser user) {
    return new ArrayList<>(reminders.urgedFor(user.username()));
  }
}
