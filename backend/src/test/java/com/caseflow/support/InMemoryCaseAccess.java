package com.caseflow.support;

import com.caseflow.agency.AgencyService;
import com.caseflow.cases.CaseAccess;
import com.caseflow.cases.CaseSummary;
import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * TEMPORARY test double for {@link CaseAccess} until the cases feature lands on main: cases live in a
 * map, scope follows the agency tree like the real rules (own agency; heads/managers the subtree;
 * province managers and admins all). Import it with {@code @Import(InMemoryCaseAccess.Config.class)}.
 */
public class InMemoryCaseAccess implements CaseAccess {

  private final Map<String, CaseSummary> cases = new ConcurrentHashMap<>();
  private final AgencyService agencies;

  public InMemoryCaseAccess(AgencyService agencies) {
    this.agencies = agencies;
  }

  @TestConfiguration
  public static class Config {
    @Bean
    @Primary
    InMemoryCaseAccess inMemoryCaseAccess(AgencyService agencies) {
      return new InMemoryCaseAccess(agencies);
    }
  }

  /** A new case of {@code agencyCode} with a random id (the test database outlives a run). */
  public CaseSummary create(String agencyCode, String caseNo, String processInstanceId) {
    long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    CaseSummary c = new CaseSummary(id, caseNo, agencyCode, "FYKZ-2021", "INVESTIGATION", "ORGANISATION",
        "宁夏某某口罩科技有限公司", "91640100MA76XXXX0K", processInstanceId);
    cases.put(String.valueOf(id), c);
    if (caseNo != null) {
      cases.put(caseNo, c);
    }
    return c;
  }

  @Override
  public CaseSummary readable(String ref, CurrentUser user) {
    CaseSummary c = cases.get(ref);
    if (c == null || !sees(user, c)) {
      throw ApiException.notFound("case " + ref);
    }
    return c;
  }

  @Override
  public CaseSummary writable(String ref, CurrentUser user) {
    return readable(ref, user);
  }

  private boolean sees(CurrentUser user, CaseSummary c) {
    if (user.seesEverything() || user.agencyCode().equals(c.agencyCode())) {
      return true;
    }
    String path = agencies.find(c.agencyCode()).map(a -> a.path()).orElse("");
    return user.seesSubAgencies() && path.startsWith(user.agencyPath());
  }
}
