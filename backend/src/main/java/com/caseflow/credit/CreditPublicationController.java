package com.caseflow.credit;

import com.caseflow.common.ApiException;
import com.caseflow.common.PageResult;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Credit publications for credit officers, agency heads and managers, within their agency scope. */
@RestController
@RequestMapping("/api/credit/publications")
public class CreditPublicationController {

  private static final List<String> STATUSES =
      List.of(CreditPublication.PENDING, CreditPublication.PUBLISHED, CreditPublication.ENDED);

  private final CreditPublicationMapper publications;

  public CreditPublicationController(CreditPublicationMapper publications) {
    this.publications = publications;
  }

  @GetMapping
  public PageResult<CreditPublication> list(
      @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      @AuthenticationPrincipal CurrentUser user) {
    if (!(user.inGroup(Groups.CREDIT_OFFICERS) || user.inGroup(Groups.MANAGERS) || user.inGroup(Groups.AGENCY_HEADS)
        || user.isAdmin())) {
      throw ApiException.forbidden();
    }
    PageResult.check(page, size);
    String s = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
    if (s != null && !STATUSES.contains(s)) {
      throw ApiException.invalidField("status", "validation.oneOf", String.join(", ", STATUSES));
    }
    String agency = null;
    String path = null;
    if (!user.seesEverything()) {
      if (user.seesSubAgencies()) {
        path = user.agencyPath();
      } else {
        agency = user.agencyCode();
      }
    }
    CreditPublicationMapper.Query q = new CreditPublicationMapper.Query(agency, path, s, overdue, size, page * size);
    return new PageResult<>(publications.search(q), publications.countSearch(q), page, size);
  }
}
