package com.caseflow.processes.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.caseflow.processes.support.AbstractProcessTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every user task has groups, a due date and a Camunda Form that exists and deploys. */
class EnforcementCaseModelConventionsTest extends AbstractProcessTest {

  static final Set<String> GROUPS = Set.of("officers", "unit-heads", "legal-reviewers", "agency-heads",
      "credit-officers", "quality-officers", "managers");
  static final String USCC = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$";

  BpmnModelInstance model() {
    return Bpmn.readModelFromStream(resource("caseflow/bpmn/enforcement-case.bpmn"));
  }

  static InputStream resource(String path) {
    InputStream in = EnforcementCaseModelConventionsTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }

  @Test
  void processHasHistoryTimeToLive() {
    Process process = model().getModelElementById("enforcement-case");
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
    assertThat(process.isExecutable()).isTrue();
  }

  @Test
  void everyUserTaskHasGroupsDueDateAndAnExistingForm() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> forms = new ArrayList<>();
    for (UserTask task : model().getModelElementsByType(UserTask.class)) {
      assertThat(GROUPS).as(task.getId()).contains(task.getCamundaCandidateGroups());
      assertThat(task.getCamundaDueDate()).as(task.getId()).startsWith("${");
      assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding")).isEqualTo("latest");
      String ref = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      String path = "caseflow/forms/" + ref + ".form";
      JsonNode form = json.readTree(resource(path));
      assertThat(form.get("id").asText()).isEqualTo(ref);
      assertThat(form.get("type").asText()).isEqualTo("default");
      assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
      for (JsonNode component : form.get("components")) {
        if (component.has("key") && component.get("key").asText().equals("partyUscc")) {
          assertThat(component.at("/validate/pattern").asText()).isEqualTo(USCC);
        }
        if (component.has("key") && component.get("key").asText().equals("comment")) {
          assertThat(component.at("/validate/required").asBoolean()).as(ref + " comment required when shown").isTrue();
        }
      }
      forms.add(path);
    }
    assertThat(forms).hasSizeGreaterThanOrEqualTo(30);
    var builder = engine.getRepositoryService().createDeployment().name("forms");
    forms.stream().distinct().forEach(builder::addClasspathResource);
    Deployment deployment = builder.deploy();
    try {
      assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId())).hasSize(forms.size());
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }
}
