package com.caseflow.security;

import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import com.caseflow.common.ApiException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Checks passwords against Camunda's identity service (hashed there; managed in Camunda Admin) and
 * builds the {@link CurrentUser} with the agency from cf_user_profile.
 */
@Service
public class AuthService {

  private static final Logger log = LoggerFactory.getLogger(AuthService.class);
  /** Users created in Camunda Admin without a CaseFlow profile belong to the root agency until assigned. */
  static final String DEFAULT_AGENCY = "NX";

  private final IdentityService identityService;
  private final UserProfileMapper profiles;
  private final AgencyService agencies;

  public AuthService(IdentityService identityService, UserProfileMapper profiles, AgencyService agencies) {
    this.identityService = identityService;
    this.profiles = profiles;
    this.agencies = agencies;
  }

  public CurrentUser authenticate(String username, String password) {
    if (username == null || password == null || !identityService.checkPassword(username, password)) {
      long lockedSeconds = secondsLocked(username);
      if (lockedSeconds > 0) {
        // Camunda refuses every password for a while after failed attempts; say so instead of "wrong password"
        throw new ApiException(HttpStatus.UNAUTHORIZED, "ACCOUNT_LOCKED", "error.accountLocked", lockedSeconds);
      }
      throw new ApiException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "error.badCredentials");
    }
    return load(username);
  }

  /** Seconds until Camunda's brute-force lock on this user ends; 0 when not locked or unknown. */
  private long secondsLocked(String username) {
    if (username == null) {
      return 0;
    }
    User user = identityService.createUserQuery().userId(username).singleResult();
    if (user instanceof UserEntity entity && entity.getLockExpirationTime() != null) {
      long millis = entity.getLockExpirationTime().getTime() - ClockUtil.getCurrentTime().getTime();
      return millis > 0 ? (millis + 999) / 1000 : 0;
    }
    return 0;
  }

  public CurrentUser load(String username) {
    User user = identityService.createUserQuery().userId(username).singleResult();
    if (user == null) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "error.badCredentials");
    }
    List<String> groups = identityService.createGroupQuery().groupMember(username).list().stream()
        .map(Group::getId).sorted().toList();
    UserProfile profile = profiles.find(username);
    if (profile == null) {
      log.warn("User {} has no CaseFlow profile; treating them as a member of the root agency", username);
      profile = new UserProfile(username, DEFAULT_AGENCY, "zh-CN", null);
    }
    Agency agency = agencies.find(profile.agencyCode()).orElseThrow(() -> ApiException.forbidden());
    return new CurrentUser(username, displayName(user), groups, agency.code(), agency.path(), profile.locale());
  }

  /** Chinese names read family name first: 张 + 伟 → 张伟. */
  static String displayName(User user) {
    String last = user.getLastName() == null ? "" : user.getLastName();
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    String name = (last + first).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
