package com.caseflow.cases;

import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.campaign.CampaignMapper;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers leads: validates, stores the case-file row and starts {@code enforcement-case} in one transaction. */
@Service
public class LeadService {

  public static final String PROCESS_KEY = "enforcement-case";
  public static final List<String> PARTY_TYPES = List.of("ORGANISATION", "PERSON");
  public static final List<String> PROCEDURES = List.of("ORDINARY", "SIMPLIFIED");

  private final CaseMapper cases;
  private final CampaignMapper campaigns;
  private final AgencyService agencies;
  private final RuntimeService runtime;
  private final AuditService audit;
  private final Clock clock;
  private final PartySearch partySearch;

  public LeadService(CaseMapper cases, CampaignMapper campaigns, AgencyService agencies, RuntimeService runtime,
      AuditService audit, Clock clock, PartySearch partySearch) {
    this.partySearch = partySearch;
    this.cases = cases;
    this.campaigns = campaigns;
    this.agencies = agencies;
    this.runtime = runtime;
    this.audit = audit;
    this.clock = clock;
  }

  public record Registered(long leadId, String processInstanceId) {}

  /**
   * Registers a lead for {@code agencyCode} on behalf of {@code registeredBy} and starts its case process.
   * Invalid input → 400 naming each field; nothing is stored.
   */
  @Transactional
  public Registered register(LeadRequest r, String agencyCode, String registeredBy) {
    return register(r, agencyCode, registeredBy, null, Map.of());
  }

