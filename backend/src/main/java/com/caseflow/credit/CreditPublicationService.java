package com.caseflow.credit;

import com.caseflow.agency.AgencyService;
import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of penalty decisions on the national credit publicity system (谁办案、谁录入、谁负责; 20 working
 * days). The decision number is the idempotency key: the record is stored before the call; a retry after a
 * timeout asks the system for the key first, and the key travels with every publish so the system itself keeps
 * one record — a decision is never published twice. Failures throw: the job retries, then raises an incident.
 */
@Service
public class CreditPublicationService {

  private static final Logger log = LoggerFactory.getLogger(CreditPublicationService.class);

  /** What the process knows about the decision (credit-publication variables). */
  public record Decision(
      String decisionNo, String caseNo, String processInstanceId, String agencyCode, String campaignCode,
      String handlingOfficer, String partyName, String partyUscc, String violationType, String penaltyKind,
      String penaltySummary, BigDecimal fineAmount, LocalDate decisionDate, LocalDate publicationDueDate,
      String redactedDocumentRef) {}

  /** What publishing gives back to the process. */
  public record Result(String recordNo, LocalDate publishedDate) {}

  private final CreditPublicationStore store;
  private final CreditPublicationMapper mapper;
  private final PublicityClient client;
  private final AgencyService agencies;
  private final AuditService audit;
  private final Clock clock;

  public CreditPublicationService(CreditPublicationStore store, CreditPublicationMapper mapper, PublicityClient client,
      AgencyService agencies, AuditService audit, Clock clock) {
    this.store = store;
    this.mapper = mapper;
    this.client = client;
    this.agencies = agencies;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public Result publish(Decision d) {
    CreditPublication before = store.beginAttempt(row(d));
    if (!CreditPublication.PENDING.equals(before.status())) {
      return new Result(before.externalRecordId(), before.publishedDate());
    }
    PublicityClient.RemoteRecord remote;
    try {
      remote = before.attempts() > 0 ? client.find(d.decisionNo()) : null;
      if (remote != null) {
        log.info("Decision {} was already published as {} by an earlier attempt", d.decisionNo(), remote.recordNo());
      } else {
        remote = client.publish(d.decisionNo(), publicRecord(d));
      }
    } catch (RuntimeException e) {
      store.recordError(d.decisionNo(), e.getMessage());
      throw e;
    }
    LocalDate today = LocalDate.now(clock);
    mapper.markPublished(d.decisionNo(), remote.recordNo(), today);
    audit.record(AuditEntry.of("CREDIT_PUBLISHED", caseId(d.caseNo()), null, "credit-publication", d.decisionNo())
        .withValues(CreditPublication.PENDING, CreditPublication.PUBLISHED)
        .withDetail("record " + remote.recordNo() + ", case " + d.caseNo() + ", attempt " + (before.attempts() + 1)));
    return new Result(remote.recordNo(), today);
  }

  /** Ends publication (period elapsed or credit repair); once per decision. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void end(String decisionNo, String reason) {
    // no row lock here: a failure below records its error in a transaction of its own
    CreditPublication row = mapper.find(decisionNo);
    if (row == null) {
      throw new IllegalStateException("no publication for decision " + decisionNo);
    }
    if (CreditPublication.ENDED.equals(row.status())) {
      return;
    }
    try {
      if (!client.end(decisionNo, reason)) {
        throw new IllegalStateException("the publicity system has no record for decision " + decisionNo);
      }
    } catch (RuntimeException e) {
      store.recordError(decisionNo, e.getMessage());
      throw e;
    }
    mapper.markEnded(decisionNo, reason, now());
    audit.record(AuditEntry.of("CREDIT_PUBLICATION_ENDED", caseId(row.caseNo()), null, "credit-publication",
        decisionNo)
        .withValues(row.status(), CreditPublication.ENDED).withDetail(reason));
  }

  /** The 20-working-day limit passed before publication: counts against the on-time rate. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void flagOverdue(Decision d) {
    CreditPublication row = store.lockOrInsert(row(d));
    if (row.overdue()) {
      return;
    }
    mapper.markOverdue(d.decisionNo(), d.publicationDueDate(), d.handlingOfficer(), now());
    audit.record(AuditEntry.of("CREDIT_PUBLICATION_OVERDUE", caseId(d.caseNo()), null, "credit-publication",
        d.decisionNo())
        .withDetail("due " + d.publicationDueDate() + ", handling officer " + d.handlingOfficer()));
  }

  /** The audit rows of a publication belong to its case, so the case timeline shows them. */
  private Long caseId(String caseNo) {
    return caseNo == null ? null : mapper.caseIdOf(caseNo);
  }

  public CreditPublication find(String decisionNo) {
    return mapper.find(decisionNo);
  }

  /** The summary published before the redacted decision document. */
  Map<String, Object> publicRecord(Decision d) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("decisionNo", d.decisionNo());
    r.put("partyName", Redactor.partyName(d.partyName(), d.partyUscc()));
    r.put("partyUscc", d.partyUscc());
    r.put("violationType", Redactor.text(d.violationType()));
    r.put("penaltyKind", d.penaltyKind());
    r.put("penaltySummary", Redactor.text(d.penaltySummary()));
    r.put("fineAmount", d.fineAmount());
    r.put("agencyCode", d.agencyCode());
    r.put("agencyName", d.agencyCode() == null ? null
        : agencies.find(d.agencyCode()).map(com.caseflow.agency.Agency::name).orElse(null));
    r.put("decisionDate", d.decisionDate() == null ? null : d.decisionDate().toString());
    r.put("documentRef", d.redactedDocumentRef());
    return r;
  }

  private CreditPublication row(Decision d) {
    return new CreditPublication(null, d.decisionNo(), d.caseNo(), d.processInstanceId(), d.agencyCode(),
        d.campaignCode(), d.handlingOfficer(), d.partyName(), d.partyUscc(), d.violationType(), d.penaltyKind(),
        d.penaltySummary(), d.fineAmount(), d.decisionDate(), d.publicationDueDate(), CreditPublication.PENDING, 0,
        null, null, null, null, false, null, null, null, now());
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
