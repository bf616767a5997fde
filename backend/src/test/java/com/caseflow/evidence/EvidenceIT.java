package com.caseflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.common.ContentStore;
import com.caseflow.support.ApiClient;
import com.caseflow.support.ApiClient.Part;
import com.caseflow.support.CaseFixtures;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class EvidenceIT {

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;
  @Value("${caseflow.data-dir}") Path dataDir;

  ApiClient officer1;
  /** A case of 银川 (officer1's agency). */
  TestCase yinchuanCase;

  record TestCase(long id) {}

  @BeforeEach
  void setUp() {
    officer1 = ApiClient.loggedIn(port, "officer1");
    yinchuanCase = newCase();
  }

  TestCase newCase() {
    return new TestCase(CaseFixtures.register(officer1, repository, "宁夏证据测试口罩有限公司").path("leadId").asLong());
  }

  static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + " " + ThreadLocalRandom.current().nextLong() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
  }

  ApiClient.Response upload(ApiClient client, long caseId, String type, String description, String fileName,
      String contentType, byte[] content, Long supersedesId) {
    java.util.List<Part> parts = new java.util.ArrayList<>();
    if (type != null) {
      parts.add(Part.field("type", type));
    }
    if (description != null) {
      parts.add(Part.field("description", description));
    }
    if (content != null) {
      parts.add(new Part("file", fileName, contentType, content));
    }
    if (supersedesId != null) {
      parts.add(Part.field("supersedesId", String.valueOf(supersedesId)));
    }
    return client.multipart("/api/cases/" + caseId + "/evidence", parts.toArray(Part[]::new));
  }

  int rows(long caseId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_evidence WHERE case_id = ?", Integer.class, caseId);
  }

  @Test
  void uploadListAndDownloadWithTheChineseFileName() throws Exception {
    byte[] content = pdf("检验报告");
    ApiClient.Response r = upload(officer1, yinchuanCase.id(), "DOCUMENTARY", "口罩过滤效率检验报告", "检验报告（GB 2626）.pdf",
        "application/octet-stream", content, null);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode e = r.json();
    assertThat(e.path("type").asText()).isEqualTo("DOCUMENTARY");
    assertThat(e.path("typeName").asText()).isEqualTo("书证");
    assertThat(e.path("fileName").asText()).isEqualTo("检验报告（GB 2626）.pdf");
    assertThat(e.path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(e.path("size").asLong()).isEqualTo(content.length);
    assertThat(e.path("sha256").asText()).isEqualTo(ContentStore.sha256Hex(content));
    assertThat(e.path("uploadedBy").asText()).isEqualTo("officer1");
    assertThat(e.path("uploadedAt").asText()).isNotBlank();
    assertThat(e.path("version").asInt()).isEqualTo(1);
    assertThat(e.path("supersedesId").isNull()).isTrue();
    assertThat(e.has("caseId")).isFalse();

    ApiClient.Response list = officer1.get("/api/cases/" + yinchuanCase.id() + "/evidence");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json()).hasSize(1);
    assertThat(list.json().get(0).path("id").asLong()).isEqualTo(e.path("id").asLong());

    HttpResponse<byte[]> download = rawGet(officer1, "/api/evidence/" + e.path("id").asLong() + "/content");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(content);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"evidence-" + e.path("id").asLong() + ".pdf\"")
        .contains("filename*=UTF-8''%E6%A3%80%E9%AA%8C%E6%8A%A5%E5%91%8A%EF%BC%88GB%202626%EF%BC%89.pdf");

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_audit_log WHERE action = 'EVIDENCE_UPLOADED' AND entity_id = ?",
        Integer.class, e.path("id").asText())).isEqualTo(1);
    assertThat(dataDir.resolve("evidence").resolve(e.path("sha256").asText().substring(0, 2))
        .resolve(e.path("sha256").asText())).exists();
  }

  @Test
  void aCorrectionIsANewVersionAndTheOldOneStays() {
    long first = upload(officer1, yinchuanCase.id(), "PARTY_STATEMENT", "询问笔录", "询问笔录.txt", "text/plain",
        "当事人称：不知道口罩不合格。".getBytes(StandardCharsets.UTF_8), null).json().path("id").asLong();
    ApiClient.Response corrected = upload(officer1, yinchuanCase.id(), "PARTY_STATEMENT", "询问笔录（更正签名页）",
        "询问笔录.txt", "text/plain", "当事人称：不知道口罩不合格。已签名。".getBytes(StandardCharsets.UTF_8), first);
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
    assertThat(corrected.json().path("version").asInt()).isEqualTo(2);
    assertThat(corrected.json().path("supersedesId").asLong()).isEqualTo(first);
    assertThat(corrected.json().path("contentType").asText()).startsWith("text/plain");

    JsonNode list = officer1.get("/api/cases/" + yinchuanCase.id() + "/evidence").json();
    assertThat(list).hasSize(2);
    assertThat(list.get(0).path("superseded").asBoolean()).isTrue();
    assertThat(list.get(0).path("supersededById").asLong()).isEqualTo(corrected.json().path("id").asLong());
    assertThat(list.get(1).path("superseded").asBoolean()).isFalse();
    assertThat(rawGet(officer1, "/api/evidence/" + first + "/content").statusCode()).isEqualTo(200);

    ApiClient.Response again = upload(officer1, yinchuanCase.id(), "PARTY_STATEMENT", "再次更正旧版本", "b.txt", "text/plain",
        "另一版本".getBytes(StandardCharsets.UTF_8), first);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("code").asText()).isEqualTo("EVIDENCE_ALREADY_SUPERSEDED");

    TestCase other = newCase();
    ApiClient.Response foreign = upload(officer1, other.id(), "PARTY_STATEMENT", "跨案件更正", "c.txt", "text/plain",
        "x".getBytes(StandardCharsets.UTF_8), first);
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("supersedesId");
    assertThat(rows(yinchuanCase.id())).isEqualTo(2);
    assertThat(rows(other.id())).isZero();
  }

  @Test
  void twoCorrectionsOfOneVersionAtOnce() throws Exception {
    TestCase c = newCase();
    long first = upload(officer1, c.id(), "PARTY_STATEMENT", "询问笔录", "询问笔录.txt", "text/plain",
        "原稿".getBytes(StandardCharsets.UTF_8), null).json().path("id").asLong();
    for (int round = 0; round < 3; round++) {
      long base = round == 0 ? first : officer1.get("/api/cases/" + c.id() + "/evidence").json()
          .findValues("id").stream().mapToLong(JsonNode::asLong).max().orElseThrow();
      int r = round;
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          int n = i;
          ApiClient client = ApiClient.loggedIn(port, "officer1");
          answers.add(pool.submit(() -> {
            start.await();
            return upload(client, c.id(), "PARTY_STATEMENT", "同时更正 " + r + "-" + n, "x.txt", "text/plain",
                ("更正稿 " + r + "-" + n).getBytes(StandardCharsets.UTF_8), base).status();
          }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<Integer> f : answers) {
          statuses.add(f.get());
        }
        assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 409);
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(rows(c.id())).as("one correction per round, none half-stored").isEqualTo(4);
  }

  @Test
  void theSameContentTwiceIsStoredOnceButListedTwice() throws Exception {
    byte[] content = pdf("同一文件");
    JsonNode a = upload(officer1, yinchuanCase.id(), "ELECTRONIC", "网店页面截图", "a.pdf", "application/pdf", content, null).json();
    JsonNode b = upload(officer1, yinchuanCase.id(), "ELECTRONIC", "同一文件再次提交", "b.pdf", "application/pdf", content, null).json();
    assertThat(a.path("sha256").asText()).isEqualTo(b.path("sha256").asText());
    assertThat(a.path("id").asLong()).isNotEqualTo(b.path("id").asLong());
    Path folder = dataDir.resolve("evidence").resolve(a.path("sha256").asText().substring(0, 2));
    try (var files = Files.list(folder)) {
      assertThat(files.filter(p -> p.getFileName().toString().equals(a.path("sha256").asText())).count()).isEqualTo(1);
    }
    assertThat(rawGet(officer1, "/api/evidence/" + b.path("id").asLong() + "/content").body()).isEqualTo(content);
  }

  @Test
  void anOverSizedFileIsRefusedWith413AndNothingIsStored() {
    byte[] big = new byte[50 * 1024 * 1024 + 1024];
    System.arraycopy(pdf("big"), 0, big, 0, 10);
    ApiClient.Response r = upload(officer1, yinchuanCase.id(), "AUDIOVISUAL", "执法记录仪视频", "big.pdf", "application/pdf",
        big, null);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json().path("code").asText()).isEqualTo("UPLOAD_TOO_LARGE");
    assertThat(r.json().path("message").asText()).contains("50 MB");
    assertThat(rows(yinchuanCase.id())).isZero();

    // exactly the limit is allowed (the request around it is a little larger)
    byte[] limit = new byte[50 * 1024 * 1024];
    System.arraycopy(pdf("limit"), 0, limit, 0, 10);
    ApiClient.Response atLimit = upload(officer1, yinchuanCase.id(), "AUDIOVISUAL", "执法记录仪视频", "limit.pdf",
        "application/pdf", limit, null);
    assertThat(atLimit.status()).as(atLimit.body()).isEqualTo(201);
    assertThat(rows(yinchuanCase.id())).isEqualTo(1);
  }

  @Test
  void wrongOrMissingInputIsRefusedNamingTheFieldAndNothingIsStored() {
    long id = yinchuanCase.id();
    ApiClient.Response exe = upload(officer1, id, "ELECTRONIC", "程序", "tool.pdf", "application/pdf",
        new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, null);
    assertThat(exe.status()).isEqualTo(400);
    assertThat(exe.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(exe.json().path("fieldErrors").get(0).path("message").asText()).contains("可执行");

    ApiClient.Response mismatch = upload(officer1, id, "ELECTRONIC", "截图", "截图.png", "image/png", pdf("x"), null);
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.json().path("fieldErrors").get(0).path("message").asText()).contains(".png", "pdf");

    ApiClient.Response unknown = upload(officer1, id, "ELECTRONIC", "二进制", "x.bin", "application/octet-stream",
        new byte[] {0, 1, 2, 3, 4}, null);
    assertThat(unknown.status()).isEqualTo(400);

    ApiClient.Response noFile = upload(officer1, id, "DOCUMENTARY", "没有文件", null, null, null, null);
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("file");

    ApiClient.Response empty = upload(officer1, id, "DOCUMENTARY", "空文件", "empty.pdf", "application/pdf", new byte[0], null);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("file");

    ApiClient.Response badType = upload(officer1, id, "PHOTO", null, "a.pdf", "application/pdf", pdf("y"), null);
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.json().path("fieldErrors").findValuesAsText("field")).containsExactlyInAnyOrder("type", "description");

    // a multipart body cut off before its end (a dropped connection, a broken client)
    ApiClient.Response truncated = officer1.postRaw("/api/cases/" + id + "/evidence", "multipart/form-data; boundary=zzz",
        "--zzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(truncated.status()).as(truncated.body()).isEqualTo(400);
    assertThat(truncated.json().path("code").asText()).isEqualTo("MALFORMED_REQUEST");
    assertThat(truncated.json().path("message").asText()).contains("不完整");

    ApiClient.Response english = upload(officer1.language("en"), id, "PHOTO", "x", "a.pdf", "application/pdf", pdf("z"), null);
    assertThat(english.json().path("fieldErrors").get(0).path("message").asText()).startsWith("Unknown evidence type");
    assertThat(rows(id)).isZero();
  }

  @Test
  void unknownCasesAndOtherAgenciesAnswer404() {
    ApiClient.Response unknown = upload(officer1, 999_999_999_999L, "DOCUMENTARY", "x", "a.pdf", "application/pdf", pdf("a"), null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(officer1.get("/api/cases/999999999999/evidence").status()).isEqualTo(404);
    ApiClient.Response missing = officer1.get("/api/evidence/999999999999/content");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("message").asText()).isEqualTo("未找到证据：999999999999");
    assertThat(ApiClient.loggedIn(port, "officer1").language("en").get("/api/evidence/999999999999/content").json()
        .path("message").asText()).isEqualTo("No evidence 999999999999");

    long evidenceId = upload(officer1, yinchuanCase.id(), "DOCUMENTARY", "银川案件证据", "a.pdf", "application/pdf", pdf("b"), null)
        .json().path("id").asLong();
    ApiClient officer3 = ApiClient.loggedIn(port, "officer3"); // 石嘴山
    assertThat(officer3.get("/api/cases/" + yinchuanCase.id() + "/evidence").status()).isEqualTo(404);
    assertThat(officer3.get("/api/evidence/" + evidenceId + "/content").status()).isEqualTo(404);
    assertThat(upload(officer3, yinchuanCase.id(), "DOCUMENTARY", "越权上传", "c.pdf", "application/pdf", pdf("c"), null).status())
        .isEqualTo(404);
    assertThat(rows(yinchuanCase.id())).isEqualTo(1);

    ApiClient manager = ApiClient.loggedIn(port, "manager1"); // province: sees all
    assertThat(manager.get("/api/evidence/" + evidenceId + "/content").status()).isEqualTo(200);
    assertThat(new ApiClient(port).get("/api/cases/" + yinchuanCase.id() + "/evidence").status()).isEqualTo(401);
  }

  private static HttpResponse<byte[]> rawGet(ApiClient client, String path) {
    return client.download(path);
  }
}
