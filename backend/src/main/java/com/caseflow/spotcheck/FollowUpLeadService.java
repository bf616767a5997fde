package com.caseflow.spotcheck;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.common.Messages;
import com.caseflow.notification.NotificationService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follow-up processes tell the case leads they opened (the leads themselves are opened by the cases
 * feature's {@code openCaseLead} bean): recorded once per lead, update and business key, audited on the
 * lead's case and announced to its agency's officers.
 */
@Service
public class FollowUpLeadService {

  public static final String RETEST_CONFORMING = "RETEST_CONFORMING";

  private final FollowUpLeadMapper mapper;
  private final AuditService audit;
  private final NotificationService notifications;
  private final Messages messages;
  private final Clock clock;

  public FollowUpLeadService(FollowUpLeadMapper mapper, AuditService audit, NotificationService notifications,
      Messages messages, Clock clock) {
    this.mapper = mapper;
    this.audit = audit;
    this.notifications = notifications;
    this.messages = messages;
    this.clock = clock;
  }

  /** Tells the lead's handlers that the sample was found conforming on the final re-test. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void update(long leadId, String update, String businessKey, String agencyCode, String reportNo) {
    if (!RETEST_CONFORMING.equals(update)) {
      throw new IllegalArgumentException("unknown lead update " + update);
    }
    if (mapper.countUpdates(leadId, update, businessKey) > 0) {
      return;
    }
    mapper.insertUpdate(leadId, update, businessKey, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
    audit.record(AuditEntry.of("LEAD_UPDATED", leadId, null, "lead", String.valueOf(leadId))
        .withValues(null, update).withDetail(businessKey));
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    notifications.send(null, "officers", agencyCode, "LEAD_RETEST_CONFORMING",
        messages.get(zh, "notification.LEAD_RETEST_CONFORMING.title", businessKey),
        messages.get(zh, "notification.LEAD_RETEST_CONFORMING.body", businessKey, String.valueOf(leadId),
            reportNo == null ? "" : reportNo),
        "/cases/" + leadId, businessKey);
  }
}
