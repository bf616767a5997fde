package com.caseflow.cases;

import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads")
public class LeadController {

  private final LeadService leads;

  public LeadController(LeadService leads) {
    this.leads = leads;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public LeadService.Registered register(@RequestBody LeadRequest request, @AuthenticationPrincipal CurrentUser user) {
    if (!user.worksCases()) {
      throw ApiException.forbidden();
    }
    return leads.register(request, user.agencyCode(), user.username());
  }
}
