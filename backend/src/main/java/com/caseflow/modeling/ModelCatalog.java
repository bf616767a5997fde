package com.caseflow.modeling;

import com.caseflow.common.ApiException;
import com.caseflow.common.ClockConfig;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/** What is deployed: every process, decision and form with its versions, deployment and deployer. */
@Service
public class ModelCatalog {

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final DeploymentLogMapper log;

  public ModelCatalog(RepositoryService repository, RuntimeService runtime, DeploymentLogMapper log) {
    this.repository = repository;
    this.runtime = runtime;
    this.log = log;
  }

  /** A deployed version without deployment details: what the catalog reads from Camunda. */
  record Definition(ModelKind kind, String key, int version, String id, String name, String versionTag,
      String deploymentId, String resourceName) {}

  public List<ModelSummary> list() {
    List<Definition> all = new ArrayList<>();
    for (ModelKind kind : ModelKind.values()) {
      all.addAll(definitions(kind, null));
    }
    Map<String, Deployment> deployments = deployments(all);
    Map<String, DeploymentLogEntry> logs = logs(deployments.keySet());
    Map<String, List<Definition>> byKey = all.stream().collect(Collectors.groupingBy(
        d -> d.kind() + "/" + d.key(), LinkedHashMap::new, Collectors.toList()));
    List<ModelSummary> result = new ArrayList<>();
    for (List<Definition> versions : byKey.values()) {
      Definition latest = versions.stream().max(Comparator.comparingInt(Definition::version)).orElseThrow();
      Deployment deployment = deployments.get(latest.deploymentId());
      DeploymentLogEntry entry = logs.get(latest.deploymentId());
      result.add(new ModelSummary(latest.kind(), latest.key(), latest.name() == null ? latest.key() : latest.name(),
          latest.version(), versions.size(), latest.id(), latest.resourceName(),
          deployment == null ? null : time(deployment.getDeploymentTime()),
          entry == null ? null : entry.deployedBy(), deployment == null ? null : deployment.getSource()));
    }
    result.sort(Comparator.comparing(ModelSummary::kind).thenComparing(ModelSummary::key));
    return result;
  }

  public List<ModelVersion> versions(ModelKind kind, String key) {
    List<Definition> definitions = definitions(kind, key);
    if (definitions.isEmpty()) {
      throw ApiException.notFound("model", key);
    }
    Map<String, Deployment> deployments = deployments(definitions);
    Map<String, DeploymentLogEntry> logs = logs(deployments.keySet());
    return definitions.stream()
        .sorted(Comparator.comparingInt(Definition::version).reversed())
        .map(d -> {
          Deployment deployment = deployments.get(d.deploymentId());
          DeploymentLogEntry entry = logs.get(d.deploymentId());
          return new ModelVersion(kind, key, d.version(), d.id(), d.name(), d.versionTag(), d.deploymentId(),
              deployment == null ? null : deployment.getName(), deployment == null ? null : deployment.getSource(),
              deployment == null ? null : time(deployment.getDeploymentTime()),
              entry == null ? null : entry.deployedBy(), entry == null ? null : entry.comment(), d.resourceName(),
              kind == ModelKind.BPMN ? runtime.createProcessInstanceQuery().processDefinitionId(d.id()).count() : null);
        })
        .toList();
  }

  /** One version; {@code version} null means the latest. 404 when there is none. */
  public Definition definition(ModelKind kind, String key, Integer version) {
    return definitions(kind, key).stream()
        .filter(d -> version == null || d.version() == version)
        .max(Comparator.comparingInt(Definition::version))
        .orElseThrow(() -> ApiException.notFound("model", key + (version == null ? "" : " v" + version)));
  }

  public byte[] content(Definition definition) {
    try (InputStream in = repository.getResourceAsStream(definition.deploymentId(), definition.resourceName())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** All versions of one key (or of every key when {@code key} is null), oldest first. */
  List<Definition> definitions(ModelKind kind, String key) {
    return switch (kind) {
      case BPMN -> {
        var query = repository.createProcessDefinitionQuery();
        if (key != null) {
          query.processDefinitionKey(key);
        }
        yield query.orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().asc().list().stream()
            .map(ModelCatalog::of).toList();
      }
      case DMN -> {
        var query = repository.createDecisionDefinitionQuery();
        if (key != null) {
          query.decisionDefinitionKey(key);
        }
        yield query.orderByDecisionDefinitionKey().asc().orderByDecisionDefinitionVersion().asc().list().stream()
            .map(ModelCatalog::of).toList();
      }
      case FORM -> (key == null ? log.findAllFormDefinitions() : log.findFormDefinitionsByKey(key)).stream()
          .map(f -> new Definition(ModelKind.FORM, f.formKey(), f.version(), f.id(), f.formKey(), null,
              f.deploymentId(), f.resourceName()))
          .toList();
    };
  }

  private static Definition of(ProcessDefinition p) {
    return new Definition(ModelKind.BPMN, p.getKey(), p.getVersion(), p.getId(), p.getName(), p.getVersionTag(),
        p.getDeploymentId(), p.getResourceName());
  }

  private static Definition of(DecisionDefinition d) {
    return new Definition(ModelKind.DMN, d.getKey(), d.getVersion(), d.getId(), d.getName(), d.getVersionTag(),
        d.getDeploymentId(), d.getResourceName());
  }

  private Map<String, Deployment> deployments(List<Definition> definitions) {
    Set<String> ids = definitions.stream().map(Definition::deploymentId).collect(Collectors.toSet());
    Map<String, Deployment> result = new HashMap<>();
    if (ids.size() <= 5) {
      for (String id : ids) {
        Deployment d = repository.createDeploymentQuery().deploymentId(id).singleResult();
        if (d != null) {
          result.put(id, d);
        }
      }
      return result;
    }
    for (Deployment d : repository.createDeploymentQuery().list()) {
      if (ids.contains(d.getId())) {
        result.put(d.getId(), d);
      }
    }
    return result;
  }

  private Map<String, DeploymentLogEntry> logs(Set<String> deploymentIds) {
    if (deploymentIds.isEmpty()) {
      return Map.of();
    }
    return log.findByIds(deploymentIds).stream()
        .collect(Collectors.toMap(DeploymentLogEntry::deploymentId, e -> e));
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atZone(ClockConfig.ZONE).toOffsetDateTime();
  }
}
