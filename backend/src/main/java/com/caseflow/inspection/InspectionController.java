package com.caseflow.inspection;

import com.caseflow.campaign.ImportResult;
import com.caseflow.cases.Paging;
import com.caseflow.inspection.InspectionDirectoryService.ConflictRequest;
import com.caseflow.inspection.InspectionDirectoryService.InspectorRequest;
import com.caseflow.inspection.InspectionDirectoryService.InspectorView;
import com.caseflow.inspection.InspectionPlanService.PlanDetail;
import com.caseflow.inspection.InspectionPlanService.PlanRequest;
import com.caseflow.inspection.InspectionPlanService.Verification;
import com.caseflow.inspection.InspectionRecords.Conflict;
import com.caseflow.inspection.InspectionRecords.Figures;
import com.caseflow.inspection.InspectionRecords.Plan;
import com.caseflow.inspection.InspectionRecords.Target;
import com.caseflow.security.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 双随机、一公开: directories, plans, draws, verification, figures, and the public results. */
@RestController
public class InspectionController {

  private final InspectionDirectoryService directory;
  private final InspectionPlanService plans;
  private final InspectionMapper mapper;

  public InspectionController(InspectionDirectoryService directory, InspectionPlanService plans, InspectionMapper mapper) {
    this.directory = directory;
    this.plans = plans;
    this.mapper = mapper;
  }

  public record Page<T>(List<T> items, long total, int page, int size) {}

  @PostMapping("/api/inspection-targets/import")
  public ResponseEntity<ImportResult> importTargets(@RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "mode", required = false) String mode, @AuthenticationPrincipal CurrentUser user) {
    ImportResult result = directory.importTargets(file, mode, user);
    return ResponseEntity.status(result.code() == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(result);
  }

  /** The check before an import ({@code ?dryRun=true}): counts and row errors, nothing stored, always 200. */
  @PostMapping(path = "/api/inspection-targets/import", params = "dryRun=true")
  public ImportResult.Check checkTargets(@RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "mode", required = false) String mode, @AuthenticationPrincipal CurrentUser user) {
    return directory.checkTargets(file, mode, user);
  }

  @GetMapping("/api/inspection-targets")
  public Page<Target> targets(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      @AuthenticationPrincipal CurrentUser user) {
    Paging.check(page, size);
    return new Page<>(directory.targets(user, type, q, page, size), directory.countTargets(user, type, q), page, size);
  }

  @GetMapping("/api/inspectors")
  public List<InspectorView> inspectors(@AuthenticationPrincipal CurrentUser user) {
    return directory.inspectors(user);
  }

  @PutMapping("/api/inspectors/{userId}")
  public InspectorView putInspector(@PathVariable String userId, @RequestBody InspectorRequest request,
      @AuthenticationPrincipal CurrentUser user) {
    return directory.putInspector(userId, request, user);
  }

  @GetMapping("/api/inspection-conflicts")
  public List<Conflict> conflicts(@RequestParam(required = false) Long targetId,
      @RequestParam(required = false) String inspectorId, @AuthenticationPrincipal CurrentUser user) {
    return directory.conflicts(user, targetId, inspectorId);
  }

  @PostMapping("/api/inspection-conflicts")
  @ResponseStatus(HttpStatus.CREATED)
  public Conflict addConflict(@RequestBody ConflictRequest request, @AuthenticationPrincipal CurrentUser user) {
    return directory.addConflict(request, user);
  }

  @DeleteMapping("/api/inspection-conflicts/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void deleteConflict(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    directory.deleteConflict(id, user);
  }

  @PostMapping("/api/inspection-plans")
  @ResponseStatus(HttpStatus.CREATED)
  public PlanDetail createPlan(@RequestBody PlanRequest request, @AuthenticationPrincipal CurrentUser user) {
    return plans.create(request, user);
  }

  @GetMapping("/api/inspection-plans")
  public List<Plan> plans(@RequestParam(required = false) String campaign, @AuthenticationPrincipal CurrentUser user) {
    return plans.list(user, campaign);
  }

  @GetMapping("/api/inspection-plans/{id}")
  public PlanDetail plan(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    return plans.detail(id, user);
  }

  public record DrawRequest(Long seed) {}

  @PostMapping("/api/inspection-plans/{id}/draw")
  public PlanDetail draw(@PathVariable long id, @RequestBody(required = false) DrawRequest request,
      @AuthenticationPrincipal CurrentUser user) {
    return plans.draw(id, request == null ? null : request.seed(), user);
  }

  @GetMapping("/api/inspection-plans/{id}/verify")
  public Verification verify(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    return plans.verify(id, user);
  }

  @PostMapping("/api/inspection-plans/{id}/publish")
  public PlanDetail publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    return plans.publish(id, user);
  }

  @GetMapping("/api/inspection-plans/{id}/figures")
  public Figures figures(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    return plans.figures(id, user);
  }

  /** 一公开: published inspection results, public fields only (enterprise name/USCC, date, result, summary). */
  @GetMapping("/api/public/inspection-results")
  public List<InspectionMapper.PublicResult> publicResults(@RequestParam(required = false) String campaign) {
    return mapper.publishedResults(campaign == null || campaign.isBlank() ? null : campaign);
  }

  @GetMapping("/api/inspection-target-types")
  public List<Map<String, String>> targetTypes() {
    return java.util.Arrays.stream(TargetType.values())
        .map(t -> Map.of("code", t.name(), "label", t.label)).toList();
  }
}
