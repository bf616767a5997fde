package com.caseflow.task;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

/**
 * GET /api/tasks/facets: the processes and their user-task steps from the latest deployed
 * definitions, so the task list can offer every filter value, not only those of the rows it has seen.
 */
@Service
public class TaskFacets {

  public record Step(String activityId, String name) {}

  public record Process(String key, String name, List<Step> steps) {}

  public record Facets(List<Process> processes) {}

  private final RepositoryService repository;
  /** steps per definition id: a deployed definition never changes */
  private final Map<String, List<Step>> stepsByDefinition = new ConcurrentHashMap<>();

  public TaskFacets(RepositoryService repository) {
    this.repository = repository;
  }

  public Facets facets() {
    List<Process> processes = repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(d -> new Process(d.getKey(), d.getName() == null ? d.getKey() : d.getName(), steps(d)))
        .filter(p -> !p.steps().isEmpty())
        .sorted(Comparator.comparing(Process::key))
        .toList();
    return new Facets(processes);
  }

  /** Process keys and their user-task ids over every deployed version; reloaded when asked for one not seen. */
  private volatile Map<String, java.util.Set<String>> known = Map.of();

  /** Whether a deployed process has this key (any version). */
  public boolean knowsProcess(String key) {
    return known().containsKey(key) || reload().containsKey(key);
  }

  /** Whether a user task of this id is in some deployed version of the process (of any process when key is null). */
  public boolean knowsStep(String processKey, String activityId) {
    return hasStep(known(), processKey, activityId) || hasStep(reload(), processKey, activityId);
  }

  private static boolean hasStep(Map<String, java.util.Set<String>> steps, String processKey, String activityId) {
    return processKey == null ? steps.values().stream().anyMatch(s -> s.contains(activityId))
        : steps.getOrDefault(processKey, java.util.Set.of()).contains(activityId);
  }

  private Map<String, java.util.Set<String>> known() {
    return known.isEmpty() ? reload() : known;
  }

  private Map<String, java.util.Set<String>> reload() {
    Map<String, java.util.Set<String>> steps = new java.util.HashMap<>();
    for (ProcessDefinition d : repository.createProcessDefinitionQuery().list()) {
      steps.computeIfAbsent(d.getKey(), k -> new java.util.HashSet<>())
          .addAll(steps(d).stream().map(Step::activityId).toList());
    }
    known = Map.copyOf(steps);
    return known;
  }

  private List<Step> steps(ProcessDefinition definition) {
    return stepsByDefinition.computeIfAbsent(definition.getId(), id ->
        repository.getBpmnModelInstance(id).getModelElementsByType(UserTask.class).stream()
            .map(t -> new Step(t.getId(), t.getName() == null ? t.getId() : t.getName()))
            .sorted(Comparator.comparing(Step::activityId))
            .toList());
  }
}
