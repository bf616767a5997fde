package com.caseflow.cases;

import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CaseController {

  private final CaseQueryService cases;
  private final CaseEventService events;
  private final RepositoryService repository;

  public CaseController(CaseQueryService cases, CaseEventService events, RepositoryService repository) {
    this.cases = cases;
    this.events = events;
    this.repository = repository;
  }

  @GetMapping("/api/cases")
  public CaseQueryService.Page<CaseRow> list(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String campaign, @RequestParam(required = false) String stage,
      @RequestParam(required = false) String agency, @RequestParam(required = false) String party,
      @RequestParam(required = false) String caseNo, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) String sort) {
    Paging.check(page, size);
    return cases.list(user, campaign, stage, agency, party, caseNo, overdue, from, to, page, size, sort);
  }

  @GetMapping("/api/cases/{ref}")
  public CaseDetail detail(@PathVariable String ref, @AuthenticationPrincipal CurrentUser user) {
    return cases.detail(ref, user);
  }

  public record EventRequest(String type, Map<String, Object> data) {}

  @PostMapping("/api/cases/{ref}/events")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public void event(@PathVariable String ref, @RequestBody EventRequest body, @AuthenticationPrincipal CurrentUser user) {
    events.receive(ref, body.type(), body.data(), user);
  }

  /** BPMN XML for bpmn-js; any logged-in user may read the published models. */
  @GetMapping(value = "/api/process-definitions/{id}/xml", produces = MediaType.APPLICATION_XML_VALUE)
  public String xml(@PathVariable String id) {
    try (InputStream in = repository.getProcessModel(id)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (org.camunda.bpm.engine.ProcessEngineException | IOException e) {
      throw ApiException.notFound("processDefinition", id);
    }
  }
}
