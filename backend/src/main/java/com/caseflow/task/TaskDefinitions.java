package com.caseflow.task;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * What the deployed models say about a user task, read once per process definition and kept: a deployed definition
 * never changes (a modeler's change is a new definition id), so the process name, the task's form reference and its
 * {@code cc} property can be cached by definition id without ever going stale, on every node.
 * Camunda Forms bound {@code latest} are resolved on each call (one indexed lookup of the newest form version, so a
 * form deployed by a modeler applies at once); the parsed schema is kept per form definition id, which is immutable
 * too. Saves the engine commands (process definition, BPMN model, form resource) a completion would otherwise run.
 */
@Component
public class TaskDefinitions {

  /** The user task as modelled: its Camunda Form reference and the users/groups that get a copy on completion. */
  public record Info(String formRef, String formRefBinding, List<String> cc) {}

  private static final Info NONE = new Info(null, null, List.of());

  private final RepositoryService repository;
  private final FormService forms;
  private final FormDefinitionMapper formDefinitions;
  private final ObjectMapper json;
  private final Map<String, Info> tasks = new ConcurrentHashMap<>();
  private final Map<String, String> processNames = new ConcurrentHashMap<>();
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  public TaskDefinitions(RepositoryService repository, FormService forms, FormDefinitionMapper formDefinitions,
      ObjectMapper json) {
    this.repository = repository;
    this.forms = forms;
    this.formDefinitions = formDefinitions;
    this.json = json;
  }

  /** The process definition's name (null when unknown). */
  public String processName(String processDefinitionId) {
    if (processDefinitionId == null) {
      return null;
    }
    String name = processNames.get(processDefinitionId);
    if (name == null) {
      try {
        name = repository.getProcessDefinition(processDefinitionId).getName();
      } catch (RuntimeException e) {
        return null; // unknown or deleted definition: not cached
      }
      if (name == null) {
        return null;
      }
      processNames.put(processDefinitionId, name);
    }
    return name;
  }

  public Info task(String processDefinitionId, String activityId) {
    if (processDefinitionId == null || activityId == null) {
      return NONE;
    }
    String key = processDefinitionId + '#' + activityId;
    Info info = tasks.get(key);
    if (info == null) {
      info = load(processDefinitionId, activityId);
      tasks.put(key, info);
    }
    return info;
  }

  /**
   * The Camunda Form of the task; null when the task has none (or its form cannot be read). Forms bound to the
   * latest version are looked up here; other bindings (deployment, version) go through Camunda's FormService.
   */
  FormSchema schema(String taskId, String processDefinitionId, String activityId) {
    Info info = task(processDefinitionId, activityId);
    if (info.formRef() != null && (info.formRefBinding() == null || "latest".equals(info.formRefBinding()))) {
      String id = formDefinitions.latestId(info.formRef());
      if (id == null) {
        return null;
      }
      FormSchema schema = schemas.get(id);
      if (schema == null) {
        FormDefinitionMapper.Resource r = formDefinitions.resource(id);
        schema = r == null ? null : read(() -> repository.getResourceAsStream(r.deploymentId(), r.resourceName()));
        if (schema != null) {
          schemas.put(id, schema);
        }
      }
      return schema;
    }
    return read(() -> forms.getDeployedTaskForm(taskId));
  }

  private interface Source {
    InputStream open();
  }

  private FormSchema read(Source source) {
    try (InputStream in = source.open()) {
      return FormSchema.of(json.readTree(in));
    } catch (IOException | RuntimeException e) {
      return null; // task without a deployed Camunda Form
    }
  }

  private Info load(String processDefinitionId, String activityId) {
    BaseElement element;
    try {
      element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
    } catch (RuntimeException e) {
      return NONE;
    }
    if (element == null) {
      return NONE;
    }
    List<String> cc = new ArrayList<>();
    if (element.getExtensionElements() != null) {
      for (CamundaProperties ps : element.getExtensionElements().getElementsQuery()
          .filterByType(CamundaProperties.class).list()) {
        for (CamundaProperty p : ps.getCamundaProperties()) {
          if ("cc".equals(p.getCamundaName()) && p.getCamundaValue() != null) {
            for (String s : p.getCamundaValue().split(",")) {
              if (!s.isBlank()) {
                cc.add(s.trim());
              }
            }
          }
        }
      }
    }
    return new Info(element.getAttributeValueNs(CAMUNDA_NS, "formRef"),
        element.getAttributeValueNs(CAMUNDA_NS, "formRefBinding"),
        List.copyOf(cc));
  }
}
