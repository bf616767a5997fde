package com.caseflow.typicalcase;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.cases.CaseAccess;
import com.caseflow.cases.CaseSummary;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import com.caseflow.typicalcase.TypicalCaseMapper.CaseFacts;
import com.caseflow.typicalcase.TypicalCaseMapper.NewRow;
import com.caseflow.typicalcase.TypicalCaseMapper.PublicTypicalCase;
import com.caseflow.typicalcase.TypicalCaseMapper.TypicalCase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typical cases (典型案例曝光): a head marks a closed case, a public summary is drafted from the case file (party name
 * per the publication rules: organisations by name, natural persons masked as 张某), edited, approved and published.
 * Every public text passes {@link PublicText#redact} so ID numbers and phone numbers never leave.
 */
@Service
public class TypicalCaseService {

  private final TypicalCaseMapper mapper;
  private final CaseAccess cases;
  private final HistoryService history;
  private final AuditService audit;
  private final Clock clock;

  public TypicalCaseService(TypicalCaseMapper mapper, CaseAccess cases, HistoryService history, AuditService audit,
      Clock clock) {
    this.mapper = mapper;
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.clock = clock;
  }

  public record DraftRequest(String caseRef) {}

  public record EditRequest(String title, String partyDisplay, String facts, String legalBasis, String penalty) {}

  static boolean isHead(CurrentUser user) {
    return user.inGroup(Groups.UNIT_HEADS) || user.inGroup(Groups.AGENCY_HEADS);
  }

  @Transactional
  public TypicalCase draft(DraftRequest r, CurrentUser user) {
    if (!isHead(user)) {
      throw ApiException.forbidden();
    }
    if (r == null || r.caseRef() == null || r.caseRef().isBlank()) {
      throw ApiException.invalidField("caseRef", "validation.required");
    }
    CaseSummary summary = cases.readable(r.caseRef().trim(), user);
    CaseFacts f = mapper.caseFacts(summary.id());
    if (f.closedAt() == null) {
      throw ApiException.conflict("CASE_NOT_CLOSED", "error.typicalCaseNotClosed");
    }
    if (mapper.findByCase(f.id()) != null) {
      throw ApiException.conflict("TYPICAL_CASE_EXISTS", "error.typicalCaseExists");
    }
    String party = PublicText.partyDisplay(f.partyType(), f.partyName());
    String legalBasis = variable(f.processInstanceId(), "legalBasis");
    String facts = PublicText.redact(f.description() == null ? "" : f.description(), f.partyType(), f.partyName());
    TypicalCase c = new TypicalCase(null, f.id(), f.campaignCode(), f.agencyCode(), f.agencyPath(), "DRAFT",
        party + (f.caseNo() == null ? "违法案" : "违法案（" + f.caseNo() + "）"), party, facts.isBlank() ? "（待补充）" : facts,
        legalBasis, penalty(f.fineAmount(), f.confiscationValue()), f.decisionNo(), user.username(), now(), null, null, null);
    NewRow row = new NewRow();
    mapper.insert(row, c);
    audit.record(AuditEntry.of("TYPICAL_CASE_DRAFTED", f.id(), null, "typical_case", String.valueOf(row.id)));
    return mapper.find(row.id);
  }

  @Transactional
  public TypicalCase edit(long id, EditRequest r, CurrentUser user) {
    TypicalCase c = writable(id, user);
    if (!"DRAFT".equals(c.status())) {
      throw ApiException.conflict("TYPICAL_CASE_NOT_DRAFT", "error.typicalCaseNotDraft");
    }
    List<FieldProblem> problems = new ArrayList<>();
    require(problems, "title", r == null ? null : r.title(), 200);
    require(problems, "partyDisplay", r == null ? null : r.partyDisplay(), 200);
    require(problems, "facts", r == null ? null : r.facts(), 4000);
    if (r != null && r.legalBasis() != null && r.legalBasis().length() > 1000) {
      problems.add(new FieldProblem("legalBasis", "validation.tooLong", 1000));
    }
    if (r != null && r.penalty() != null && r.penalty().length() > 1000) {
      problems.add(new FieldProblem("penalty", "validation.tooLong", 1000));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    CaseFacts f = mapper.caseFacts(c.caseId());
    String partyDisplay = "PERSON".equals(f.partyType()) ? PublicText.partyDisplay("PERSON", f.partyName()) : r.partyDisplay().trim();
    mapper.update(new TypicalCase(id, null, null, null, null, null,
        PublicText.redact(r.title().trim(), f.partyType(), f.partyName()), partyDisplay,
        PublicText.redact(r.facts().trim(), f.partyType(), f.partyName()),
        r.legalBasis() == null ? null : PublicText.redact(r.legalBasis().trim(), f.partyType(), f.partyName()),
        r.penalty() == null ? null : PublicText.redact(r.penalty().trim(), f.partyType(), f.partyName()),
        null, null, null, null, null, null));
    audit.record(AuditEntry.of("TYPICAL_CASE_EDITED", c.caseId(), null, "typical_case", String.valueOf(id)));
    return mapper.find(id);
  }

  /** Approval by the agency head (局负责人). */
  @Transactional
  public TypicalCase approve(long id, CurrentUser user) {
    TypicalCase c = writable(id, user);
    if (!user.inGroup(Groups.AGENCY_HEADS)) {
      throw ApiException.forbidden();
    }
    if (mapper.approve(id, user.username(), now()) == 0) {
      throw ApiException.conflict("TYPICAL_CASE_NOT_DRAFT", "error.typicalCaseNotDraft");
    }
    audit.record(AuditEntry.of("TYPICAL_CASE_APPROVED", c.caseId(), null, "typical_case", String.valueOf(id)));
    return mapper.find(id);
  }

  @Transactional
  public TypicalCase publish(long id, CurrentUser user) {
    TypicalCase c = writable(id, user);
    if (mapper.publish(id, now()) == 0) {
      throw ApiException.conflict("TYPICAL_CASE_NOT_APPROVED", "error.typicalCaseNotApproved");
    }
    audit.record(AuditEntry.of("TYPICAL_CASE_PUBLISHED", c.caseId(), null, "typical_case", String.valueOf(id)));
    return mapper.find(id);
  }

  public List<TypicalCase> list(CurrentUser user, String campaign) {
    return mapper.list(user.seesEverything() ? "/" : user.agencyPath(), blank(campaign));
  }

  public TypicalCase get(long id, CurrentUser user) {
    TypicalCase c = mapper.find(id);
    if (c == null || !(user.seesEverything() || c.agencyPath().startsWith(user.agencyPath()))) {
      throw ApiException.notFound("typicalCase", id);
    }
    return c;
  }

  public List<PublicTypicalCase> published(String campaign) {
    return mapper.published(blank(campaign));
  }

  private TypicalCase writable(long id, CurrentUser user) {
    TypicalCase c = get(id, user);
    if (!isHead(user)) {
      throw ApiException.forbidden();
    }
    return c;
  }

  private String variable(String processInstanceId, String name) {
    if (processInstanceId == null) {
      return null;
    }
    HistoricVariableInstance v = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).disableCustomObjectDeserialization().list().stream().findFirst().orElse(null);
    return v == null || v.getValue() == null ? null : v.getValue().toString();
  }

  static String penalty(BigDecimal fine, BigDecimal confiscation) {
    List<String> parts = new ArrayList<>();
    if (fine != null && fine.signum() > 0) {
      parts.add("罚款" + fine.toPlainString() + "元");
    }
    if (confiscation != null && confiscation.signum() > 0) {
      parts.add("没收违法物品货值" + confiscation.toPlainString() + "元");
    }
    return parts.isEmpty() ? null : String.join("，", parts);
  }

  private static void require(List<FieldProblem> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "validation.required"));
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field, "validation.tooLong", max));
    }
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
