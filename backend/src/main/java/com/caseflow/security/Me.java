package com.caseflow.security;

import java.util.List;

/** What GET /api/me answers. */
public record Me(String username, String displayName, List<String> groups, AgencyRef agency, String locale) {

  public record AgencyRef(String code, String name, String shortName) {}
}
