package com.caseflow.modeling;

import com.caseflow.common.ApiException;
import com.caseflow.common.ClockConfig;
import com.caseflow.security.CurrentUser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.SAXParseException;

/**
 * Deploys a changed model as a new version. Running instances keep the version they started on until they are
 * migrated; new instances use the latest.
 */
@Service
public class ModelDeployer {

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._/-]{1,200}");
  static final String SOURCE = "CaseFlow";

  private final ModelParser parser;
  private final ModelCatalog catalog;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final DeploymentLogMapper log;

  public ModelDeployer(ModelParser parser, ModelCatalog catalog, RepositoryService repository,
      IdentityService identity, DeploymentLogMapper log) {
    this.parser = parser;
    this.catalog = catalog;
    this.repository = repository;
    this.identity = identity;
    this.log = log;
  }

  @Transactional
  public DeployResult deploy(CurrentUser user, DeployRequest request) {
    ModelingAccess.requireModeler(user);
    byte[] content = request.content().getBytes(StandardCharsets.UTF_8);
    parser.check(request.kind(), content);
    List<String> keys = keysDefinedBy(request.kind(), content);
    String key = request.key() == null || request.key().isBlank() ? keys.get(0) : request.key().trim();
    if (!keys.contains(key)) {
      throw ApiException.invalidField("key", "error.model.keyMissing", key, String.join(", ", keys));
    }
    ModelCatalog.Definition latest = catalog.definitions(request.kind(), key).stream()
        .reduce((a, b) -> b).orElse(null);
    String fileName = fileName(request, key, latest);
    if (latest != null && Arrays.equals(catalog.content(latest), content)) {
      throw ApiException.conflict("MODEL_UNCHANGED", "error.model.unchanged", key, latest.version());
    }

    DeploymentWithDefinitions deployment;
    identity.setAuthentication(user.username(), user.groups());
    try {
      deployment = repository.createDeployment()
          .name(key)
          .source(SOURCE)
          .addInputStream(fileName, new ByteArrayInputStream(content))
          .deployWithResult();
    } catch (ParseException e) {
      throw refused(e);
    } catch (AuthorizationException e) {
      throw e;
    } catch (ProcessEngineException e) {
      throw ModelParser.invalid(0, 0, rootMessage(e));
    } finally {
      identity.clearAuthentication();
    }
    String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().trim();
    if (log.updateComment(deployment.getId(), comment) == 0) {
      // the post-deployer writes the row; keep the deployer even if it was not installed
      log.insert(deployment.getId(), user.username(), deployment.getDeploymentTime().toInstant());
      log.updateComment(deployment.getId(), comment);
    }
    ModelCatalog.Definition created = catalog.definitions(request.kind(), key).stream()
        .filter(d -> d.deploymentId().equals(deployment.getId()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("deployment " + deployment.getId() + " defines no " + key));
    return new DeployResult(request.kind(), key, created.version(), created.id(), deployment.getId(), fileName,
        deployment.getDeploymentTime().toInstant().atZone(ClockConfig.ZONE).toOffsetDateTime(), user.username(),
        comment);
  }

  /** The process ids (executable ones), decision ids or the form id the content defines; at least one. */
  List<String> keysDefinedBy(ModelKind kind, byte[] content) {
    List<String> keys = new ArrayList<>();
    try {
      switch (kind) {
        case BPMN -> Bpmn.readModelFromStream(new ByteArrayInputStream(content))
            .getModelElementsByType(Process.class).stream()
            .filter(Process::isExecutable).forEach(p -> keys.add(p.getId()));
        case DMN -> Dmn.readModelFromStream(new ByteArrayInputStream(content))
            .getModelElementsByType(Decision.class).forEach(d -> keys.add(d.getId()));
        case FORM -> keys.add(parser.readForm(content).path("id").asText());
      }
    } catch (ModelException e) {
      SAXParseException sax = cause(e, SAXParseException.class);
      throw sax == null ? ModelParser.invalid(0, 0, rootMessage(e))
          : ModelParser.invalid(sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage());
    }
    if (keys.isEmpty()) {
      throw ApiException.invalidField("content", "error.model.nothingExecutable");
    }
    return keys;
  }

  private String fileName(DeployRequest request, String key, ModelCatalog.Definition latest) {
    String fileName = request.fileName() == null || request.fileName().isBlank()
        ? (latest != null ? latest.resourceName() : key + request.kind().defaultExtension())
        : request.fileName().trim();
    if (!FILE_NAME.matcher(fileName).matches() || fileName.contains("..") || !request.kind().accepts(fileName)) {
      throw ApiException.invalidField("fileName", "error.model.fileName", request.kind().defaultExtension());
    }
    return fileName;
  }

  private static ApiException refused(ParseException e) {
    List<ApiException.FieldProblem> problems = new ArrayList<>();
    for (ResourceReport report : e.getResorceReports()) {
      for (Problem p : report.getErrors()) {
        problems.add(new ApiException.FieldProblem("content", "error.model.problem", p.getLine(), p.getColumn(),
            p.getMessage()));
      }
    }
    if (problems.isEmpty()) {
      return ModelParser.invalid(0, 0, e.getMessage());
    }
    ApiException.FieldProblem first = problems.get(0);
    return new ApiException(HttpStatus.BAD_REQUEST, "MODEL_INVALID", "error.model.invalid", problems, first.args());
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? e.getMessage() : t.getMessage();
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