  @Transactional
  public Registered register(LeadRequest r, String agencyCode, String registeredBy, Long parentCaseId,
      Map<String, Object> extraVariables) {
    Agency agency = agencies.find(agencyCode).orElseThrow(() -> ApiException.invalidField("agencyCode", "validation.unknown", agencyCode));
    String partyType = r.partyType() == null || r.partyType().isBlank() ? "ORGANISATION" : r.partyType().trim();
    String procedure = r.procedure() == null || r.procedure().isBlank() ? "ORDINARY" : r.procedure().trim();
    String uscc = r.partyUscc() == null || r.partyUscc().isBlank() ? null : r.partyUscc().trim().toUpperCase();
    validate(r, partyType, procedure, uscc);

    LocalDate today = LocalDate.now(clock);
    CaseMapper.NewCase c = new CaseMapper.NewCase();
    c.campaignCode = r.campaignCode().trim();
    c.agencyCode = agency.code();
    c.agencyPath = agency.path();
    c.source = r.source().trim();
    c.procedureType = procedure;
    c.stage = "LEAD";
    c.partyType = partyType;
    c.partyName = r.partyName().trim();
    c.partyUscc = uscc;
    c.partyIdNo = blankToNull(r.partyIdNo());
    c.partyAddress = blankToNull(r.partyAddress());
    c.description = blankToNull(r.description());
    c.leadDate = today;
    c.registeredAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    c.registeredBy = registeredBy;
    c.parentCaseId = parentCaseId;
    cases.insert(c);
    partySearch.index(c.id, c.partyName);
    cases.insertProduct(new Product(null, c.id, r.productName().trim(), blankToNull(r.brand()), blankToNull(r.model()),
        blankToNull(r.batchNo()), blankToNull(r.standardCode()), blankToNull(r.reportNo()),
        blankToNull(r.nonConformingItems()), blankToNull(r.samplingPlace()), r.goodsValue()));

    Map<String, Object> vars = new HashMap<>(extraVariables);
    vars.put("leadId", c.id);
    vars.put("agencyCode", agency.code());
    vars.put("campaignCode", c.campaignCode);
    vars.put("source", c.source);
    vars.put("partyName", c.partyName);
    if (c.partyAddress != null) {
      vars.put("partyAddress", c.partyAddress);
    }
    vars.put("partyUscc", uscc);
    vars.put("partyType", partyType);
    vars.put("productName", r.productName().trim());
    vars.put("leadDate", today.toString());
    vars.put("registeredBy", registeredBy);
    vars.put("procedure", procedure);
    if (r.goodsValue() != null) {
      vars.put("goodsValue", r.goodsValue().doubleValue());
    }
    audit.record(AuditEntry.of("LEAD_REGISTERED", c.id, null, "lead", String.valueOf(c.id))
        .withValues(null, c.partyName + " / " + LeadSource.label(c.source)));
    ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(c.id), vars);
    cases.setProcess(c.id, pi.getId(), pi.getProcessDefinitionId());
    return new Registered(c.id, pi.getId());
  }

  /** The business key before filing (CONTRACT.md); the case number replaces it at filing. */
  public static String businessKey(long leadId) {
    return "lead-" + leadId;
  }

  /** A lead opened by another process, once per origin ("businessKey|reason"): the existing lead id if any. */
  @Transactional
  public long registerOnce(String originKey, LeadRequest r, String agencyCode, String registeredBy, Long parentCaseId,
      Map<String, Object> extraVariables) {
    Long existing = cases.findByOrigin(originKey);
    if (existing != null) {
      return existing;
    }
    long id = register(r, agencyCode, registeredBy, parentCaseId, extraVariables).leadId();
    cases.setOrigin(id, originKey);
    return id;
  }

  private void validate(LeadRequest r, String partyType, String procedure, String uscc) {
    List<FieldProblem> problems = new ArrayList<>();
    if (blank(r.campaignCode())) {
      problems.add(new FieldProblem("campaignCode", "validation.required"));
    } else if (campaigns.find(r.campaignCode().trim()) == null) {
      problems.add(new FieldProblem("campaignCode", "validation.unknownCampaign", r.campaignCode()));
    }
    if (blank(r.source())) {
      problems.add(new FieldProblem("source", "validation.required"));
    } else if (Arrays.stream(LeadSource.values()).noneMatch(s -> s.name().equals(r.source().trim()))) {
      problems.add(new FieldProblem("source", "validation.oneOf", Arrays.toString(LeadSource.values())));
    }
    if (blank(r.partyName())) {
      problems.add(new FieldProblem("partyName", "validation.required"));
    } else if (r.partyName().length() > 200) {
      problems.add(new FieldProblem("partyName", "validation.tooLong", 200));
    }
    if (!PARTY_TYPES.contains(partyType)) {
      problems.add(new FieldProblem("partyType", "validation.oneOf", PARTY_TYPES.toString()));
    }
    if (!PROCEDURES.contains(procedure)) {
      problems.add(new FieldProblem("procedure", "validation.oneOf", PROCEDURES.toString()));
    }
    if ("ORGANISATION".equals(partyType) && uscc == null) {
      problems.add(new FieldProblem("partyUscc", "validation.required"));
    } else if (uscc != null && !Uscc.isValid(uscc)) {
      problems.add(new FieldProblem("partyUscc", "validation.uscc"));
    }
    if (r.partyIdNo() != null && r.partyIdNo().trim().length() > 32) {
      problems.add(new FieldProblem("partyIdNo", "validation.tooLong", 32));
    } else if (!blank(r.partyIdNo()) && !PersonIdNo.isValid(r.partyIdNo())) {
      problems.add(new FieldProblem("partyIdNo", "validation.idNo"));
    }
    if (r.partyAddress() != null && r.partyAddress().trim().length() > 200) {
      problems.add(new FieldProblem("partyAddress", "validation.tooLong", 200));
    }
    if (blank(r.productName())) {
      problems.add(new FieldProblem("productName", "validation.required"));
    } else if (r.productName().length() > 200) {
      problems.add(new FieldProblem("productName", "validation.tooLong", 200));
    }
    if (r.description() != null && r.description().length() > 4000) {
      problems.add(new FieldProblem("description", "validation.tooLong", 4000));
    }
    if (r.goodsValue() != null && !com.caseflow.common.Money.isAmount(r.goodsValue())) {
      problems.add(new FieldProblem("goodsValue", "validation.money"));
    }
    for (String[] f : new String[][] {{"brand", r.brand()}, {"model", r.model()}, {"batchNo", r.batchNo()},
        {"standardCode", r.standardCode()}, {"reportNo", r.reportNo()}}) {
      if (f[1] != null && f[1].length() > 100) {
        problems.add(new FieldProblem(f[0], "validation.tooLong", 100));
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s.trim();
  }
}
