package com.caseflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.CaseSteps;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ModelingIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired RepositoryService repositoryService;

  @Test
  void modelerDeploysNewVersionsThatAreListedWithDeployerAndComment() {
    String key = uniqueKey();
    ApiClient modeler = ApiClient.loggedIn(port, "modeler1");

    ApiClient.Response first = modeler.post("/api/models/deployments", deployBody("BPMN", key, probe(1, key), "first cut"));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().path("version").asInt()).isEqualTo(1);
    assertThat(first.json().path("deployedBy").asText()).isEqualTo("modeler1");
    assertThat(first.json().path("resourceName").asText()).isEqualTo(key + ".bpmn");

    ApiClient.Response second = modeler.post("/api/models/deployments", deployBody("BPMN", key, probe(2, key), "drop the review"));
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    assertThat(second.json().path("version").asInt()).isEqualTo(2);

    ApiClient.Response list = modeler.get("/api/models");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().path("canEdit").asBoolean()).isTrue();
    JsonNode summary = find(list.json().path("items"), key);
    assertThat(summary.path("kind").asText()).isEqualTo("BPMN");
    assertThat(summary.path("name").asText()).isEqualTo("Modeling probe");
    assertThat(summary.path("latestVersion").asInt()).isEqualTo(2);
    assertThat(summary.path("versions").asInt()).isEqualTo(2);
    assertThat(summary.path("deployedBy").asText()).isEqualTo("modeler1");
    assertThat(summary.path("deploymentSource").asText()).isEqualTo("CaseFlow");
    // the models deployed with the application are listed too
    assertThat(list.body()).contains("\"key\":\"enforcement-case\"");

    JsonNode versions = modeler.get("/api/models/bpmn/" + key + "/versions").json();
    assertThat(versions.size()).isEqualTo(2);
    assertThat(versions.get(0).path("version").asInt()).isEqualTo(2);
    assertThat(versions.get(0).path("comment").asText()).isEqualTo("drop the review");
    assertThat(versions.get(0).path("deployedBy").asText()).isEqualTo("modeler1");
    assertThat(versions.get(0).path("deployedAt").asText()).endsWith("+08:00");
    assertThat(versions.get(1).path("comment").asText()).isEqualTo("first cut");
    assertThat(versions.get(1).path("runningInstances").asLong()).isZero();

    ApiClient.Response content = modeler.get("/api/models/bpmn/" + key + "/versions/1/content?download=true");
    assertThat(content.status()).isEqualTo(200);
    assertThat(content.body()).isEqualTo(probe(1, key));
    assertThat(content.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
    assertThat(content.raw().headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment").contains(key + ".bpmn");
    assertThat(modeler.get("/api/models/bpmn/" + key + "/versions/latest/content").body()).isEqualTo(probe(2, key));
    assertThat(modeler.get("/api/models/bpmn/" + key + "/versions/7/content").status()).isEqualTo(404);
    assertThat(modeler.get("/api/models/bpmn/no-such-model/versions").status()).isEqualTo(404);
    assertThat(modeler.get("/api/models/cmmn/" + key + "/versions").status()).isEqualTo(404);

    ApiClient.Response unchanged = modeler.post("/api/models/deployments", deployBody("BPMN", key, probe(2, key), null));
    assertThat(unchanged.status()).isEqualTo(409);
    assertThat(unchanged.json().path("code").asText()).isEqualTo("MODEL_UNCHANGED");
  }

  @Test
  void everyoneMayReadModelsButOnlyModelersDeployOrMigrate() {
    String key = uniqueKey();
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    ApiClient.Response list = officer.get("/api/models");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().path("canEdit").asBoolean()).isFalse();
    assertThat(officer.get("/api/models/bpmn/enforcement-case/versions").status()).isEqualTo(200);

    ApiClient.Response refused = officer.post("/api/models/deployments", deployBody("BPMN", key, probe(1, key), null));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(officer.get("/api/models/bpmn/" + key + "/versions").status()).as("nothing deployed").isEqualTo(404);
    assertThat(officer.get("/api/models/migrations/plan?source=a&target=b").status()).isEqualTo(403);
    assertThat(officer.post("/api/models/migrations", "{\"source\":\"a\",\"target\":\"b\"}").status()).isEqualTo(403);
    assertThat(new ApiClient(port).get("/api/models").status()).isEqualTo(401);

    ApiClient admin = ApiClient.loggedIn(port, "admin");
    assertThat(admin.post("/api/models/deployments", deployBody("BPMN", key, probe(1, key), null)).status()).isEqualTo(201);
  }

  @Test
  void badRequestsNameTheFieldAndStoreNothing() {
    String key = uniqueKey();
    ApiClient modeler = ApiClient.loggedIn(port, "modeler1");
    ApiClient.Response noKind = modeler.post("/api/models/deployments", "{\"content\":\"x\"}");
    assertThat(noKind.status()).isEqualTo(400);
    assertThat(noKind.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("kind");

    ApiClient.Response wrongKey = modeler.post("/api/models/deployments", deployBody("BPMN", "other-" + key, probe(1, key), null));
    assertThat(wrongKey.status()).isEqualTo(400);
    assertThat(wrongKey.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("key");

    ObjectNode wrongFile = (ObjectNode) json(deployBody("BPMN", key, probe(1, key), null));
    wrongFile.put("fileName", "../evil.txt");
    ApiClient.Response badFile = modeler.post("/api/models/deployments", wrongFile.toString());
    assertThat(badFile.status()).isEqualTo(400);
    assertThat(badFile.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("fileName");
    assertThat(modeler.get("/api/models/bpmn/" + key + "/versions").status()).isEqualTo(404);
  }

  @Test
  void brokenModelsAreRefusedWithLineAndColumn() {
    String key = uniqueKey();
    ApiClient modeler = ApiClient.loggedIn(port, "modeler1");
    String truncated = probe(1, key).replace("</bpmn:process>", "");
    ApiClient.Response notXml = modeler.post("/api/models/deployments", deployBody("BPMN", key, truncated, null));
    assertThat(notXml.status()).isEqualTo(400);
    assertThat(notXml.json().path("code").asText()).isEqualTo("MODEL_INVALID");
    assertThat(notXml.json().path("message").asText()).matches("模型无法解析（第 \\d+ 行，第 \\d+ 列）：.+");
    assertThat(notXml.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("content");

    // well-formed, but the engine cannot execute it: a flow to nowhere
    String dangling = probe(1, key).replace("targetRef=\"Event_End\"", "targetRef=\"Event_Missing\"");
    ApiClient.Response unexecutable = modeler.language("en")
        .post("/api/models/deployments", deployBody("BPMN", key, dangling, null));
    assertThat(unexecutable.status()).as(unexecutable.body()).isEqualTo(400);
    assertThat(unexecutable.json().path("code").asText()).isEqualTo("MODEL_INVALID");
    assertThat(unexecutable.json().path("message").asText()).startsWith("The model cannot be deployed: ")
        .contains("Event_Missing").doesNotContain("line 0");

    ApiClient.Response badForm = modeler.post("/api/models/deployments", deployBody("FORM", null, "{\"id\":\"x\"}", null));
    assertThat(badForm.status()).isEqualTo(400);
    assertThat(modeler.get("/api/models/bpmn/" + key + "/versions").status()).isEqualTo(404);
  }

  @Test
  void externalEntitiesAreRefusedAndNothingLeaks() {
    assertThat(engineConfiguration.isEnableXxeProcessing()).as("Camunda's own parser keeps XXE off").isFalse();
    String key = uniqueKey();
    String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE bpmn:definitions [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>\n"
        + probe(1, key).substring(probe(1, key).indexOf("<bpmn:definitions")).replace("name=\"Check\"", "name=\"&leak;\"");
    ApiClient modeler = ApiClient.loggedIn(port, "modeler1");
    ApiClient.Response api = modeler.post("/api/models/deployments", deployBody("BPMN", key, xxe, null));
    assertThat(api.status()).isEqualTo(400);
    assertThat(api.json().path("code").asText()).isEqualTo("MODEL_INVALID");
    assertThat(api.body()).doesNotContain("root:").containsIgnoringCase("DOCTYPE");
    ApiClient.Response diff = modeler.post("/api/models/diff", diffBody("BPMN", key, null, xxe));
    assertThat(diff.status()).isEqualTo(400);
    assertThat(diff.body()).doesNotContain("root:");

    // the Camunda Modeler door: Camunda's parser refuses the DTD as well
    ApiClient.Response rest = engineRestDeploy("modeler1", key, xxe);
    assertThat(rest.status()).isNotEqualTo(200);
    assertThat(rest.body()).doesNotContain("root:");
    assertThat(modeler.get("/api/models/bpmn/" + key + "/versions").status()).isEqualTo(404);

    // a decision table, through both doors
    String dmn = resource("probe.dmn").replace("DECISION_KEY", key);
    String dmnXxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE definitions [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>\n"
        + dmn.substring(dmn.indexOf("<definitions")).replaceFirst("name=\"[^\"]*\"", "name=\"&leak;\"");
    assertThat(dmnXxe).contains("&leak;");
    ApiClient.Response dmnApi = modeler.post("/api/models/deployments", deployBody("DMN", key, dmnXxe, null));
    assertThat(dmnApi.status()).as(dmnApi.body()).isEqualTo(400);
    assertThat(dmnApi.body()).doesNotContain("root:").containsIgnoringCase("DOCTYPE");
    ApiClient.Response dmnRest = engineRestDeploy("modeler1", key, key + ".dmn", dmnXxe);
    assertThat(dmnRest.status()).as(dmnRest.body()).isNotEqualTo(200);
    assertThat(dmnRest.body()).doesNotContain("root:");
    assertThat(modeler.get("/api/models/dmn/" + key + "/versions").status()).isEqualTo(404);
  }

  @Test
  void engineRestRefusesBrokenAndOversizedDeployments() {
    String key = uniqueKey();
    ApiClient.Response broken = engineRestDeploy("modeler1", key, probe(1, key).replace("</bpmn:process>", ""));
    // Camunda's REST API answers a model it cannot parse with its own status (500) and the parser's message
    assertThat(broken.status()).as(broken.body()).isNotEqualTo(200);
    assertThat(broken.json().path("message").asText()).contains("Could not parse").contains("bpmn:process");

    String padding = "<!-- " + "x".repeat(11 * 1024 * 1024) + " -->";
    String big = probe(1, key).replace("<bpmn:process", padding + "<bpmn:process");
    ApiClient.Response tooLarge = engineRestDeploy("modeler1", key, big);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().path("message").asText()).contains("10 MB");
    // no length given (chunked): counted while read
    ApiClient.Response chunked = engineRestDeploy("modeler1", key, key + ".bpmn", big, true);
    assertThat(chunked.status()).as(chunked.body()).isEqualTo(413);
    assertThat(ApiClient.loggedIn(port, "modeler1").get("/api/models/bpmn/" + key + "/versions").status())
        .isEqualTo(404);
    assertThat(engineRestDeploy("modeler1", key, key + ".bpmn", probe(1, key), true).status()).isEqualTo(200);
  }

  @Test
  void oversizedModelsAreRefused() {
    String key = uniqueKey();
    String padding = "<!-- " + "x".repeat(2 * 1024 * 1024) + " -->";
    String big = probe(1, key).replace("<bpmn:process", padding + "<bpmn:process");
    ApiClient.Response r = ApiClient.loggedIn(port, "modeler1")
        .post("/api/models/deployments", deployBody("BPMN", key, big, null));
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json().path("code").asText()).isEqualTo("MODEL_TOO_LARGE");
  }

  @Test
  void diffNamesAddedRemovedAndChangedElements() {
    String key = uniqueKey();
    ApiClient officer = ApiClient.loggedIn(port, "officer2");
    ApiClient modeler = ApiClient.loggedIn(port, "modeler1");

    ApiClient.Response byContent = officer.post("/api/models/diff", diffBody("BPMN", null, probe(1, key), probe(2, key)));
    assertThat(byContent.status()).as(byContent.body()).isEqualTo(200);
    JsonNode d = byContent.json();
    assertThat(ids(d.path("added"))).containsExactly("Task_Approve");
    assertThat(d.path("added").get(0).path("type").asText()).isEqualTo("userTask");
    assertThat(d.path("added").get(0).path("name").asText()).isEqualTo("Approve");
    assertThat(ids(d.path("removed"))).containsExactly("Task_Review");
    assertThat(ids(d.path("changed"))).containsExactlyInAnyOrder("Task_Check", "Flow_2", "Flow_3");
    JsonNode check = byId(d.path("changed"), "Task_Check");
    assertThat(check.path("name").asText()).isEqualTo("Check lead");
    assertThat(check.path("baseName").asText()).isEqualTo("Check");
    assertThat(check.path("changes").toString()).contains("name");
    assertThat(byId(d.path("changed"), "Flow_2").path("changes").toString()).contains("targetRef");

    assertThat(modeler.post("/api/models/deployments", deployBody("BPMN", key, probe(1, key), null)).status()).isEqualTo(201);
    ApiClient.Response byVersion = officer.post("/api/models/diff", "{\"kind\":\"BPMN\",\"key\":\"" + key
        + "\",\"baseVersion\":1,\"content\":" + JSON.valueToTree(probe(2, key)) + "}");
    assertThat(byVersion.status()).isEqualTo(200);
    assertThat(byVersion.json().path("baseVersion").asInt()).isEqualTo(1);
    assertThat(ids(byVersion.json().path("removed"))).containsExactly("Task_Review");
    ApiClient.Response same = officer.post("/api/models/diff", diffBody("BPMN", key, null, probe(1, key)));
    assertThat(same.json().path("added").size() + same.json().path("removed").size()
        + same.json().path("changed").size()).isZero();

    // a default written or left out is no change (bpmn-js drops calledElementBinding="latest"); another value is
    String real;
    try (java.io.InputStream in = getClass().getResourceAsStream("/caseflow/bpmn/enforcement-case.bpmn")) {
      real = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertThat(real).contains("camunda:calledElementBinding=\"latest\"");
    JsonNode saved = officer.post("/api/models/diff", diffBody("BPMN", null, real,
        real.replace(" camunda:calledElementBinding=\"latest\"", ""))).json();
    assertThat(saved.path("added").size() + saved.path("removed").size() + saved.path("changed").size()).isZero();
    JsonNode deployment = officer.post("/api/models/diff", diffBody("BPMN", null, real,
        real.replace("camunda:calledElementBinding=\"latest\"", "camunda:calledElementBinding=\"deployment\""))).json();
    assertThat(deployment.path("changed").size()).isPositive();

    String dmn = resource("probe.dmn").replace("DECISION_KEY", key);
    String dmn2 = dmn.replace("&gt;= 10000", "&gt;= 20000").replace(
        "<rule id=\"Rule_Low\">", "<rule id=\"Rule_Mid\"><inputEntry id=\"Entry_5\"><text>&gt;= 5000</text></inputEntry>"
            + "<outputEntry id=\"Entry_6\"><text>\"MID\"</text></outputEntry></rule><rule id=\"Rule_Low\">");
    JsonNode dmnDiff = officer.post("/api/models/diff", diffBody("DMN", null, dmn, dmn2)).json();
    assertThat(ids(dmnDiff.path("added"))).containsExactly("Rule_Mid");
    assertThat(ids(dmnDiff.path("changed"))).containsExactly("Rule_High");
    assertThat(byId(dmnDiff.path("changed"), "Rule_High").path("name").asText()).isEqualTo("high");

    String form = resource("probe.form").replace("FORM_KEY", key);
    String form2 = form.replace("\"Party name\"", "\"Name of the party\"")
        .replace(", \"validate\": { \"required\": true }", "");
    JsonNode formDiff = officer.post("/api/models/diff", diffBody("FORM", null, form, form2)).json();
    assertThat(ids(formDiff.path("changed"))).containsExactly("partyName");
    assertThat(byId(formDiff.path("changed"), "partyName").path("changes").toString()).contains("label", "validate");
  }

  @Test
  void formsAndDecisionsAreDeployedAndListed() {
    String key = uniqueKey();
    ApiClient modeler = ApiClient.loggedIn(port, "modeler1");
    ApiClient.Response form = modeler.post("/api/models/deployments",
        deployBody("FORM", null, resource("probe.form").replace("FORM_KEY", key), "new form"));
    assertThat(form.status()).as(form.body()).isEqualTo(201);
    assertThat(form.json().path("key").asText()).isEqualTo(key);
    assertThat(form.json().path("version").asInt()).isEqualTo(1);
    ApiClient.Response dmn = modeler.post("/api/models/deployments",
        deployBody("DMN", null, resource("probe.dmn").replace("DECISION_KEY", key), null));
    assertThat(dmn.status()).as(dmn.body()).isEqualTo(201);

    JsonNode items = modeler.get("/api/models").json().path("items");
    List<String> kinds = new ArrayList<>();
    items.forEach(i -> {
      if (i.path("key").asText().equals(key)) {
        kinds.add(i.path("kind").asText());
        assertThat(i.path("deployedBy").asText()).isEqualTo("modeler1");
      }
      // every process, decision and form says when it was deployed, also those deployed at start-up
      assertThat(i.path("deployedAt").asText()).as(i.toString()).endsWith("+08:00");
    });
    assertThat(kinds).containsExactlyInAnyOrder("FORM", "DMN");
    assertThat(items.findValuesAsText("kind")).contains("BPMN", "DMN", "FORM");
    ApiClient.Response content = modeler.get("/api/models/form/" + key + "/versions/1/content");
    assertThat(content.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(content.body()).contains("\"partyName\"");
    JsonNode versions = modeler.get("/api/models/form/" + key + "/versions").json();
    assertThat(versions.get(0).path("comment").asText()).isEqualTo("new form");
    assertThat(versions.get(0).path("runningInstances").isNull()).isTrue();
  }

  @Test
  void runningInstancesKeepTheirVersionUntilMigratedAndBlockedOnesAreReported() {
    String key = uniqueKey();
    ApiClient modeler = ApiClient.loggedIn(port, "modeler1");
    String v1 = modeler.post("/api/models/deployments", deployBody("BPMN", key, probe(1, key), null))
        .json().path("definitionId").asText();
    ProcessInstance atCheck = runtimeService.startProcessInstanceByKey(key, "at-check");
    ProcessInstance atReview = runtimeService.startProcessInstanceByKey(key, "at-review");
    taskService.complete(taskService.createTaskQuery().processInstanceId(atReview.getId()).singleResult().getId());

    String v2 = modeler.post("/api/models/deployments", deployBody("BPMN", key, probe(2, key), null))
        .json().path("definitionId").asText();
    assertThat(definitionOf(atCheck)).as("deploying leaves running instances alone").isEqualTo(v1);
    assertThat(definitionOf(atReview)).isEqualTo(v1);
    assertThat(runtimeService.startProcessInstanceByKey(key).getProcessDefinitionId()).as("new ones use v2").isEqualTo(v2);

    ApiClient.Response plan = modeler.get("/api/models/migrations/plan?source=" + v1 + "&target=" + v2);
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    JsonNode p = plan.json();
    assertThat(p.path("source").path("version").asInt()).isEqualTo(1);
    assertThat(p.path("target").path("version").asInt()).isEqualTo(2);
    assertThat(p.path("instructions").toString()).contains("\"sourceActivityId\":\"Task_Check\"",
        "\"targetActivityName\":\"Check lead\"");
    assertThat(ids(p.path("unmappedActivities"))).contains("Task_Review");
    assertThat(p.path("instanceCount").asInt()).isEqualTo(2);
    assertThat(p.path("migratableCount").asInt()).isEqualTo(1);
    JsonNode blocked = instance(p, atReview.getId());
    assertThat(blocked.path("migratable").asBoolean()).isFalse();
    assertThat(blocked.path("activityIds").toString()).contains("Task_Review");
    assertThat(blocked.path("failures").toString()).contains("Task_Review");
    assertThat(instance(p, atCheck.getId()).path("migratable").asBoolean()).isTrue();
    assertThat(definitionOf(atCheck)).as("the check does not migrate").isEqualTo(v1);

    assertThat(modeler.get("/api/models/migrations/plan?source=" + v1 + "&target=" + v1).status()).isEqualTo(400);
    assertThat(modeler.get("/api/models/migrations/plan?source=nope&target=" + v2).json()
        .path("fieldErrors").get(0).path("field").asText()).isEqualTo("source");

    ApiClient.Response started = modeler.post("/api/models/migrations",
        "{\"source\":\"" + v1 + "\",\"target\":\"" + v2 + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(started.json().path("instances").asInt()).isEqualTo(1);
    assertThat(started.json().path("skipped").get(0).path("processInstanceId").asText()).isEqualTo(atReview.getId());
    String batchId = started.json().path("batchId").asText();

    JsonNode before = modeler.get("/api/models/migrations/" + batchId).json();
    assertThat(before.path("finished").asBoolean()).isFalse();
    assertThat(before.path("createdBy").asText()).isEqualTo("modeler1");
    executeBatch(batchId);

    JsonNode after = modeler.get("/api/models/migrations/" + batchId).json();
    assertThat(after.path("finished").asBoolean()).as(after.toString()).isTrue();
    assertThat(after.path("totalJobs").asInt()).isEqualTo(1);
    assertThat(definitionOf(atCheck)).isEqualTo(v2);
    assertThat(definitionOf(atReview)).isEqualTo(v1);
    // the waiting task moves with its instance (Camunda keeps the task's name as it was created)
    assertThat(taskService.createTaskQuery().processInstanceId(atCheck.getId()).singleResult().getProcessDefinitionId())
        .isEqualTo(v2);

    ApiClient.Response nothing = modeler.post("/api/models/migrations",
        "{\"source\":\"" + v1 + "\",\"target\":\"" + v2 + "\"}");
    assertThat(nothing.status()).isEqualTo(409);
    assertThat(nothing.json().path("code").asText()).isEqualTo("NOTHING_TO_MIGRATE");
    assertThat(modeler.get("/api/models/migrations/no-such-batch").status()).isEqualTo(404);
  }

  @Test
  void aLeadRegisteredAfterANewEnforcementCaseVersionRunsOnItWhileOneRegisteredBeforeStays() {
    EnforcementCaseModel.ensureDeployed(repositoryService);
    ApiClient modeler = ApiClient.loggedIn(port, "modeler1");
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    String original = modeler.get("/api/models/bpmn/enforcement-case/versions/latest/content").body();
    String originalId = modeler.get("/api/models/bpmn/enforcement-case/versions").json().get(0).path("definitionId").asText();
    assertThat(original).as("the latest enforcement-case has the original task name").contains("name=\"核查线索\"");
    String party = "建模版本测试" + UUID.randomUUID().toString().substring(0, 8);

    Lead before = registerLead(officer, party + "前");
    assertThat(before.definitionId()).isEqualTo(originalId);

    String renamedName = "核查线索（新版）";
    ApiClient.Response deployed = modeler.post("/api/models/deployments",
        deployBody("BPMN", "enforcement-case", original.replace("name=\"核查线索\"", "name=\"" + renamedName + "\""),
            "rename the verification"));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
    String renamedId = deployed.json().path("definitionId").asText();
    String restoredId;
    try {
      Lead after = registerLead(officer, party + "后");
      assertThat(after.definitionId()).as("new leads start on the new version").isEqualTo(renamedId);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(after.processInstanceId()).singleResult()
          .getProcessDefinitionId()).isEqualTo(renamedId);
      assertThat(CaseSteps.taskIn(officer, "candidates", after.caseId(), "Task_VerifyLead").path("name").asText())
          .isEqualTo(renamedName);

      assertThat(officer.get("/api/cases/" + before.caseId()).json().path("processDefinitionId").asText())
          .as("the lead registered before stays on its version").isEqualTo(originalId);
      assertThat(CaseSteps.taskIn(officer, "candidates", before.caseId(), "Task_VerifyLead").path("name").asText())
          .isEqualTo("核查线索");
      JsonNode renamedVersion = modeler.get("/api/models/bpmn/enforcement-case/versions").json().get(0);
      assertThat(renamedVersion.path("definitionId").asText()).isEqualTo(renamedId);
      assertThat(renamedVersion.path("runningInstances").asLong()).isEqualTo(1);
    } finally {
      // the other tests (and the task filters: latest definitions) expect the original names
      ApiClient.Response restored = modeler.post("/api/models/deployments",
          deployBody("BPMN", "enforcement-case", original, "restore the original names"));
      assertThat(restored.status()).as(restored.body()).isEqualTo(201);
      restoredId = restored.json().path("definitionId").asText();
    }
    Lead restored = registerLead(officer, party + "复");
    assertThat(restored.definitionId()).isEqualTo(restoredId).isNotIn(originalId, renamedId);
    assertThat(CaseSteps.taskIn(officer, "candidates", restored.caseId(), "Task_VerifyLead").path("name").asText())
        .isEqualTo("核查线索");
  }

  @Test
  void camundaModelerDeploysThroughEngineRestAsModelerOnlyAndTheDeployerIsRecorded() {
    // Camunda Modeler's connection check: without credentials a Basic challenge, so it asks for them
    ApiClient.Response anonymous = new ApiClient(port).basic("GET", "/engine-rest/deployment?maxResults=0", null, null,
        null, null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    assertThat(new ApiClient(port).basic("GET", "/engine-rest/deployment?maxResults=0", "modeler1", "demo", null, null)
        .status()).isEqualTo(200);

    String key = uniqueKey();
    ApiClient.Response refused = engineRestDeploy("officer1", key, probe(1, key));
    assertThat(refused.status()).isEqualTo(403);
    ApiClient.Response deployed = engineRestDeploy("modeler1", key, probe(1, key));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);

    JsonNode versions = ApiClient.loggedIn(port, "officer1").get("/api/models/bpmn/" + key + "/versions").json();
    assertThat(versions.size()).isEqualTo(1);
    assertThat(versions.get(0).path("deployedBy").asText()).isEqualTo("modeler1");
    assertThat(versions.get(0).path("deploymentSource").asText()).isEqualTo("Camunda Modeler");
    assertThat(versions.get(0).path("deploymentName").asText()).isEqualTo(key);
  }

  // ---------------------------------------------------------------------------------------------

  private ApiClient.Response engineRestDeploy(String user, String name, String bpmn) {
    return engineRestDeploy(user, name, name + ".bpmn", bpmn, false);
  }

  private ApiClient.Response engineRestDeploy(String user, String name, String fileName, String content) {
    return engineRestDeploy(user, name, fileName, content, false);
  }

  /** What Camunda Modeler 5 sends; {@code chunked}: without a length. */
  private ApiClient.Response engineRestDeploy(String user, String name, String fileName, String content,
      boolean chunked) {
    String boundary = "----modeler" + System.nanoTime();
    String body = part(boundary, "deployment-name", name) + part(boundary, "deployment-source", "Camunda Modeler")
        + part(boundary, "deploy-changed-only", "true")
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new ApiClient(port).basic("POST", "/engine-rest/deployment/create", user, "demo",
        chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))
            : HttpRequest.BodyPublishers.ofByteArray(bytes),
        "multipart/form-data; boundary=" + boundary);
  }

  private static String part(String boundary, String name, String value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  private record Lead(long caseId, String processInstanceId, String definitionId) {}

  /** Registers a lead through the API; the definition is the one {@code GET /api/cases/{id}} reports. */
  private static Lead registerLead(ApiClient officer, String party) {
    ApiClient.Response registered = officer.post("/api/leads", CaseSteps.lead(party));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    long caseId = registered.json().path("leadId").asLong();
    JsonNode detail = officer.get("/api/cases/" + caseId).json();
    assertThat(detail.path("processInstanceId").asText()).isEqualTo(registered.json().path("processInstanceId").asText());
    return new Lead(caseId, detail.path("processInstanceId").asText(), detail.path("processDefinitionId").asText());
  }

  private void executeBatch(String batchId) {
    Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
    execute(managementService.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list());
    execute(managementService.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list());
    execute(managementService.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).list());
  }

  private void execute(List<Job> jobs) {
    jobs.forEach(j -> managementService.executeJob(j.getId()));
  }

  private String definitionOf(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private static JsonNode instance(JsonNode plan, String id) {
    for (JsonNode i : plan.path("instances")) {
      if (i.path("processInstanceId").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no instance " + id + " in " + plan);
  }

  private static String uniqueKey() {
    return "modeling-probe-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String probe(int version, String key) {
    return resource("probe-v" + version + ".bpmn").replace("PROCESS_KEY", key);
  }

  static String resource(String name) {
    try (InputStream in = ModelingIT.class.getResourceAsStream("/modeling/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String deployBody(String kind, String key, String content, String comment) {
    ObjectNode body = JSON.createObjectNode().put("kind", kind).put("content", content);
    if (key != null) {
      body.put("key", key);
    }
    if (comment != null) {
      body.put("comment", comment);
    }
    return body.toString();
  }

  private static String diffBody(String kind, String key, String baseContent, String content) {
    ObjectNode body = JSON.createObjectNode().put("kind", kind).put("content", content);
    if (key != null) {
      body.put("key", key);
    }
    if (baseContent != null) {
      body.put("baseContent", baseContent);
    }
    return body.toString();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode find(JsonNode items, String key) {
    for (JsonNode item : items) {
      if (item.path("key").asText().equals(key)) {
        return item;
      }
    }
    throw new AssertionError("no model " + key + " in " + items);
  }

  private static JsonNode byId(JsonNode elements, String id) {
    for (JsonNode e : elements) {
      if (e.path("id").asText().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no element " + id + " in " + elements);
  }

  private static List<String> ids(JsonNode elements) {
    List<String> ids = new ArrayList<>();
    elements.forEach(e -> ids.add(e.path("id").asText()));
    return ids;
  }
}
