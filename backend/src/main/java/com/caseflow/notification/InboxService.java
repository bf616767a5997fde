package com.caseflow.notification;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.cases.CaseQueryService;
import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification centre of the logged-in user: list, unread count, mark read (audited). */
@Service
public class InboxService {

  private final InboxMapper inbox;
  private final AuditService audit;
  private final Clock clock;

  public InboxService(InboxMapper inbox, AuditService audit, Clock clock) {
    this.inbox = inbox;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public CaseQueryService.Page<InboxMapper.Item> list(CurrentUser user, boolean unreadOnly, int page, int size) {
    return new CaseQueryService.Page<>(
        inbox.list(user.username(), user.groups(), user.agencyCode(), unreadOnly, size, page * size),
        inbox.count(user.username(), user.groups(), user.agencyCode(), unreadOnly), page, size);
  }

  @Transactional(readOnly = true)
  public Map<String, Long> unreadCount(CurrentUser user) {
    return Map.of("unread", inbox.count(user.username(), user.groups(), user.agencyCode(), true));
  }

  @Transactional
  public void markRead(long id, CurrentUser user) {
    if (inbox.visibleOne(user.username(), user.groups(), user.agencyCode(), id) == null) {
      throw ApiException.notFound("/api/notifications/" + id);
    }
    if (inbox.unreadOne(user.username(), user.groups(), user.agencyCode(), id) == null) {
      return; // already read: idempotent
    }
    Instant now = now();
    if (user.username().equals(inbox.owner(id))) {
      inbox.markOwnRead(id, user.username(), now);
    } else {
      inbox.markGroupRead(id, user.username(), now);
    }
    audit.record(AuditEntry.of("NOTIFICATION_READ", null, null, "notification", Long.toString(id)));
  }

  @Transactional
  public Map<String, Integer> markAllRead(CurrentUser user) {
    Instant now = now();
    int n = inbox.markAllOwnRead(user.username(), now);
    List<Long> group = inbox.unreadGroupIds(user.username(), user.groups(), user.agencyCode());
    group.forEach(id -> inbox.markGroupRead(id, user.username(), now));
    int total = n + group.size();
    if (total > 0) {
      audit.record(AuditEntry.of("NOTIFICATIONS_ALL_READ", null, null, "notification", null)
          .withValues(null, Integer.toString(total)));
    }
    return Map.of("marked", total);
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
