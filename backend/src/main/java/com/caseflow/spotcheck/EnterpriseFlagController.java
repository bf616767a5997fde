package com.caseflow.spotcheck;

import com.caseflow.security.CurrentUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Flags on an enterprise (by USCC): any logged-in user reads them; quality officers lift them with a reason. */
@RestController
@RequestMapping("/api/enterprises/{uscc}/flags")
public class EnterpriseFlagController {

  public record LiftRequest(String reason) {}

  private final EnterpriseFlagService flags;

  public EnterpriseFlagController(EnterpriseFlagService flags) {
    this.flags = flags;
  }

  @GetMapping
  public List<EnterpriseFlag> list(@PathVariable String uscc) {
    return flags.forEnterprise(uscc);
  }

  @PostMapping("/{id}/lift")
  public EnterpriseFlag lift(@PathVariable String uscc, @PathVariable long id, @RequestBody LiftRequest body,
      @AuthenticationPrincipal CurrentUser user) {
    return flags.lift(uscc, id, body.reason(), user);
  }
}
