package com.caseflow.spotcheck;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Enterprise flags: set by the follow-up model (production halt), read by everyone, lifted by quality officers. */
@Service
public class EnterpriseFlagService {

  private final EnterpriseFlagMapper flags;
  private final AuditService audit;
  private final Clock clock;

  public EnterpriseFlagService(EnterpriseFlagMapper flags, AuditService audit, Clock clock) {
    this.flags = flags;
    this.audit = audit;
    this.clock = clock;
  }

  /** Production-halt flag for the sample behind {@code sourceKey}; a second call for the same key returns the first flag. */
  @Transactional(propagation = Propagation.MANDATORY)
  public EnterpriseFlag flagProductionHalt(String uscc, String enterpriseName, String productName, String campaignCode,
      Long sampleId, String agencyCode, String sourceKey) {
    EnterpriseFlag existing = flags.findBySource(EnterpriseFlag.PRODUCTION_HALT, sourceKey);
    if (existing != null) {
      return existing;
    }
    EnterpriseFlag flag = new EnterpriseFlag(null, uscc, enterpriseName, EnterpriseFlag.PRODUCTION_HALT,
        EnterpriseFlag.ACTIVE, productName, campaignCode, sampleId, agencyCode, sourceKey, now(), AuditService.SYSTEM_USER,
        null, null, null);
    EnterpriseFlagMapper.NewFlag row = new EnterpriseFlagMapper.NewFlag(flag);
    flags.insert(row);
    audit.record(AuditEntry.of("ENTERPRISE_FLAGGED", null, null, "enterprise-flag", String.valueOf(row.id))
        .withValues(null, EnterpriseFlag.PRODUCTION_HALT + " " + uscc).withDetail(sourceKey));
    return flags.findBySource(EnterpriseFlag.PRODUCTION_HALT, sourceKey);
  }

  public List<EnterpriseFlag> forEnterprise(String uscc) {
    return flags.findByUscc(uscc.strip().toUpperCase(Locale.ROOT));
  }

  @Transactional
  public EnterpriseFlag lift(String uscc, long id, String reason, CurrentUser user) {
    if (!user.inGroup(Groups.QUALITY_OFFICERS)) {
      throw ApiException.forbidden();
    }
    if (reason == null || reason.isBlank()) {
      throw ApiException.invalidField("reason", "validation.required");
    }
    if (reason.length() > 1000) {
      throw ApiException.invalidField("reason", "validation.tooLong", 1000);
    }
    EnterpriseFlag flag = flags.lock(id);
    if (flag == null || !flag.uscc().equalsIgnoreCase(uscc.strip())) {
      throw ApiException.notFound("enterpriseFlag", id);
    }
    if (!EnterpriseFlag.ACTIVE.equals(flag.status())) {
      throw ApiException.conflict("FLAG_NOT_ACTIVE", "spotcheck.flag.notActive");
    }
    flags.lift(id, now(), user.username(), reason.strip());
    audit.record(AuditEntry.of("ENTERPRISE_FLAG_LIFTED", null, null, "enterprise-flag", String.valueOf(id))
        .withValues(EnterpriseFlag.ACTIVE, EnterpriseFlag.LIFTED).withDetail(reason.strip()));
    return flags.findBySource(flag.flagType(), flag.sourceKey());
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
