package com.caseflow.task;

import com.caseflow.notification.NotificationService;
import com.caseflow.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who a task is offered to, as stored in {@code cf_task_candidate.group_id}: a candidate group by its id, a candidate
 * user (camunda:candidateUsers) as {@code user:<id>}. Both land in the same index, so a user's 待认领 list reads one
 * index range per group and one for themselves.
 */
final class CandidateKeys {

  static final String USER = "user:";

  private CandidateKeys() {}

  /** The task's candidate groups and users, as keys. */
  static List<String> of(DelegateTask task) {
    List<String> keys = new ArrayList<>();
    task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).forEach(l -> {
      String key = l.getGroupId() != null ? l.getGroupId() : l.getUserId() != null ? USER + l.getUserId() : null;
      if (key != null && !keys.contains(key)) {
        keys.add(key);
      }
    });
    return keys;
  }

  /** The keys a user answers to: their case-work groups and themselves. */
  static List<String> of(CurrentUser user, List<String> groups) {
    List<String> keys = new ArrayList<>(groups);
    keys.add(USER + user.username());
    return keys;
  }

  static boolean matches(String key, CurrentUser user) {
    return key.startsWith(USER) ? key.substring(USER.length()).equals(user.username()) : user.groups().contains(key);
  }

  /** A notification to the candidates behind a key: the user, or the group within the agency. */
  static void notify(NotificationService notifications, String key, String agencyCode, String type, String title,
      String body, String link, String ref) {
    if (key.startsWith(USER)) {
      notifications.send(key.substring(USER.length()), null, agencyCode, type, title, body, link, ref);
    } else {
      notifications.send(null, key, agencyCode, type, title, body, link, ref);
    }
  }
}
