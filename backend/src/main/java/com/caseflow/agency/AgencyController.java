package com.caseflow.agency;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agencies")
public class AgencyController {

  private final AgencyService agencies;

  public AgencyController(AgencyService agencies) {
    this.agencies = agencies;
  }

  @GetMapping
  public List<AgencyService.AgencyNode> tree() {
    return agencies.tree();
  }
}
