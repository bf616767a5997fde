package com.caseflow.dashboard;

import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import com.caseflow.campaign.CampaignMapper;
import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Dashboards and campaign reports are for managers and agency heads (their subtree; province managers and
 * admins everything) and unit heads (their subtree). Officers and other case workers get 403.
 */
@Component
public class DashboardAccess {

  private final AgencyService agencies;
  private final CampaignMapper campaigns;

  public DashboardAccess(AgencyService agencies, CampaignMapper campaigns) {
    this.agencies = agencies;
    this.campaigns = campaigns;
  }

  public boolean allowed(CurrentUser user) {
    return user.isAdmin() || user.inGroup(Groups.MANAGERS) || user.inGroup(Groups.AGENCY_HEADS)
        || user.inGroup(Groups.UNIT_HEADS);
  }

  /** The filter for a request: 403 for other roles, 400 naming the field for unknown values, 403 outside scope. */
  public DashboardFilter filter(CurrentUser user, String campaign, String agency, LocalDate from, LocalDate to) {
    if (!allowed(user)) {
      throw ApiException.forbidden();
    }
    String scopePath = user.seesEverything() ? "/" : user.agencyPath();
    String path = scopePath;
    String code = null;
    if (agency != null && !agency.isBlank()) {
      Agency a = agencies.find(agency.trim())
          .orElseThrow(() -> ApiException.invalidField("agency", "validation.unknown", agency));
      if (!"/".equals(scopePath) && !a.path().startsWith(scopePath)) {
        throw ApiException.forbidden();
      }
      path = a.path();
      code = a.code();
    }
    String campaignCode = null;
    if (campaign != null && !campaign.isBlank()) {
      campaignCode = campaign.trim();
      if (campaigns.find(campaignCode) == null) {
        throw ApiException.invalidField("campaign", "validation.unknownCampaign", campaignCode);
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.invalidField("to", "validation.periodOrder");
    }
    return new DashboardFilter(path, code, campaignCode, from, to);
  }
}
