package com.caseflow.cases;

import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the case file as the process moves: stage, number, decision, officers, notifications, closure.
 * Always inside the engine's transaction (the beans and the task completion call it), each change audited.
 */
@Service
public class CaseFileService {

  private final CaseMapper cases;
  private final NumberService numbers;
  private final AgencyService agencies;
  private final AuditService audit;
  private final Clock clock;

  public CaseFileService(CaseMapper cases, NumberService numbers, AgencyService agencies, AuditService audit,
      Clock clock) {
    this.cases = cases;
    this.numbers = numbers;
    this.agencies = agencies;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void enterStage(long caseId, String stage) {
    String old = cases.stage(caseId);
    if (old == null || old.equals(stage)) {
      return;
    }
    cases.setStage(caseId, stage);
    audit.record(AuditEntry.of("STAGE_CHANGED", caseId, null, "case", String.valueOf(caseId)).withValues(old, stage));
  }

  public record Filing(String caseNo, LocalDate filingDate) {}

  /** Gives the case its number (per agency and year, no gaps); idempotent for an already numbered case. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Filing assignCaseNumber(long caseId) {
    CaseRecord c = cases.find(caseId);
    if (c.caseNo() != null) {
      return new Filing(c.caseNo(), c.filedAt());
    }
    LocalDate today = LocalDate.now(clock);
    Agency agency = agencies.find(c.agencyCode()).orElseThrow();
    int seq = numbers.next(agency.code(), today.getYear(), NumberService.CASE);
    String caseNo = NumberService.caseNumber(agency.shortName(), today.getYear(), seq);
    cases.setCaseNo(caseId, caseNo, today);
    cases.setTaskCaseNo(caseId, caseNo);
    audit.record(AuditEntry.of("CASE_FILED", caseId, null, "case", String.valueOf(caseId)).withValues(null, caseNo));
    return new Filing(caseNo, today);
  }

  public record Decision(String decisionNo, LocalDate decisionDate) {}

  @Transactional(propagation = Propagation.MANDATORY)
  /** {@code illegalGains}: the part of {@code confiscation} that is illegal gains (违法所得). */
  public Decision recordDecision(long caseId, BigDecimal fine, BigDecimal confiscation, BigDecimal illegalGains) {
    CaseRecord c = cases.find(caseId);
    if (c.decisionNo() != null) {
      return new Decision(c.decisionNo(), c.decisionDate());
    }
    LocalDate today = LocalDate.now(clock);
    Agency agency = agencies.find(c.agencyCode()).orElseThrow();
    int seq = numbers.next(agency.code(), today.getYear(), NumberService.DECISION);
    String no = NumberService.decisionNumber(agency.shortName(), today.getYear(), seq);
    cases.setDecision(caseId, no, today, fine, confiscation, illegalGains);
    audit.record(AuditEntry.of("DECISION_RECORDED", caseId, null, "case", String.valueOf(caseId))
        .withValues(null, no + (fine == null ? "" : " 罚款 " + fine.toPlainString())));
    return new Decision(no, today);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void requestNotification(long caseId, String documentType, String activityId) {
    cases.insertNotification(caseId, documentType, activityId, now());
    audit.record(AuditEntry.of("NOTIFICATION_REQUESTED", caseId, null, "notification", documentType));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void close(long caseId, String result) {
    cases.close(caseId, now(), result);
    audit.record(AuditEntry.of("CASE_CLOSED", caseId, null, "case", String.valueOf(caseId)).withValues(null, result));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void assignOfficers(long caseId, String taskId, String lead, String second) {
    List<String> old = cases.officers(caseId);
    cases.deleteOfficers(caseId);
    cases.insertOfficer(caseId, lead, "LEAD", now());
    cases.insertOfficer(caseId, second, "SECOND", now());
    audit.record(AuditEntry.of("OFFICERS_ASSIGNED", caseId, taskId, "case", String.valueOf(caseId))
        .withValues(old.isEmpty() ? null : String.join(",", old), lead + "," + second));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void proposePenalty(long caseId, String taskId, BigDecimal fine, String level) {
    CaseRecord c = cases.find(caseId);
    cases.setProposedPenalty(caseId, fine, level);
    audit.record(AuditEntry.of("PENALTY_PROPOSED", caseId, taskId, "case", String.valueOf(caseId))
        .withValues(c.fineAmount() == null ? null : c.fineAmount().toPlainString(),
            fine == null ? null : fine.toPlainString()));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void finePaid(long caseId, BigDecimal paid) {
    cases.setPaid(caseId, paid);
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
