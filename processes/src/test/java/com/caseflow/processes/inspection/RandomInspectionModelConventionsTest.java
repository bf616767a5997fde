package com.caseflow.processes.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * House rules of {@code random-inspection} checked on the file: readable ids, TTL, an assignee or group, due date
 * and an existing Chinese-labelled Camunda Form on every user task, thin service tasks, a diagram for every element.
 */
class RandomInspectionModelConventionsTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void modelFollowsTheHouseRules() throws IOException {
    BpmnModelInstance model;
    try (InputStream in = resource("caseflow/bpmn/random-inspection.bpmn")) {
      model = Bpmn.readModelFromStream(in);
    }
    Bpmn.validateModel(model);
    Process process = model.getModelElementById("random-inspection");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getAttributeValueNs(CAMUNDA, "historyTimeToLive")).isEqualTo("P3650D");

    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).matches("(Task|Service|Gateway|Event|Timer)_[A-Z][A-Za-z]+");
      assertThat(shapes).contains(node.getId());
    }
    Set<String> edges = new HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).contains(flow.getId());
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaAssignee() != null || task.getCamundaCandidateGroups() != null)
          .as(task.getId() + " assignee or group").isTrue();
      assertThat(task.getCamundaDueDate()).as(task.getId() + " due date").isNotBlank();
      String formRef = task.getAttributeValueNs(CAMUNDA, "formRef");
      assertThat(formRef).startsWith("inspection-");
      assertThat(task.getAttributeValueNs(CAMUNDA, "formRefBinding")).isEqualTo("latest");
      checkForm(formRef);
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]+}");
    }
  }

  private static void checkForm(String formRef) throws IOException {
    JsonNode form;
    try (InputStream in = resource("caseflow/forms/" + formRef + ".form")) {
      form = JSON.readTree(in);
    }
    assertThat(form.path("id").asText()).isEqualTo(formRef);
    Set<String> keys = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode component : form.path("components")) {
      assertThat(ids.add(component.path("id").asText())).as(formRef + " duplicate id").isTrue();
      if (component.has("key")) {
        assertThat(keys.add(component.path("key").asText())).as(formRef + " duplicate key").isTrue();
        String label = component.has("label") ? component.path("label").asText() : component.path("dateLabel").asText();
        assertThat(label).as(formRef + " label of " + component.path("key")).matches(".*\\p{IsHan}.*");
      }
      for (JsonNode value : component.path("values")) {
        assertThat(value.path("value").asText()).matches("[A-Z_0-9]+");
        assertThat(value.path("label").asText()).matches(".*\\p{IsHan}.*");
      }
    }
  }

  private static InputStream resource(String path) {
    InputStream in = RandomInspectionModelConventionsTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }
}
