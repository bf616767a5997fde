package com.caseflow.inspection;

import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Who may do what with directories and plans: heads, quality officers and managers organise inspections in
 * their agency subtree (province managers and admins everywhere); everyone reads within their subtree.
 */
@Component
public class InspectionAccess {

  private final AgencyService agencies;

  public InspectionAccess(AgencyService agencies) {
    this.agencies = agencies;
  }

  public boolean organises(CurrentUser user) {
    return user.isAdmin() || user.inGroup(Groups.UNIT_HEADS) || user.inGroup(Groups.AGENCY_HEADS)
        || user.inGroup(Groups.MANAGERS) || user.inGroup(Groups.QUALITY_OFFICERS);
  }

  public void requireOrganiser(CurrentUser user) {
    if (!organises(user)) {
      throw ApiException.forbidden();
    }
  }

  /** The subtree the user reads and organises in: "/" for province-wide users. */
  public String path(CurrentUser user) {
    return user.seesEverything() ? "/" : user.agencyPath();
  }

  /** The agency if it exists and lies in the user's subtree; else 400 on {@code field}. */
  public Agency agencyInScope(String code, CurrentUser user, String field) {
    if (code == null || code.isBlank()) {
      throw ApiException.invalidField(field, "validation.required");
    }
    Agency agency = agencies.find(code.trim())
        .orElseThrow(() -> ApiException.invalidField(field, "validation.unknown", code));
    if (!agency.path().startsWith(path(user))) {
      throw ApiException.invalidField(field, "validation.agencyOutOfScope", code);
    }
    return agency;
  }

  public boolean covers(CurrentUser user, String agencyPath) {
    return agencyPath != null && agencyPath.startsWith(path(user));
  }
}
