package com.caseflow.task;

import com.caseflow.cases.CaseQueryService;
import com.caseflow.cases.Paging;
import com.caseflow.security.CurrentUser;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
public class TaskController {

  private final TaskWorkService work;
  private final TaskFacets facets;

  public TaskController(TaskWorkService work, TaskFacets facets) {
    this.work = work;
    this.facets = facets;
  }

  @GetMapping
  public CaseQueryService.Page<TaskRow> list(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "mine") String scope, @RequestParam(required = false) String processKey,
      @RequestParam(required = false) String activityId, @RequestParam(required = false) String campaign,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
      @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) String sort) {
    Paging.check(page, size);
    return work.list(user, scope, processKey, activityId, campaign, dueBefore, overdue, q, sort, page, size);
  }

  @GetMapping("/counts")
  public Map<String, Long> counts(@AuthenticationPrincipal CurrentUser user) {
    return work.counts(user);
  }

  @GetMapping("/facets")
  public TaskFacets.Facets facets() {
    return facets.facets();
  }

  @GetMapping("/{id}")
  public TaskRow get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
    return work.get(id, user);
  }

  @GetMapping("/{id}/form")
  public TaskWorkService.Form form(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
    return work.form(id, user);
  }

  @PostMapping("/{id}/claim")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void claim(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
    work.claim(id, user);
  }

  @PostMapping("/{id}/unclaim")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void unclaim(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
    work.unclaim(id, user);
  }

  public record Variables(Map<String, Object> variables, java.util.List<String> cc) {}

  public record UserRef(String userId) {}

  @PutMapping("/{id}/draft")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void draft(@PathVariable String id, @RequestBody Variables body, @AuthenticationPrincipal CurrentUser user) {
    work.saveDraft(id, body.variables(), user);
  }

  @PostMapping("/{id}/complete")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void complete(@PathVariable String id, @RequestBody(required = false) Variables body,
      @AuthenticationPrincipal CurrentUser user) {
    work.complete(id, body == null ? null : body.variables(), body == null ? null : body.cc(), user);
  }

  @PostMapping("/{id}/assign")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void assign(@PathVariable String id, @RequestBody UserRef body, @AuthenticationPrincipal CurrentUser user) {
    work.assign(id, body.userId(), false, user);
  }
}
