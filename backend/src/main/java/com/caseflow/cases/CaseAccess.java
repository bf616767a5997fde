package com.caseflow.cases;

import com.caseflow.security.CurrentUser;

/**
 * The one gate to a case for every feature (evidence, documents, events, tasks): finds a case by its
 * reference (numeric id or case number) and checks the caller's agency scope. Unknown cases answer
 * 404; cases outside the caller's scope answer 404 too, so their existence is not revealed.
 */
public interface CaseAccess {

  /** The case if {@code user} may read it; else ApiException 404. */
  CaseSummary readable(String ref, CurrentUser user);

  /** The case if {@code user} may change its file (same rules as read, and the case is not archived); else 404/409. */
  CaseSummary writable(String ref, CurrentUser user);
}
