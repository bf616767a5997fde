package com.caseflow.audit;

import com.caseflow.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. Always joins the caller's transaction: an audited change and its audit row
 * commit or roll back together.
 */
@Service
public class AuditService {

  /** Recorded as the actor when the engine acts on its own (timers, async jobs). */
  public static final String SYSTEM_USER = "system";

  private final AuditMapper mapper;
  private final IdentityService identityService;
  private final Clock clock;

  public AuditService(AuditMapper mapper, IdentityService identityService, Clock clock) {
    this.mapper = mapper;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry record(AuditEntry entry) {
    AuditEntry stamped = entry.stamped(currentUserId(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
    mapper.insert(stamped);
    return stamped;
  }

  public List<AuditEntry> forCase(long caseId) {
    return mapper.findByCase(caseId);
  }

  /** The logged-in API user, else the Camunda-authenticated user (engine REST), else "system". */
  String currentUserId() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
      return user.username();
    }
    var camunda = identityService.getCurrentAuthentication();
    return camunda != null && camunda.getUserId() != null ? camunda.getUserId() : SYSTEM_USER;
  }
}
