package com.caseflow.credit;

import com.caseflow.common.ApiError;
import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP face of the publicity-system simulator. {@code /records/**} is the machine door the credit adapter
 * calls (no session; API key in {@code X-Publicity-Key}); {@code /behaviour} and the record list are for
 * admins with a session. Disabled (404) when {@code caseflow.credit.simulator.enabled=false}.
 */
@RestController
@RequestMapping("/api/simulator/publicity")
public class PublicitySimulatorController {

  /** What the adapter gets back. */
  public record RecordView(String idempotencyKey, String recordNo, String status, String publishedAt, String endedAt,
      String endReason, boolean duplicate) {

    static RecordView of(PublicitySimRecord r, boolean duplicate) {
      return new RecordView(r.idempotencyKey(), r.recordNo(), r.status(), String.valueOf(r.publishedAt()),
          r.endedAt() == null ? null : r.endedAt().toString(), r.endReason(), duplicate);
    }
  }

  private final PublicitySimulator simulator;
  private final CreditProperties properties;
  private final ObjectMapper json;

  public PublicitySimulatorController(PublicitySimulator simulator, CreditProperties properties, ObjectMapper json) {
    this.simulator = simulator;
    this.properties = properties;
    this.json = json;
  }

  @PostMapping("/records")
  public ResponseEntity<RecordView> publish(@RequestHeader(name = "X-Publicity-Key", required = false) String apiKey,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, @RequestBody JsonNode body)
      throws Exception {
    checkKey(apiKey);
    String key = idempotencyKey != null
        ? java.net.URLDecoder.decode(idempotencyKey, StandardCharsets.UTF_8) : body.path("decisionNo").asText(null);
    if (key == null || key.isBlank() || key.length() > 100) {
      throw ApiException.invalidField("Idempotency-Key", "validation.required");
    }
    simulator.maybeFail();
    PublicitySimulator.Published p = simulator.publish(key, json.writeValueAsString(body));
    simulator.delay();
    return ResponseEntity.status(p.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(RecordView.of(p.record(), p.duplicate()));
  }

  @GetMapping("/records/{key}")
  public RecordView find(@RequestHeader(name = "X-Publicity-Key", required = false) String apiKey,
      @PathVariable String key) {
    checkKey(apiKey);
    simulator.maybeFail();
    PublicitySimRecord r = simulator.find(key);
    if (r == null) {
      throw ApiException.notFound("publicityRecord", key);
    }
    simulator.delay();
    return RecordView.of(r, false);
  }

  /** Body {@code {"reason"}}. */
  @PostMapping("/records/{key}/end")
  public RecordView end(@RequestHeader(name = "X-Publicity-Key", required = false) String apiKey,
      @PathVariable String key, @RequestBody(required = false) JsonNode body) {
    checkKey(apiKey);
    simulator.maybeFail();
    PublicitySimRecord r = simulator.end(key, body == null ? null : body.path("reason").asText(null));
    if (r == null) {
      throw ApiException.notFound("publicityRecord", key);
    }
    simulator.delay();
    return RecordView.of(r, false);
  }

  @PutMapping("/behaviour")
  public PublicitySimulator.Behaviour behaviour(@RequestBody PublicitySimulator.Behaviour b,
      @AuthenticationPrincipal CurrentUser user) {
    enabled();
    if (!user.isAdmin()) {
      throw ApiException.forbidden();
    }
    simulator.setBehaviour(b);
    return simulator.behaviour();
  }

  @GetMapping("/records")
  public List<PublicitySimRecord> latest(@AuthenticationPrincipal CurrentUser user) {
    enabled();
    if (!user.isAdmin()) {
      throw ApiException.forbidden();
    }
    return simulator.latest(100);
  }

  @ExceptionHandler(PublicitySimulator.SimulatedFailure.class)
  ResponseEntity<ApiError> failure(PublicitySimulator.SimulatedFailure e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError("SIMULATED_FAILURE", e.getMessage()));
  }

  private void enabled() {
    if (!properties.simulatorEnabled()) {
      throw ApiException.notFound("/api/simulator/publicity");
    }
  }

  private void checkKey(String apiKey) {
    enabled();
    byte[] expected = properties.apiKey().getBytes(StandardCharsets.UTF_8);
    if (apiKey == null || !MessageDigest.isEqual(expected, apiKey.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "error.unauthenticated");
    }
  }
}
