package com.caseflow.notification;

import java.time.Instant;

/** Row of cf_notification: a message to one user or to a group within an agency (notification centre). */
public record Notification(
    Long id, String userId, String groupId, String agencyCode, String type, String title, String body, String link,
    String businessKey, Instant createdAt, Instant readAt) {}
