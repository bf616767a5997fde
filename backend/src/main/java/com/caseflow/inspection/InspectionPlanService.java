package com.caseflow.inspection;

import com.caseflow.agency.Agency;
import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.campaign.CampaignMapper;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.inspection.InspectionMapper.Counts;
import com.caseflow.inspection.InspectionRecords.Draw;
import com.caseflow.inspection.InspectionRecords.Figures;
import com.caseflow.inspection.InspectionRecords.Inspection;
import com.caseflow.inspection.InspectionRecords.NewRow;
import com.caseflow.inspection.InspectionRecords.Plan;
import com.caseflow.inspection.InspectionRecords.Target;
import com.caseflow.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inspection plans: create, draw (双随机), verify the draw from its log, publish (start the inspections), figures. */
@Service
public class InspectionPlanService {

  public static final String PROCESS_KEY = "random-inspection";

  private final InspectionMapper mapper;
  private final InspectionAccess access;
  private final CampaignMapper campaigns;
  private final RuntimeService runtime;
  private final AuditService audit;
  private final ObjectMapper json;
  private final Clock clock;
  private final SecureRandom seeds = new SecureRandom();

  public InspectionPlanService(InspectionMapper mapper, InspectionAccess access, CampaignMapper campaigns,
      RuntimeService runtime, AuditService audit, ObjectMapper json, Clock clock) {
    this.mapper = mapper;
    this.access = access;
    this.campaigns = campaigns;
    this.runtime = runtime;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  public record PlanRequest(String campaignCode, String name, String targetType, String agencyCode,
      BigDecimal samplePercent, Integer sampleCount, LocalDate periodStart, LocalDate periodEnd) {}

  public record PlanDetail(Plan plan, Draw draw, List<Inspection> inspections, Figures figures) {}

  /** What the draw log holds; recomputing {@link RandomDraw#draw} from it must give {@code result}. */
  public record DrawLog(String algorithm, String version, long seed, long planId, String targetType, String region,
      LocalDate credentialsValidThrough, int sampleSize, List<Long> targetIds, List<String> inspectorIds,
      List<RandomDraw.Conflict> conflicts, List<RandomDraw.Assignment> result) {}

  public record Verification(long planId, String algorithm, String version, long seed, boolean matches,
      boolean matchesStoredInspections, List<RandomDraw.Assignment> recorded, List<RandomDraw.Assignment> recomputed) {}

  @Transactional
  public PlanDetail create(PlanRequest r, CurrentUser user) {
    access.requireOrganiser(user);
    List<FieldProblem> problems = new ArrayList<>();
    if (r == null) {
      throw ApiException.invalidField("campaignCode", "validation.required");
    }
    if (r.campaignCode() == null || r.campaignCode().isBlank()) {
      problems.add(new FieldProblem("campaignCode", "validation.required"));
    } else if (campaigns.find(r.campaignCode().trim()) == null) {
      problems.add(new FieldProblem("campaignCode", "validation.unknownCampaign", r.campaignCode()));
    }
    if (r.name() == null || r.name().isBlank()) {
      problems.add(new FieldProblem("name", "validation.required"));
    } else if (r.name().length() > 200) {
      problems.add(new FieldProblem("name", "validation.tooLong", 200));
    }
    if (TargetType.parse(r.targetType()) == null) {
      problems.add(new FieldProblem("targetType", r.targetType() == null ? "validation.required" : "validation.oneOf",
          List.of(TargetType.values()).toString()));
    }
    Agency agency = null;
    try {
      agency = access.agencyInScope(r.agencyCode(), user, "agencyCode");
    } catch (ApiException e) {
      problems.addAll(e.fieldProblems());
    }
    if (r.sampleCount() == null && r.samplePercent() == null) {
      problems.add(new FieldProblem("sampleCount", "validation.sampleRequired"));
    } else if (r.sampleCount() != null && r.samplePercent() != null) {
      problems.add(new FieldProblem("sampleCount", "validation.sampleEither"));
    } else if (r.sampleCount() != null && r.sampleCount() < 1) {
      problems.add(new FieldProblem("sampleCount", "validation.positive"));
    } else if (r.samplePercent() != null && (r.samplePercent().signum() <= 0
        || r.samplePercent().compareTo(BigDecimal.valueOf(100)) > 0 || r.samplePercent().scale() > 2)) {
      problems.add(new FieldProblem("samplePercent", "validation.percent"));
    }
    if (r.periodStart() == null) {
      problems.add(new FieldProblem("periodStart", "validation.required"));
    }
    if (r.periodEnd() == null) {
      problems.add(new FieldProblem("periodEnd", "validation.required"));
    } else if (r.periodStart() != null && r.periodEnd().isBefore(r.periodStart())) {
      problems.add(new FieldProblem("periodEnd", "validation.periodOrder"));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    NewRow row = new NewRow();
    mapper.insertPlan(row, r.campaignCode().trim(), r.name().trim(), TargetType.parse(r.targetType()).name(),
        agency.code(), agency.path(), r.samplePercent(), r.sampleCount(), r.periodStart(), r.periodEnd(), now(),
        user.username());
    audit.record(AuditEntry.of("INSPECTION_PLAN_CREATED", null, null, "inspection_plan", String.valueOf(row.id))
        .withValues(null, r.name().trim()));
    return detail(row.id, user);
  }

  public List<Plan> list(CurrentUser user, String campaign) {
    return mapper.plans(access.path(user), campaign == null || campaign.isBlank() ? null : campaign);
  }

  public PlanDetail detail(long id, CurrentUser user) {
    Plan plan = readable(id, user);
    return new PlanDetail(plan, mapper.draw(id), mapper.inspections(id), figures(plan));
  }

  Plan readable(long id, CurrentUser user) {
    Plan plan = mapper.plan(id);
    if (plan == null || !access.covers(user, plan.agencyPath())) {
      throw ApiException.notFound("inspectionPlan", id);
    }
    return plan;
  }

  /**
   * Draws targets and inspectors. A plan may be re-drawn until it is published; the previous draw log is replaced
   * (and the replacement audited with both seeds). {@code seed} may be given (e.g. announced in public beforehand);
   * otherwise a random one is taken.
   */
  @Transactional
  public PlanDetail draw(long id, Long requestedSeed, CurrentUser user) {
    access.requireOrganiser(user);
    readable(id, user);
    Plan plan = mapper.lockPlan(id);
    if ("PUBLISHED".equals(plan.status())) {
      throw ApiException.conflict("DRAW_FROZEN", "error.drawFrozen");
    }
    Draw previous = mapper.draw(id);
    long seed = requestedSeed != null ? requestedSeed : seeds.nextLong();
    List<Long> targetIds = mapper.eligibleTargetIds(plan.targetType(), plan.agencyPath());
    List<String> inspectorIds = mapper.eligibleInspectorIds(plan.agencyPath(), plan.periodEnd());
    List<RandomDraw.Conflict> conflicts = mapper.conflictsForDraw(plan.targetType(), plan.agencyPath()).stream()
        .filter(c -> inspectorIds.contains(c.inspectorId()))
        .sorted(Comparator.comparing(RandomDraw.Conflict::inspectorId).thenComparing(RandomDraw.Conflict::targetId))
        .toList();
    int sampleSize = RandomDraw.sampleSize(plan.sampleCount(), plan.samplePercent(), targetIds.size());
    if (sampleSize == 0) {
      throw ApiException.conflict("NO_TARGETS", "error.noTargets");
    }
    List<RandomDraw.Assignment> result;
    try {
      result = RandomDraw.draw(new RandomDraw.Input(seed, targetIds, inspectorIds, new LinkedHashSet<>(conflicts),
          sampleSize));
    } catch (RandomDraw.NotEnoughInspectors e) {
      Target t = mapper.target(e.targetId);
      throw ApiException.conflict("NOT_ENOUGH_INSPECTORS", "error.notEnoughInspectors", t == null ? e.targetId : t.name());
    }
    DrawLog log = new DrawLog(RandomDraw.ALGORITHM, RandomDraw.VERSION, seed, id, plan.targetType(),
        plan.agencyCode(), plan.periodEnd(), sampleSize, targetIds, inspectorIds, conflicts, result);
    mapper.deleteInspections(id);
    mapper.deleteDraw(id);
    Instant now = now();
    mapper.insertDraw(new Draw(id, seed, RandomDraw.ALGORITHM, RandomDraw.VERSION, toJson(log), now, user.username()));
    for (int i = 0; i < result.size(); i++) {
      mapper.insertInspection(id, i + 1, result.get(i));
    }
    mapper.markDrawn(id, now, user.username());
    audit.record(AuditEntry.of(previous == null ? "INSPECTION_DRAWN" : "INSPECTION_REDRAWN", null, null,
            "inspection_plan", String.valueOf(id))
        .withValues(previous == null ? null : "seed " + previous.seed(), "seed " + seed + ", " + result.size() + " targets"));
    return detail(id, user);
  }

  /** Recomputes the draw from its log and compares it with the logged result and the stored inspections. */
  public Verification verify(long id, CurrentUser user) {
    readable(id, user);
    Draw draw = mapper.draw(id);
    if (draw == null) {
      throw ApiException.conflict("NOT_DRAWN", "error.notDrawn");
    }
    DrawLog log = fromJson(draw.logJson());
    List<RandomDraw.Assignment> recomputed;
    if (!RandomDraw.ALGORITHM.equals(log.algorithm()) || !RandomDraw.VERSION.equals(log.version())) {
      recomputed = List.of();
    } else {
      try {
        recomputed = RandomDraw.draw(new RandomDraw.Input(log.seed(), log.targetIds(), log.inspectorIds(),
            new LinkedHashSet<>(log.conflicts()), log.sampleSize()));
      } catch (RandomDraw.NotEnoughInspectors e) {
        recomputed = List.of();
      }
    }
    List<RandomDraw.Assignment> stored = mapper.inspections(id).stream()
        .map(i -> new RandomDraw.Assignment(i.targetId(), i.inspector1(), i.inspector2())).toList();
    boolean matches = recomputed.equals(log.result()) && log.seed() == draw.seed();
    return new Verification(id, log.algorithm(), log.version(), log.seed(), matches, stored.equals(recomputed),
        log.result(), recomputed);
  }

  /** Freezes the draw and starts one {@code random-inspection} process per drawn target. */
  @Transactional
  public PlanDetail publish(long id, CurrentUser user) {
    access.requireOrganiser(user);
    readable(id, user);
    Plan plan = mapper.lockPlan(id);
    if ("PUBLISHED".equals(plan.status())) {
      throw ApiException.conflict("PLAN_PUBLISHED", "error.planPublished");
    }
    if (!"DRAWN".equals(plan.status())) {
      throw ApiException.conflict("NOT_DRAWN", "error.notDrawn");
    }
    TargetType type = TargetType.valueOf(plan.targetType());
    for (Inspection i : mapper.inspections(id)) {
      Target t = mapper.target(i.targetId());
      Map<String, Object> vars = new HashMap<>();
      vars.put("inspectionId", i.id());
      vars.put("planId", id);
      vars.put("campaignCode", plan.campaignCode());
      vars.put("agencyCode", t.agencyCode());
      vars.put("partyName", t.name());
      vars.put("partyUscc", t.uscc());
      vars.put("partyType", "ORGANISATION");
      vars.put("targetType", type.name());
      vars.put("targetTypeLabel", type.label);
      vars.put("productName", type.subject);
      vars.put("targetAddress", t.address() == null ? "" : t.address());
      vars.put("inspector1", i.inspector1());
      vars.put("inspector2", i.inspector2());
      vars.put("inspectionDueDate", plan.periodEnd().toString());
      vars.put("registeredBy", user.username());
      var pi = runtime.startProcessInstanceByKey(PROCESS_KEY, "INSP-" + i.id(), vars);
      mapper.setProcess(i.id(), pi.getId());
    }
    mapper.markPublished(id, now(), user.username());
    audit.record(AuditEntry.of("INSPECTION_PLAN_PUBLISHED", null, null, "inspection_plan", String.valueOf(id)));
    return detail(id, user);
  }

  public Figures figures(long id, CurrentUser user) {
    return figures(readable(id, user));
  }

  private Figures figures(Plan plan) {
    Counts c = mapper.counts(plan.id());
    return new Figures(plan.id(), c.drawn(), c.inspected(), c.problems(), c.leads(), c.rectificationOrdered(),
        c.rectified(), c.published());
  }

  private String toJson(DrawLog log) {
    try {
      return json.writeValueAsString(log);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private DrawLog fromJson(String text) {
    try {
      return json.readValue(text, DrawLog.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable draw log", e);
    }
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
