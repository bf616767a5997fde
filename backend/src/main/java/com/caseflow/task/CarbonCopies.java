package com.caseflow.task;

import com.caseflow.common.Like;
import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.cases.CaseQueryService;
import com.caseflow.cases.UserNames;
import com.caseflow.common.ApiException;
import com.caseflow.common.Messages;
import com.caseflow.notification.NotificationService;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import com.caseflow.security.UserProfileMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送: when a step is completed, its copy goes to the users chosen by the person completing it and to those
 * named by the model (camunda:property {@code cc} on the user task: comma-separated user ids or group ids; a
 * group means its members in the case's agency). Recipients must be able to read the case: users of the case's
 * agency, or heads and managers above it.
 */
@Service
public class CarbonCopies {

  private final CarbonCopyMapper copies;
  private final TaskDefinitions definitions;
  private final IdentityService identity;
  private final UserProfileMapper profiles;
  private final NotificationService notifications;
  private final AuditService audit;
  private final UserNames names;
  private final Messages messages;
  private final Clock clock;

  public CarbonCopies(CarbonCopyMapper copies, TaskDefinitions definitions, IdentityService identity,
      UserProfileMapper profiles, NotificationService notifications, AuditService audit, UserNames names,
      Messages messages, Clock clock) {
    this.copies = copies;
    this.definitions = definitions;
    this.identity = identity;
    this.profiles = profiles;
    this.notifications = notifications;
    this.audit = audit;
    this.names = names;
    this.messages = messages;
    this.clock = clock;
  }

  /** Who gets a copy of this completion; a chosen user who could not read the case → 400, nothing changed. */
  List<String> recipients(TaskRecord t, List<String> chosen) {
    Set<String> users = new LinkedHashSet<>();
    for (String id : chosen) {
      if (id == null || id.isBlank()) {
        continue;
      }
      if (t.caseId() == null || !canRead(id.trim(), t.agencyPath())) {
        throw ApiException.invalidField("cc", "validation.ccUnknown", id);
      }
      users.add(id.trim());
    }
    for (String entry : modelProperty(t)) {
      if (identity.createGroupQuery().groupId(entry).count() > 0) {
        for (User u : identity.createUserQuery().memberOfGroup(entry).list()) {
          if (t.agencyPath().equals(profiles.agencyPath(u.getId()))) {
            users.add(u.getId());
          }
        }
      } else if (canRead(entry, t.agencyPath())) {
        users.add(entry);
      }
    }
    return new ArrayList<>(users);
  }

  private boolean canRead(String userId, String casePath) {
    String path = profiles.agencyPath(userId);
    if (path == null) {
      return false;
    }
    if (path.equals(casePath)) {
      return true;
    }
    return casePath.startsWith(path) && identity.createUserQuery().userId(userId).list().stream().findAny()
        .map(u -> identity.createGroupQuery().groupMember(userId).list().stream().anyMatch(g ->
            List.of(Groups.UNIT_HEADS, Groups.AGENCY_HEADS, Groups.MANAGERS).contains(g.getId()))).orElse(false);
  }

  private List<String> modelProperty(TaskRecord t) {
    return t.caseId() == null ? List.of() : definitions.task(t.processDefinitionId(), t.activityId()).cc();
  }

  void send(TaskRecord t, List<String> users, CurrentUser from) {
    if (t.caseId() == null || users.isEmpty()) {
      return;
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    String subject = t.caseNo() != null ? t.caseNo() : t.partyName();
    List<String> sent = new ArrayList<>();
    for (String u : users) {
      if (u.equals(from.username()) || copies.exists(t.id(), u) > 0) {
        continue;
      }
      if (copies.insert(t.caseId(), t.id(), t.activityId(), t.name(), from.username(), u, null, now) > 0) {
        sent.add(u);
        notifications.send(u, null, t.agencyCode(), "CC",
            messages.get(Locale.SIMPLIFIED_CHINESE, "notification.CC.title", from.displayName(), t.name()),
            messages.get(Locale.SIMPLIFIED_CHINESE, "notification.CC.body", from.displayName(), t.name(), subject),
            "/cases/" + t.caseId(), subject);
      }
    }
    if (!sent.isEmpty()) {
      audit.record(AuditEntry.of("TASK_CC", t.caseId(), t.id(), "task", t.activityId())
          .withValues(null, String.join(",", sent)));
    }
  }

  // ------------------------------------------------------------------ 抄送给我

  public record CopyRow(long id, Long caseId, String caseNo, String partyName, String stage, String taskName,
      String activityId, String fromUser, String fromUserName, Instant createdAt, boolean unread) {}

  @Transactional(readOnly = true)
  public CaseQueryService.Page<CopyRow> mine(CurrentUser user, boolean unreadOnly, String q, int page, int size) {
    String query = q == null || q.isBlank() ? null : Like.escape(q.trim());
    List<CarbonCopyMapper.Copy> rows = copies.mine(user.username(), unreadOnly, query, size, page * size);
    Map<String, String> userNames = names.of(rows.stream().map(CarbonCopyMapper.Copy::fromUser).toList());
    return new CaseQueryService.Page<>(rows.stream().map(c -> new CopyRow(c.id(), c.caseId(), c.caseNo(),
        c.partyName(), c.stage(), c.taskName(), c.activityId(), c.fromUser(), userNames.get(c.fromUser()),
        c.createdAt(), c.readAt() == null)).toList(), copies.countMine(user.username(), unreadOnly, query), page, size);
  }

  @Transactional
  public void markRead(long id, CurrentUser user) {
    if (!user.username().equals(copies.recipient(id))) {
      throw new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "error.notFound.path", "/api/cc/" + id);
    }
    if (copies.markRead(id, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)) > 0) {
      audit.record(AuditEntry.of("CC_READ", null, null, "carbonCopy", Long.toString(id)));
    }
  }
}
