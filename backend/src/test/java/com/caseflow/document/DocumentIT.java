package com.caseflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.CaseFixtures;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DocumentIT {

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  ApiClient officer1;
  long caseId;
  String processInstanceId;
  int year;

  @BeforeEach
  void setUp() {
    officer1 = ApiClient.loggedIn(port, "officer1");
    JsonNode lead = CaseFixtures.register(officer1, repository, "宁夏文书测试口罩有限公司");
    caseId = lead.path("leadId").asLong();
    processInstanceId = lead.path("processInstanceId").asText();
    year = LocalDate.now(clock).getYear();
  }

  ApiClient.Response generate(ApiClient client, long id, String type) {
    return client.post("/api/cases/" + id + "/documents", "{\"type\":\"" + type + "\"}");
  }

  int rows(long id) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_document WHERE case_id = ?", Integer.class, id);
  }

  static String pdfText(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    StringBuilder s = new StringBuilder();
    for (int p = 1; p <= reader.getNumberOfPages(); p++) {
      s.append(new PdfTextExtractor(reader).getTextFromPage(p));
    }
    return s.toString().replaceAll("\\s+", "");
  }

  void setPenaltyData() {
    runtime.setVariables(processInstanceId, Map.of(
        "facts", "销售的一次性使用口罩经检验过滤效率不符合GB 2626-2019强制性标准",
        "legalBasis", "《中华人民共和国产品质量法》第十三条第一款、第四十九条",
        "fineAmount", 60001.0));
  }

  @Test
  void generateDownloadAndRegenerateKeepsTheNumberAndTheEarlierVersion() throws Exception {
    ApiClient.Response first = generate(officer1, caseId, "FILING_APPROVAL");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    JsonNode d1 = first.json();
    assertThat(d1.path("type").asText()).isEqualTo("FILING_APPROVAL");
    assertThat(d1.path("title").asText()).isEqualTo("立案审批表");
    assertThat(d1.path("number").asText()).matches("银市监立审〔" + year + "〕\\d+号");
    assertThat(d1.path("version").asInt()).isEqualTo(1);
    assertThat(d1.path("createdBy").asText()).isEqualTo("officer1");
    assertThat(d1.path("createdAt").asText()).isNotBlank();

    HttpResponse<byte[]> pdf = officer1.download("/api/documents/" + d1.path("id").asLong() + "/content");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename*=UTF-8''");
    String text = pdfText(pdf.body());
    assertThat(text).contains("银川市市场监督管理局", "立案审批表", d1.path("number").asText(), "宁夏文书测试口罩有限公司", "监督抽查");

    JsonNode d2 = generate(officer1, caseId, "FILING_APPROVAL").json();
    assertThat(d2.path("version").asInt()).isEqualTo(2);
    assertThat(d2.path("number").asText()).isEqualTo(d1.path("number").asText());
    assertThat(d2.path("id").asLong()).isNotEqualTo(d1.path("id").asLong());

    JsonNode list = officer1.get("/api/cases/" + caseId + "/documents").json();
    assertThat(list).hasSize(2);
    assertThat(list.findValuesAsText("version")).containsExactly("1", "2");
    assertThat(officer1.download("/api/documents/" + d1.path("id").asLong() + "/content").statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_audit_log WHERE case_id = ? AND action LIKE 'DOCUMENT_%'",
        Integer.class, caseId)).isEqualTo(2);
  }

  @Test
  void missingCaseDataIsExplainedWith409AndNothingIsStored() throws Exception {
    ApiClient.Response r = generate(officer1, caseId, "PENALTY_DECISION");
    assertThat(r.status()).as(r.body()).isEqualTo(409);
    assertThat(r.json().path("code").asText()).isEqualTo("DOCUMENT_DATA_MISSING");
    assertThat(r.json().path("message").asText()).contains("行政处罚决定书");
    assertThat(r.json().path("fieldErrors").findValuesAsText("field")).containsExactly("facts", "legalBasis", "fineAmount");
    assertThat(rows(caseId)).isZero();

    ApiClient.Response closure = generate(officer1.language("en"), caseId, "CLOSURE_APPROVAL");
    assertThat(closure.status()).isEqualTo(409);
    assertThat(closure.json().path("fieldErrors").get(0).path("message").asText()).startsWith("case number");
    officer1.language("zh-CN");

    setPenaltyData();
    ApiClient.Response ok = generate(officer1, caseId, "PENALTY_DECISION");
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    String text = pdfText(officer1.download("/api/documents/" + ok.json().path("id").asLong() + "/content").body());
    assertThat(text).contains("行政处罚决定书", ok.json().path("number").asText(), "过滤效率不符合GB2626-2019",
        "60,001.00", "陆万零壹元整", "十五日内", "六十日内", "六个月内");
  }

  @Test
  void theDeliveryReceiptListsTheIssuedDocuments() throws Exception {
    assertThat(generate(officer1, caseId, "DELIVERY_RECEIPT").status()).isEqualTo(409);
    setPenaltyData();
    JsonNode notice = generate(officer1, caseId, "PRIOR_NOTICE").json();
    JsonNode receipt = generate(officer1, caseId, "DELIVERY_RECEIPT").json();
    String text = pdfText(officer1.download("/api/documents/" + receipt.path("id").asLong() + "/content").body());
    assertThat(text).contains("送达回证", "行政处罚告知书", notice.path("number").asText());
  }

  @Test
  void badTypesUnknownCasesAndOtherAgencies() {
    ApiClient.Response bad = generate(officer1, caseId, "LETTER");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("type");
    ApiClient.Response none = officer1.post("/api/cases/" + caseId + "/documents", "{}");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("type");
    assertThat(officer1.post("/api/cases/" + caseId + "/documents", "not json").status()).isEqualTo(400);
    assertThat(generate(officer1, 999_999_999_999L, "FILING_APPROVAL").status()).isEqualTo(404);
    assertThat(officer1.get("/api/documents/999999999999/content").status()).isEqualTo(404);

    long id = generate(officer1, caseId, "FILING_APPROVAL").json().path("id").asLong();
    ApiClient officer3 = ApiClient.loggedIn(port, "officer3"); // 石嘴山
    assertThat(generate(officer3, caseId, "FILING_APPROVAL").status()).isEqualTo(404);
    assertThat(officer3.get("/api/cases/" + caseId + "/documents").status()).isEqualTo(404);
    assertThat(officer3.get("/api/documents/" + id + "/content").status()).isEqualTo(404);
    assertThat(rows(caseId)).isEqualTo(1);
  }

  @Test
  void concurrentRequestsGetDistinctConsecutiveNumbers() throws Exception {
    int n = 6;
    List<Long> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cases.add(CaseFixtures.register(officer1, repository, "宁夏并发编号测试有限公司" + i).path("leadId").asLong());
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<ApiClient.Response>> results = new ArrayList<>();
      for (long id : cases) {
        results.add(pool.submit(() -> generate(ApiClient.loggedIn(port, "officer2"), id, "FILING_APPROVAL")));
      }
      TreeSet<Integer> seqs = new TreeSet<>();
      Pattern seq = Pattern.compile("〔" + year + "〕(\\d+)号");
      for (Future<ApiClient.Response> f : results) {
        ApiClient.Response r = f.get();
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        Matcher m = seq.matcher(r.json().path("number").asText());
        assertThat(m.find()).isTrue();
        seqs.add(Integer.parseInt(m.group(1)));
      }
      assertThat(seqs).hasSize(n);
      assertThat(seqs.last() - seqs.first()).isEqualTo(n - 1); // no gaps among them
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theGenerateDocumentBeanIssuesADocumentFromAModel() {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://caseflow/test">
          <bpmn:process id="document-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Start"/>
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Service_GenerateFilingApproval"/>
            <bpmn:serviceTask id="Service_GenerateFilingApproval" camunda:delegateExpression="${generateDocument}">
              <bpmn:extensionElements>
                <camunda:field name="documentType"><camunda:string>FILING_APPROVAL</camunda:string></camunda:field>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="f2" sourceRef="Service_GenerateFilingApproval" targetRef="End"/>
            <bpmn:endEvent id="End"/>
          </bpmn:process>
        </bpmn:definitions>""";
    repository.createDeployment().addString("document-probe.bpmn", bpmn).enableDuplicateFiltering(true).deploy();
    Map<String, Object> vars = new HashMap<>();
    vars.put("leadId", caseId);
    String pi = runtime.startProcessInstanceByKey("document-probe", vars).getId();

    assertThat(rows(caseId)).isEqualTo(1);
    Map<String, Object> out = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(pi).list()) {
      out.put(v.getName(), v.getValue());
    }
    assertThat((String) out.get("generatedDocumentNo")).matches("银市监立审〔" + year + "〕\\d+号");
    assertThat(jdbc.queryForObject("SELECT created_by FROM cf_document WHERE case_id = ?", String.class, caseId))
        .isEqualTo("system");
  }
}
