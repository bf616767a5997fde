package com.caseflow.cases;

import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import java.util.List;
import org.springframework.stereotype.Component;

/** The agency codes a scope covers, for per-agency index legs in list queries (docs/PERFORMANCE.md). */
@Component
public class AgencyCodes {

  private final AgencyService agencies;

  public AgencyCodes(AgencyService agencies) {
    this.agencies = agencies;
  }

  public List<String> codesIn(AgencyScope scope) {
    if (scope.agencyCode() != null) {
      return List.of(scope.agencyCode());
    }
    return agencies.all().stream().filter(a -> scope.covers(a.code(), a.path())).map(Agency::code).toList();
  }

  /** Codes in {@code scope} and, when given, under {@code subtreePath}. */
  public List<String> codesIn(AgencyScope scope, String subtreePath) {
    return codesIn(scope).stream().filter(code -> subtreePath == null || agencies.find(code)
        .map(a -> a.path().startsWith(subtreePath)).orElse(false)).toList();
  }
}
