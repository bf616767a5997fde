package com.caseflow.dashboard;

import java.time.LocalDate;

/**
 * What a dashboard figure is computed over: the agency subtree ({@code agencyPath}, "/" = the whole province),
 * an optional campaign and an optional period (inclusive days; either end may be open). Built by
 * {@link DashboardAccess} from the caller's scope and the request parameters, so it is always inside the scope.
 */
public record DashboardFilter(String agencyPath, String agencyCode, String campaign, LocalDate from, LocalDate to) {

  /** The same scope and campaign over another period. */
  public DashboardFilter period(LocalDate periodFrom, LocalDate periodTo) {
    return new DashboardFilter(agencyPath, agencyCode, campaign, periodFrom, periodTo);
  }

  public boolean wholeProvince() {
    return agencyPath == null || "/".equals(agencyPath) || "/NX/".equals(agencyPath);
  }

  public boolean coversPath(String path) {
    return wholeProvince() || (path != null && path.startsWith(agencyPath));
  }

  public boolean inPeriod(LocalDate day) {
    if (day == null) {
      return from == null && to == null;
    }
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
