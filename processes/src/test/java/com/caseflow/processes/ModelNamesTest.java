package com.caseflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * Names users see (task lists, the modeler, the dashboard) are Chinese only: a "行政处罚案件 Enforcement case"
 * showed English on the Chinese UI. The English UI translates by key (frontend/src/locales, {@code processes}).
 */
class ModelNamesTest {

  private static final String LATIN_WORD = ".*[A-Za-z]{3,}.*";

  @Test
  void processTaskAndDecisionNamesHaveNoEnglish() throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    for (Path file : models("caseflow/bpmn", ".bpmn")) {
      BpmnModelInstance model;
      try (InputStream in = Files.newInputStream(file)) {
        model = Bpmn.readModelFromStream(in);
      }
      model.getModelElementsByType(Process.class).forEach(p -> names.add(file.getFileName() + ": " + p.getName()));
      model.getModelElementsByType(UserTask.class).forEach(t -> names.add(file.getFileName() + ": " + t.getName()));
    }
    for (Path file : models("caseflow/dmn", ".dmn")) {
      DmnModelInstance model;
      try (InputStream in = Files.newInputStream(file)) {
        model = Dmn.readModelFromStream(in);
      }
      names.add(file.getFileName() + ": " + model.getDefinitions().getName());
      model.getModelElementsByType(Decision.class).forEach(d -> names.add(file.getFileName() + ": " + d.getName()));
    }
    assertThat(names).hasSizeGreaterThan(20);
    assertThat(names).noneMatch(n -> n.substring(n.indexOf(": ") + 2).matches(LATIN_WORD));
  }

  private static List<Path> models(String folder, String extension) throws IOException, URISyntaxException {
    Path dir = Path.of(ModelNamesTest.class.getClassLoader().getResource(folder).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
    }
  }
}
