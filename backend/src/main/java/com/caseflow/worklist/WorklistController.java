package com.caseflow.worklist;

import com.caseflow.cases.CaseQueryService;
import com.caseflow.cases.Paging;
import com.caseflow.security.CurrentUser;
import com.caseflow.task.CarbonCopies;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 已办, 我发起的, 抄送给我, and a case's 流程跟踪 / 审批记录. */
@RestController
public class WorklistController {

  private final WorklistService worklists;
  private final CarbonCopies copies;
  private final ProcessTraceService traces;
  private final ApprovalSheet sheet;

  public WorklistController(WorklistService worklists, CarbonCopies copies, ProcessTraceService traces,
      ApprovalSheet sheet) {
    this.worklists = worklists;
    this.copies = copies;
    this.traces = traces;
    this.sheet = sheet;
  }

  @GetMapping("/api/tasks/done")
  public CaseQueryService.Page<WorklistService.DoneRow> done(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return worklists.done(user, q, page, size);
  }

  @GetMapping("/api/cases/started")
  public CaseQueryService.Page<WorklistService.StartedRow> started(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return worklists.started(user, q, page, size);
  }

  @GetMapping("/api/cc")
  public CaseQueryService.Page<CarbonCopies.CopyRow> carbonCopies(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return copies.mine(user, unread, q, page, size);
  }

  @PostMapping("/api/cc/{id}/read")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void readCopy(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    copies.markRead(id, user);
  }

  @GetMapping("/api/cases/{ref}/trace")
  public ProcessTraceService.Trace trace(@PathVariable String ref, @AuthenticationPrincipal CurrentUser user) {
    return traces.trace(ref, user);
  }

  @GetMapping("/api/cases/{ref}/approvals")
  public ProcessTraceService.Approvals approvals(@PathVariable String ref, @AuthenticationPrincipal CurrentUser user) {
    return traces.approvals(ref, user);
  }

  /** 审批记录 as a printable page (the browser prints it or saves it as PDF). */
  @GetMapping(value = "/api/cases/{ref}/approvals/print", produces = MediaType.TEXT_HTML_VALUE)
  public String printApprovals(@PathVariable String ref, @AuthenticationPrincipal CurrentUser user) {
    return sheet.html(traces.approvals(ref, user));
  }
}
