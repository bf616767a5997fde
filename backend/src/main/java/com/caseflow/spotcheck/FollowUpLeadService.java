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
 * Case leads opened by follow-up processes: one per business key and reason (a retried or re-run service
 * task gets the lead it already opened), and the updates they send to those leads.
 */
@Service
public class FollowUpLeadService {

  public static final String RETEST_CONFORMING = "RETEST_CONFORMING";

  private final FollowUpLeadMapper mapper;
  private final LeadRegistrar registrar;
  private final AuditService audit;
  private final NotificationService notifications;
  private final Messages messages;
  private final Clock clock;

  public FollowUpLeadService(FollowUpLeadMapper mapper, LeadRegistrar registrar, AuditService audit,
      NotificationService notifications, Messages messages, Clock clock) {
    this.mapper = mapper;
    this.registrar = registrar;
    this.audit = audit;
    this.notifications = notifications;
    this.messages = messages;
    this.clock = clock;
  }

  /** The lead for {@code draft}'s business key and reason: the one opened before, else a new one. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long open(LeadRegistrar.LeadDraft draft, String processKey) {
    Long existing = mapper.findLeadId(draft.businessKey(), draft.leadReason());
    if (existing != null) {
      return existing;
    }
    long leadId = registrar.register(draft);
    mapper.insert(draft.businessKey(), draft.leadReason(), leadId, draft.relatedLeadId(), processKey, now());
    audit.record(AuditEntry.of("FOLLOW_UP_LEAD_OPENED", leadId, null, "lead", String.valueOf(leadId))
        .withValues(null, draft.businessKey() + " / " + draft.leadReason())
        .withDetail(draft.relatedLeadId() == null ? null : "related lead " + draft.relatedLeadId()));
    return leadId;
  }

  /** Tells the lead's handlers that the sample was found conforming on the final re-test. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void update(long leadId, String update, String businessKey, String agencyCode, String reportNo) {
    if (!RETEST_CONFORMING.equals(update)) {
      throw new IllegalArgumentException("unknown lead update " + update);
    }
    if (update.equals(mapper.findUpdate(leadId))) {
      return;
    }
    mapper.recordUpdate(leadId, update, now());
    audit.record(AuditEntry.of("LEAD_UPDATED", leadId, null, "lead", String.valueOf(leadId))
        .withValues(null, update).withDetail(businessKey));
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    notifications.send(null, "officers", agencyCode, "LEAD_RETEST_CONFORMING",
        messages.get(zh, "notification.LEAD_RETEST_CONFORMING.title", businessKey),
        messages.get(zh, "notification.LEAD_RETEST_CONFORMING.body", businessKey, String.valueOf(leadId),
            reportNo == null ? "" : reportNo),
        "/cases/" + leadId, businessKey);
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
