package com.caseflow.spotcheck;

import com.caseflow.common.ApiException;
import com.caseflow.common.PageResult;
import com.caseflow.security.CurrentUser;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Lists spot-check samples within the caller's agency scope. */
@Service
public class SpotCheckQueryService {

  private final SpotCheckMapper samples;
  private final com.caseflow.agency.AgencyService agencies;

  public SpotCheckQueryService(SpotCheckMapper samples, com.caseflow.agency.AgencyService agencies) {
    this.samples = samples;
    this.agencies = agencies;
  }

  public PageResult<SpotCheckSample> list(CurrentUser user, String campaign, String result, String place, String uscc,
      Long batchId, int page, int size) {
    PageResult.check(page, size);
    String r = blankToNull(result);
    if (r != null) {
      r = r.toUpperCase(Locale.ROOT);
      if (!List.of(SpotCheckSample.CONFORMING, SpotCheckSample.NON_CONFORMING).contains(r)) {
        throw ApiException.invalidField("result", "validation.oneOf", "CONFORMING, NON_CONFORMING");
      }
    }
    String p = blankToNull(place);
    if (p != null) {
      p = SampleValidator.PLACES.getOrDefault(p, p.toUpperCase(Locale.ROOT));
      if (!SampleValidator.PLACES.containsValue(p)) {
        throw ApiException.invalidField("place", "validation.oneOf", String.join(", ", SampleValidator.PLACES.values()));
      }
    }
    SpotCheckMapper.Query q = query(user, blankToNull(campaign), r, p, blankToNull(uscc), batchId, size, page * size);
    return new PageResult<>(samples.find(q), samples.count(q), page, size);
  }

  public SpotCheckSample get(long id, CurrentUser user) {
    SpotCheckSample s = samples.findById(id);
    if (s == null || !visible(s.agencyCode(), user)) {
      throw ApiException.notFound("spotCheck", id);
    }
    return s;
  }

  /** Own agency; heads and managers their subtree; province managers and admins everything. */
  boolean visible(String agencyCode, CurrentUser user) {
    if (user.seesEverything() || user.agencyCode().equals(agencyCode)) {
      return true;
    }
    return user.seesSubAgencies()
        && agencies.find(agencyCode).map(a -> a.path().startsWith(user.agencyPath())).orElse(false);
  }

  private static SpotCheckMapper.Query query(CurrentUser user, String campaign, String result, String place,
      String uscc, Long batchId, int limit, int offset) {
    String agency = null;
    String path = null;
    if (!user.seesEverything()) {
      if (user.seesSubAgencies()) {
        path = user.agencyPath();
      } else {
        agency = user.agencyCode();
      }
    }
    return new SpotCheckMapper.Query(agency, path, campaign, result, place, uscc, batchId, limit, offset);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
