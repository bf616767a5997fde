package com.caseflow.cases;

import com.caseflow.security.CurrentUser;

/**
 * What part of the agency tree a user sees: officers their own agency ({@code agencyCode}), heads and
 * managers their subtree ({@code agencyPath} prefix), province managers and admins everything (both null).
 */
public record AgencyScope(String agencyCode, String agencyPath) {

  public static AgencyScope of(CurrentUser user) {
    if (user.seesEverything()) {
      return new AgencyScope(null, null);
    }
    if (user.seesSubAgencies()) {
      return new AgencyScope(null, user.agencyPath());
    }
    return new AgencyScope(user.agencyCode(), null);
  }

  public boolean covers(String code, String path) {
    if (agencyCode != null) {
      return agencyCode.equals(code);
    }
    return agencyPath == null || (path != null && path.startsWith(agencyPath));
  }
}
