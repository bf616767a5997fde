package com.caseflow.typicalcase;

import com.caseflow.security.CurrentUser;
import com.caseflow.typicalcase.TypicalCaseMapper.PublicTypicalCase;
import com.caseflow.typicalcase.TypicalCaseMapper.TypicalCase;
import com.caseflow.typicalcase.TypicalCaseService.DraftRequest;
import com.caseflow.typicalcase.TypicalCaseService.EditRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TypicalCaseController {

  private final TypicalCaseService service;

  public TypicalCaseController(TypicalCaseService service) {
    this.service = service;
  }

  @PostMapping("/api/typical-cases")
  @ResponseStatus(HttpStatus.CREATED)
  public TypicalCase draft(@RequestBody DraftRequest request, @AuthenticationPrincipal CurrentUser user) {
    return service.draft(request, user);
  }

  @GetMapping("/api/typical-cases")
  public List<TypicalCase> list(@RequestParam(required = false) String campaign, @AuthenticationPrincipal CurrentUser user) {
    return service.list(user, campaign);
  }

  @GetMapping("/api/typical-cases/{id}")
  public TypicalCase get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    return service.get(id, user);
  }

  @PutMapping("/api/typical-cases/{id}")
  public TypicalCase edit(@PathVariable long id, @RequestBody EditRequest request, @AuthenticationPrincipal CurrentUser user) {
    return service.edit(id, request, user);
  }

  @PostMapping("/api/typical-cases/{id}/approve")
  public TypicalCase approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    return service.approve(id, user);
  }

  @PostMapping("/api/typical-cases/{id}/publish")
  public TypicalCase publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    return service.publish(id, user);
  }

  /** Public page data (no login): published typical cases, public fields only. */
  @GetMapping("/api/public/typical-cases")
  public List<PublicTypicalCase> published(@RequestParam(required = false) String campaign) {
    return service.published(campaign);
  }
}
