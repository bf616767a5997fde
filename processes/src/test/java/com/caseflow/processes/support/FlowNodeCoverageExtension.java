package com.caseflow.processes.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Flow-node coverage of the deployed processes, accumulated over all test classes of the JVM.
 *
 * <p>After each test it reads the historic activity instances of every deployed process
 * definition. It must run before {@code ProcessEngineExtension} deletes the test deployment, so
 * register it <em>after</em> the engine extension (see {@link AbstractProcessTest}): JUnit calls
 * {@code afterTestExecution} in reverse registration order. After each test it rewrites
 * {@code target/process-coverage/coverage.txt} with the totals so far; registered at class level
 * it also prints one line per process to the build output after each class. Definitions deployed from resources whose name contains
 * {@code stub} (test doubles of called processes) are left out.
 */
public class FlowNodeCoverageExtension implements AfterTestExecutionCallback, AfterAllCallback {

  /** process key → all flow node ids of its model. */
  private static final Map<String, Set<String>> FLOW_NODES = new TreeMap<>();
  /** process key → flow node ids that some test passed. */
  private static final Map<String, Set<String>> COVERED = new TreeMap<>();

  @Override
  public void afterTestExecution(ExtensionContext context) {
    for (ProcessEngine engine : ProcessEngines.getProcessEngines().values()) {
      collect(engine);
    }
    write();
  }

  private static synchronized void collect(ProcessEngine engine) {
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().list()) {
      String resource = definition.getResourceName() == null ? "" : definition.getResourceName();
      if (resource.toLowerCase().contains("stub")) {
        continue;
      }
      String key = definition.getKey();
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      Set<String> nodes = FLOW_NODES.computeIfAbsent(key, k -> new TreeSet<>());
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        nodes.add(node.getId());
      }
      Set<String> covered = COVERED.computeIfAbsent(key, k -> new TreeSet<>());
      for (HistoricActivityInstance activity : engine.getHistoryService()
          .createHistoricActivityInstanceQuery().processDefinitionId(definition.getId()).list()) {
        covered.add(activity.getActivityId());
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Path file = write();
    System.out.println("[process-coverage] after " + context.getDisplayName() + " -> " + file);
    report().lines().filter(l -> l.startsWith("process ")).forEach(l -> System.out.println("[process-coverage] " + l));
  }

  private static synchronized Path write() {
    Path file = Paths.get(System.getProperty("basedir", "."), "target", "process-coverage", "coverage.txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, report(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The current totals as text: one block per process. */
  public static synchronized String report() {
    StringBuilder out = new StringBuilder("# Flow-node coverage (accumulated over all test classes run so far)\n");
    for (Map.Entry<String, Set<String>> entry : FLOW_NODES.entrySet()) {
      Set<String> nodes = entry.getValue();
      Set<String> covered = new TreeSet<>(COVERED.getOrDefault(entry.getKey(), Set.of()));
      covered.retainAll(nodes);
      Set<String> uncovered = new TreeSet<>(nodes);
      uncovered.removeAll(covered);
      double percent = nodes.isEmpty() ? 100.0 : 100.0 * covered.size() / nodes.size();
      out.append(String.format(java.util.Locale.ROOT, "process %s: %d/%d flow nodes covered (%.1f %%)%n",
          entry.getKey(), covered.size(), nodes.size(), percent));
      out.append("  uncovered: ").append(uncovered.isEmpty() ? "-" : String.join(", ", uncovered)).append('\n');
    }
    return out.toString();
  }

  /** Coverage of one process key in percent, for tests that want to assert a minimum. */
  public static synchronized double percent(String processKey) {
    Set<String> nodes = FLOW_NODES.getOrDefault(processKey, Set.of());
    Set<String> covered = new TreeSet<>(COVERED.getOrDefault(processKey, Set.of()));
    covered.retainAll(nodes);
    return nodes.isEmpty() ? 0.0 : 100.0 * covered.size() / nodes.size();
  }
}
