package com.caseflow.security;

import java.io.Serializable;
import java.util.List;

/**
 * The logged-in user as every feature sees it: Camunda identity (name, groups) plus CaseFlow's
 * profile (agency, agency subtree path, language). Kept in the session as the principal.
 */
public record CurrentUser(
    String username, String displayName, List<String> groups, String agencyCode, String agencyPath, String locale)
    implements Serializable {

  public boolean inGroup(String group) {
    return groups.contains(group);
  }

  /** Whether the user handles cases (registers leads, works tasks, adds to a case file); managers and admins read. */
  public boolean worksCases() {
    return Groups.CASE_WORKERS.stream().anyMatch(this::inGroup);
  }

  public boolean isAdmin() {
    return inGroup(Groups.ADMIN);
  }

  /** Province-wide readers: managers of the province and admins see every agency. */
  public boolean seesEverything() {
    return isAdmin() || (inGroup(Groups.MANAGERS) && agencyPath.chars().filter(c -> c == '/').count() == 2);
  }

  /** Heads see their agency and its sub-agencies; everyone else their own agency only. */
  public boolean seesSubAgencies() {
    return seesEverything() || inGroup(Groups.UNIT_HEADS) || inGroup(Groups.AGENCY_HEADS) || inGroup(Groups.MANAGERS);
  }
}
