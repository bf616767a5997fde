package com.caseflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications (cf_notification) in the caller's transaction; a notification centre reads them. */
@Service
public class NotificationService {

  private final NotificationMapper mapper;
  private final Clock clock;

  public NotificationService(NotificationMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  /** To a group (e.g. managers) within an agency; {@code userId} may be set instead of or besides the group. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long send(String userId, String groupId, String agencyCode, String type, String title, String body,
      String link, String businessKey) {
    if (userId == null && groupId == null) {
      throw new IllegalArgumentException("a notification needs a user or a group");
    }
    Notification n = new Notification(null, userId, groupId, agencyCode, type, truncate(title, 200),
        truncate(body, 2000), truncate(link, 500), businessKey, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), null);
    NotificationMapper.NewNotification row = new NotificationMapper.NewNotification(n);
    mapper.insert(row);
    return row.id;
  }

  public List<Notification> forBusinessKey(String businessKey) {
    return mapper.findByBusinessKey(businessKey);
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
