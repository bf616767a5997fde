package com.caseflow.modeling;

import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issue 9: processes, decisions and forms changed by the modelers group without a code change. */
@RestController
@RequestMapping("/api/models")
public class ModelingController {

  private final ModelCatalog catalog;
  private final ModelDeployer deployer;
  private final ModelDiffer differ;
  private final ModelMigrations migrations;

  public ModelingController(ModelCatalog catalog, ModelDeployer deployer, ModelDiffer differ,
      ModelMigrations migrations) {
    this.catalog = catalog;
    this.deployer = deployer;
    this.differ = differ;
    this.migrations = migrations;
  }

  /** The list plus whether the caller may deploy and migrate (the UI shows edit buttons only then). */
  public record ModelList(boolean canEdit, List<ModelSummary> items) {}

  @GetMapping
  public ModelList list(@AuthenticationPrincipal CurrentUser user) {
    return new ModelList(ModelingAccess.mayChange(user), catalog.list());
  }

  @GetMapping("/{kind}/{key}/versions")
  public List<ModelVersion> versions(@PathVariable String kind, @PathVariable String key) {
    return catalog.versions(kind(kind), key);
  }

  @GetMapping("/{kind}/{key}/versions/{version}/content")
  public ResponseEntity<byte[]> content(@PathVariable String kind, @PathVariable String key,
      @PathVariable String version, @RequestParam(defaultValue = "false") boolean download) {
    ModelKind modelKind = kind(kind);
    Integer number = parseVersion(version);
    ModelCatalog.Definition definition = catalog.definition(modelKind, key, number);
    String fileName = definition.resourceName().substring(definition.resourceName().lastIndexOf('/') + 1);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(modelKind.contentType() + ";charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.builder(download ? "attachment" : "inline").filename(fileName).build().toString())
        .header("X-Model-Version", String.valueOf(definition.version()))
        .header("X-Content-Type-Options", "nosniff")
        .body(catalog.content(definition));
  }

  @PostMapping("/deployments")
  @ResponseStatus(HttpStatus.CREATED)
  public DeployResult deploy(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody DeployRequest request) {
    return deployer.deploy(user, request);
  }

  @PostMapping("/diff")
  public ModelDiff diff(@Valid @RequestBody DiffRequest request) {
    return differ.diff(request);
  }

  @GetMapping("/migrations/plan")
  public MigrationPlanView plan(@AuthenticationPrincipal CurrentUser user, @RequestParam String source,
      @RequestParam String target) {
    return migrations.plan(user, source, target);
  }

  @PostMapping("/migrations")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public MigrationStarted migrate(@AuthenticationPrincipal CurrentUser user,
      @Valid @RequestBody MigrationRequest request) {
    return migrations.start(user, request);
  }

  @GetMapping("/migrations/{batchId}")
  public MigrationStatus migration(@AuthenticationPrincipal CurrentUser user, @PathVariable String batchId) {
    return migrations.status(user, batchId);
  }

  private static ModelKind kind(String value) {
    ModelKind kind = ModelKind.parse(value);
    if (kind == null) {
      throw ApiException.notFound("modelKind", value);
    }
    return kind;
  }

  /** A version number or "latest". */
  private static Integer parseVersion(String value) {
    if ("latest".equalsIgnoreCase(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw ApiException.invalidField("version", "error.invalidParameter", "version", value);
    }
  }
}
