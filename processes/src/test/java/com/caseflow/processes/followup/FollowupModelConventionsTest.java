package com.caseflow.processes.followup;

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
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * House rules of the follow-up models (style.md, CONTRACT.md) checked on the files themselves:
 * readable ids, history TTL, a group or user, due date and an existing Camunda Form on every user
 * task, thin delegate-expression service tasks, Message_ names, and a diagram for the Modeler.
 */
class FollowupModelConventionsTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "spot-check-followup, spotcheck-",
      "credit-publication, credit-",
      "product-recall, recall-",
      "judicial-referral, referral-"})
  void modelFollowsTheHouseRules(String processKey, String formPrefix) throws IOException {
    BpmnModelInstance model;
    try (InputStream in = resource("caseflow/bpmn/" + processKey + ".bpmn")) {
      model = Bpmn.readModelFromStream(in);
    }
    Bpmn.validateModel(model);

    Process process = model.getModelElementById(processKey);
    assertThat(process).as("process id = key").isNotNull();
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getAttributeValueNs(CAMUNDA, "historyTimeToLive")).isEqualTo("P3650D");

    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).as("readable id").matches("(Task|Gateway|Event|Timer|SubProcess)_[A-Z][A-Za-z]+");
      assertThat(shapes).as("diagram shape of " + node.getId()).contains(node.getId());
    }
    Set<String> edges = new HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("diagram edge of " + flow.getId()).contains(flow.getId());
    }

    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String who = task.getCamundaCandidateGroups() + task.getCamundaCandidateUsers();
      assertThat(who).as(task.getId() + " candidate groups/users").isNotBlank().isNotEqualTo("nullnull");
      assertThat(task.getCamundaDueDate()).as(task.getId() + " due date").isNotBlank();
      String formRef = task.getAttributeValueNs(CAMUNDA, "formRef");
      assertThat(formRef).as(task.getId() + " formRef").startsWith(formPrefix);
      assertThat(task.getAttributeValueNs(CAMUNDA, "formRefBinding")).isEqualTo("latest");
      checkForm(formRef);
    }

    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]+}");
    }
    for (Message message : model.getModelElementsByType(Message.class)) {
      assertThat(message.getName()).startsWith("Message_").isEqualTo(message.getId());
    }
  }

  private static void checkForm(String formRef) throws IOException {
    JsonNode form;
    try (InputStream in = resource("caseflow/forms/" + formRef + ".form")) {
      form = JSON.readTree(in);
    }
    assertThat(form.path("id").asText()).isEqualTo(formRef);
    assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
    boolean hasRequiredInput = false;
    Set<String> keys = new HashSet<>();
    for (JsonNode component : form.path("components")) {
      String type = component.path("type").asText();
      if (component.has("key")) {
        assertThat(keys.add(component.path("key").asText())).as(formRef + " duplicate key " + component.path("key")).isTrue();
        String label = component.has("label") ? component.path("label").asText() : component.path("dateLabel").asText();
        assertThat(label).as(formRef + " label of " + component.path("key")).matches(".*\\p{IsHan}.*");
      }
      if (Set.of("select", "radio").contains(type)) {
        for (JsonNode value : component.path("values")) {
          assertThat(value.path("value").asText()).matches("[A-Z_0-9]+");
          assertThat(value.path("label").asText()).matches(".*\\p{IsHan}.*");
        }
      }
      hasRequiredInput |= component.path("validate").path("required").asBoolean(false)
          && !component.path("readonly").asBoolean(false);
    }
    assertThat(hasRequiredInput).as(formRef + " has a required input").isTrue();
  }

  private static InputStream resource(String path) {
    InputStream in = FollowupModelConventionsTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }

}
