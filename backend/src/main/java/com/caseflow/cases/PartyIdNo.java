package com.caseflow.cases;

import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import java.util.Collection;

/**
 * A natural-person party's ID number (身份证件号码): masked wherever parties are listed, shown in full only to
 * those handling the case in its own agency (docs/API.md "Party ID numbers").
 */
public final class PartyIdNo {

  private PartyIdNo() {}

  /** The masked form for lists: first 4 and last 4 characters kept, 6401**********1234; short values unchanged. */
  public static String mask(String idNo) {
    if (idNo == null || idNo.isEmpty()) {
      return idNo;
    }
    // at most four characters at either end, and never more than half of the number (a passport, a short number)
    int keep = Math.min(4, idNo.length() / 4);
    return idNo.substring(0, keep) + "*".repeat(idNo.length() - 2 * keep) + idNo.substring(idNo.length() - keep);
  }

  /**
   * Whether {@code user} sees the full number of a case of {@code caseAgency}: only users of that agency who
   * handle it — one of its officers, whoever registered the lead, the assignee of one of its open tasks — or a
   * unit or agency head of that agency (they approve the case and sign the documents that carry the number).
   */
  public static boolean fullFor(CurrentUser user, String caseAgency, Collection<String> officers, String registeredBy,
      Collection<String> openTaskAssignees) {
    if (user == null || caseAgency == null || !caseAgency.equals(user.agencyCode())) {
      return false;
    }
    String me = user.username();
    return officers.contains(me) || me.equals(registeredBy) || openTaskAssignees.contains(me)
        || user.inGroup(Groups.UNIT_HEADS) || user.inGroup(Groups.AGENCY_HEADS);
  }
}
