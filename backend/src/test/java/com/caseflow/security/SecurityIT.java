package com.caseflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SecurityIT {

  @LocalServerPort int port;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;

  @Test
  void healthIsOpenAndUp() {
    ApiClient.Response r = new ApiClient(port).get("/actuator/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("status").asText()).isEqualTo("UP");
  }

  @Test
  void engineRestNeedsBasicAuthentication() {
    ApiClient client = new ApiClient(port);
    assertThat(client.basic("GET", "/engine-rest/engine", null, null, null, null).status()).isEqualTo(401);
    assertThat(client.basic("GET", "/engine-rest/engine", "officer1", "wrong", null, null).status()).isEqualTo(401);
    ApiClient.Response ok = client.basic("GET", "/engine-rest/engine", "modeler1", "demo", null, null);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).contains("default");
  }

  @Test
  void engineRestAndTasklistAreNotTheCaseWorkersDoor() {
    ApiClient client = new ApiClient(port);
    // the engine's authorizations know groups, not agencies: case workers would see other agencies' tasks there
    for (String user : new String[] {"officer1", "officer3", "head1", "manager1"}) {
      ApiClient.Response r = client.basic("GET", "/engine-rest/task?maxResults=5", user, "demo", null, null);
      assertThat(r.status()).as(user).isEqualTo(403);
      assertThat(r.json().path("type").asText()).isEqualTo("AuthorizationException");
      assertThat(r.json().path("message").asText()).contains("modelers").contains("建模");
      assertThat(client.basic("GET", "/engine-rest/process-instance/count", user, "demo", null, null).status())
          .as(user).isEqualTo(403);
    }
    for (String user : new String[] {"modeler1", "admin"}) {
      assertThat(client.basic("GET", "/engine-rest/process-definition/count", user, "demo", null, null).status())
          .as(user).isEqualTo(200);
    }
    for (String group : Groups.CASE_WORKERS) {
      assertThat(authorizationService.createAuthorizationQuery().groupIdIn(group)
          .resourceType(org.camunda.bpm.engine.authorization.Resources.APPLICATION).resourceId("tasklist").count())
          .as(group + " has no Tasklist").isZero();
    }
  }

  @Test
  void engineRestAppliesCamundaAuthorizationsPerGroup() {
    ApiClient client = new ApiClient(port);
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="security-probe" isExecutable="true" camunda:historyTimeToLive="P1D"><bpmn:startEvent id="s"/></bpmn:process>
        </bpmn:definitions>""";
    ApiClient.Response refused = deploy(client, "officer1", bpmn);
    assertThat(refused.status()).as("officer may not deploy: %s", refused.body()).isEqualTo(403);
    ApiClient.Response deployed = deploy(client, "modeler1", bpmn);
    assertThat(deployed.status()).as("modeler may deploy: %s", deployed.body()).isEqualTo(200);
  }

  private ApiClient.Response deploy(ApiClient client, String user, String bpmn) {
    String boundary = "----probe";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsecurity-probe\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"security-probe.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
    return client.basic("POST", "/engine-rest/deployment/create", user, "demo",
        HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary);
  }

  @Test
  void wrongPasswordIsRefusedWithAMessageInTheRequestLanguage() {
    ApiClient zh = new ApiClient(port);
    ApiClient.Response r = zh.post("/api/auth/login", "{\"username\":\"officer1\",\"password\":\"nope\"}");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().path("code").asText()).isEqualTo("BAD_CREDENTIALS");
    assertThat(r.json().path("message").asText()).isEqualTo("用户名或密码错误");

    ApiClient en = new ApiClient(port).language("en");
    ApiClient.Response e = en.post("/api/auth/login", "{\"username\":\"officer1\",\"password\":\"nope\"}");
    assertThat(e.json().path("message").asText()).isEqualTo("Wrong user name or password");
  }

  @Test
  void aLockedAccountIsToldApartFromAWrongPassword() {
    // the test profile switches Camunda's login delay off; switch it back to its default here
    int delayBase = engineConfiguration.getLoginDelayBase();
    engineConfiguration.setLoginDelayBase(3);
    try {
      ApiClient client = new ApiClient(port);
      client.post("/api/auth/login", "{\"username\":\"credit1\",\"password\":\"nope\"}");
      ApiClient.Response r = client.post("/api/auth/login", "{\"username\":\"credit1\",\"password\":\"demo\"}");
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().path("code").asText()).isEqualTo("ACCOUNT_LOCKED");
      assertThat(r.json().path("message").asText()).contains("锁定");
    } finally {
      engineConfiguration.setLoginDelayBase(delayBase);
      identityService.unlockUser("credit1");
    }
  }

  @Test
  void missingLoginFieldsAreNamed() {
    ApiClient.Response r = new ApiClient(port).post("/api/auth/login", "{\"username\":\"officer1\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("password");
  }

  @Test
  void noSessionMeansUnauthorizedJson() {
    ApiClient.Response r = new ApiClient(port).get("/api/me");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
    assertThat(r.json().path("message").asText()).isEqualTo("请先登录");
  }

  @Test
  void loginStartsASessionAndMeShowsUserAgencyAndGroups() {
    ApiClient client = ApiClient.loggedIn(port, "officer1");
    ApiClient.Response me = client.get("/api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("displayName").asText()).isEqualTo("张伟");
    assertThat(me.json().path("agency").path("code").asText()).isEqualTo("NX-YC");
    assertThat(me.json().path("agency").path("name").asText()).isEqualTo("银川市市场监督管理局");
    assertThat(me.json().path("groups").toString()).contains("officers");

    assertThat(client.post("/api/auth/logout", "").status()).isEqualTo(204);
    assertThat(client.get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void mutatingRequestsWithoutTheCsrfTokenAreRefused() {
    ApiClient client = ApiClient.loggedIn(port, "officer1");
    ApiClient.Response r = client.basic("POST", "/api/auth/logout", null, null, null, null);
    // no session cookie and no token on this raw request: refused before reaching the controller
    assertThat(r.status()).isIn(401, 403);

    ApiClient.Response forged = new ApiClient(port).basic("POST", "/api/auth/login", null, null,
        HttpRequest.BodyPublishers.ofString("{\"username\":\"officer1\",\"password\":\"demo\"}"), "application/json");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.json().path("code").asText()).isEqualTo("CSRF_INVALID");
  }

  @Test
  void languagePreferenceIsRememberedAndValidated() {
    ApiClient client = ApiClient.loggedIn(port, "officer2");
    assertThat(client.put("/api/me/preferences", "{\"locale\":\"fr\"}").status()).isEqualTo(400);
    assertThat(client.put("/api/me/preferences", "{\"locale\":\"en\"}").status()).isEqualTo(204);
    assertThat(client.get("/api/me").json().path("locale").asText()).isEqualTo("en");
    assertThat(client.put("/api/me/preferences", "{\"locale\":\"zh-CN\"}").status()).isEqualTo(204);
  }

  @Test
  void camundaWebappsAreServed() {
    ApiClient.Response r = new ApiClient(port).get("/camunda/app/welcome/default/");
    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void referenceDataNeedsALogin() {
    assertThat(new ApiClient(port).get("/api/agencies").status()).isEqualTo(401);
    ApiClient client = ApiClient.loggedIn(port, "officer3");
    ApiClient.Response agencies = client.get("/api/agencies");
    assertThat(agencies.status()).isEqualTo(200);
    assertThat(agencies.json().get(0).path("code").asText()).isEqualTo("NX");
    assertThat(client.get("/api/campaigns").json().toString()).contains("FYKZ-2021", "HMZL-2021");
  }
}
