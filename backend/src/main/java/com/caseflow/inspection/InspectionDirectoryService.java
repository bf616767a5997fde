package com.caseflow.inspection;

import com.caseflow.common.Like;
import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.campaign.ImportResult;
import com.caseflow.campaign.ImportResult.RowError;
import com.caseflow.campaign.ImportResult.Validated;
import com.caseflow.campaign.TableFile;
import com.caseflow.campaign.TableFile.TableRow;
import com.caseflow.cases.Uscc;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.common.Messages;
import com.caseflow.inspection.InspectionRecords.Conflict;
import com.caseflow.inspection.InspectionRecords.Inspector;
import com.caseflow.inspection.InspectionRecords.NewRow;
import com.caseflow.inspection.InspectionRecords.Target;
import com.caseflow.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** The directories a draw reads: inspection targets, inspectors with credentials, and the conflict list. */
@Service
public class InspectionDirectoryService {

  static final Map<String, List<String>> TARGET_COLUMNS = new LinkedHashMap<>();

  static {
    TARGET_COLUMNS.put("name", List.of("名称", "企业名称", "单位名称"));
    TARGET_COLUMNS.put("uscc", List.of("统一社会信用代码", "信用代码"));
    TARGET_COLUMNS.put("targetType", List.of("type", "类型", "对象类型"));
    TARGET_COLUMNS.put("agencyCode", List.of("region", "所属机构", "辖区", "机构代码"));
    TARGET_COLUMNS.put("address", List.of("地址", "经营地址"));
  }

  private final InspectionMapper mapper;
  private final AgencyService agencies;
  private final InspectionAccess access;
  private final IdentityService identity;
  private final AuditService audit;
  private final Messages messages;
  private final Clock clock;

  public InspectionDirectoryService(InspectionMapper mapper, AgencyService agencies, InspectionAccess access,
      IdentityService identity, AuditService audit, Messages messages, Clock clock) {
    this.mapper = mapper;
    this.agencies = agencies;
    this.access = access;
    this.identity = identity;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Imports targets. Rows are validated first; in all-or-nothing mode any error stores nothing (400 from the
   * controller), in good-rows mode the valid rows are stored. A target already in the directory (same type and
   * USCC) is updated, not duplicated.
   */
  @Transactional
  public ImportResult importTargets(MultipartFile file, String mode, CurrentUser user) {
    access.requireOrganiser(user);
    boolean goodRows = ImportResult.goodRowsMode(mode);
    Validated<Target> rows = validateTargets(file, user);
    return rows.importWith(goodRows, messages.get("error.importRejected", rows.errors().size()), () -> {
      Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
      for (Target t : rows.valid()) {
        Target existing = mapper.findTarget(t.targetType(), t.uscc());
        if (existing == null) {
          mapper.insertTarget(t, now, user.username());
        } else {
          mapper.updateTarget(new Target(existing.id(), t.targetType(), t.name(), t.uscc(), t.address(), t.agencyCode(),
              t.agencyPath()), now, user.username());
        }
      }
      audit.record(AuditEntry.of("INSPECTION_TARGETS_IMPORTED", null, null, "inspection_target", null)
          .withDetail(rows.valid().size() + " imported, " + rows.errors().size() + " errors"));
    });
  }

  /** The check before an import: the same validation and row errors, nothing stored. */
  public ImportResult.Check checkTargets(MultipartFile file, String mode, CurrentUser user) {
    access.requireOrganiser(user);
    ImportResult.goodRowsMode(mode);
    return validateTargets(file, user).check();
  }

  private Validated<Target> validateTargets(MultipartFile file, CurrentUser user) {
    List<TableRow> table = TableFile.read(file, TARGET_COLUMNS);
    List<RowError> errors = new ArrayList<>();
    List<Target> valid = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TableRow row : table) {
      List<RowError> rowErrors = new ArrayList<>();
      String name = row.get("name");
      String uscc = row.get("uscc") == null ? null : row.get("uscc").toUpperCase();
      TargetType type = TargetType.parse(row.get("targetType"));
      Agency agency = row.get("agencyCode") == null ? null : agencies.find(row.get("agencyCode")).orElse(null);
      if (name == null) {
        rowErrors.add(error(row, "name", "validation.required"));
      } else if (name.length() > 200) {
        rowErrors.add(error(row, "name", "validation.tooLong", 200));
      }
      if (uscc == null) {
        rowErrors.add(error(row, "uscc", "validation.required"));
      } else if (!Uscc.isValid(uscc)) {
        rowErrors.add(error(row, "uscc", "validation.uscc"));
      }
      if (type == null) {
        rowErrors.add(error(row, "targetType", row.get("targetType") == null ? "validation.required" : "validation.oneOf",
            List.of(TargetType.values()).toString()));
      }
      if (row.get("agencyCode") == null) {
        rowErrors.add(error(row, "agencyCode", "validation.required"));
      } else if (agency == null) {
        rowErrors.add(error(row, "agencyCode", "validation.unknown", row.get("agencyCode")));
      } else if (!access.covers(user, agency.path())) {
        rowErrors.add(error(row, "agencyCode", "validation.agencyOutOfScope", agency.code()));
      }
      String address = row.get("address");
      if (address != null && address.length() > 300) {
        rowErrors.add(error(row, "address", "validation.tooLong", 300));
      }
      if (rowErrors.isEmpty() && !seen.add(type + "/" + uscc)) {
        rowErrors.add(error(row, "uscc", "validation.duplicateInFile", uscc));
      }
      if (rowErrors.isEmpty()) {
        valid.add(new Target(null, type.name(), name, uscc, address, agency.code(), agency.path()));
      }
      errors.addAll(rowErrors);
    }
    return new Validated<>(table.size(), valid, errors);
  }

  private RowError error(TableRow row, String field, String key, Object... args) {
    return new RowError(row.rowNo(), field, messages.get(key, args));
  }

  public List<Target> targets(CurrentUser user, String type, String q, int page, int size) {
    return mapper.targets(access.path(user), blank(type), Like.escape(blank(q)), size, page * size);
  }

  public long countTargets(CurrentUser user, String type, String q) {
    return mapper.countTargets(access.path(user), blank(type), Like.escape(blank(q)));
  }

  public record InspectorRequest(String agencyCode, String credentialNo, LocalDate validUntil, Boolean active) {}

  public record InspectorView(String userId, String displayName, String agencyCode, String credentialNo,
      LocalDate validUntil, boolean active, boolean credentialValid) {}

  /** Creates or updates the inspector entry of a Camunda user. */
  @Transactional
  public InspectorView putInspector(String userId, InspectorRequest r, CurrentUser user) {
    access.requireOrganiser(user);
    List<FieldProblem> problems = new ArrayList<>();
    var camundaUser = identity.createUserQuery().userId(userId).singleResult();
    if (camundaUser == null) {
      throw ApiException.notFound("user", userId);
    }
    Agency agency = access.agencyInScope(r == null ? null : r.agencyCode(), user, "agencyCode");
    String credential = r.credentialNo() == null ? null : r.credentialNo().trim();
    if (credential == null || credential.isEmpty()) {
      problems.add(new FieldProblem("credentialNo", "validation.required"));
    } else if (credential.length() > 64) {
      problems.add(new FieldProblem("credentialNo", "validation.tooLong", 64));
    } else {
      Inspector holder = mapper.inspectorByCredential(credential);
      if (holder != null && !holder.userId().equals(userId)) {
        problems.add(new FieldProblem("credentialNo", "validation.credentialTaken", credential));
      }
    }
    if (r.validUntil() == null) {
      problems.add(new FieldProblem("validUntil", "validation.required"));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    Inspector before = mapper.inspector(userId);
    if (before != null && !access.covers(user, before.agencyPath())) {
      throw ApiException.forbidden();
    }
    Inspector i = new Inspector(userId, agency.code(), agency.path(), credential, r.validUntil(),
        r.active() == null || r.active());
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    if (before == null) {
      mapper.insertInspector(i, now, user.username());
    } else {
      mapper.updateInspector(i, now, user.username());
    }
    audit.record(AuditEntry.of("INSPECTOR_SAVED", null, null, "inspector", userId)
        .withValues(before == null ? null : before.credentialNo() + " " + before.validUntil(),
            credential + " " + r.validUntil()));
    return view(i);
  }

  public List<InspectorView> inspectors(CurrentUser user) {
    return mapper.inspectors(access.path(user)).stream().map(this::view).toList();
  }

  private InspectorView view(Inspector i) {
    var u = identity.createUserQuery().userId(i.userId()).singleResult();
    String name = u == null ? i.userId() : (nz(u.getLastName()) + nz(u.getFirstName()));
    return new InspectorView(i.userId(), name, i.agencyCode(), i.credentialNo(), i.validUntil(), i.active(),
        i.active() && !i.validUntil().isBefore(LocalDate.now(clock)));
  }

  public record ConflictRequest(String inspectorId, Long targetId, String reason) {}

  @Transactional
  public Conflict addConflict(ConflictRequest r, CurrentUser user) {
    access.requireOrganiser(user);
    List<FieldProblem> problems = new ArrayList<>();
    if (r == null || r.inspectorId() == null || r.inspectorId().isBlank()) {
      problems.add(new FieldProblem("inspectorId", "validation.required"));
    } else if (mapper.inspector(r.inspectorId()) == null) {
      problems.add(new FieldProblem("inspectorId", "validation.unknown", r.inspectorId()));
    }
    Target target = r == null || r.targetId() == null ? null : mapper.target(r.targetId());
    if (r == null || r.targetId() == null) {
      problems.add(new FieldProblem("targetId", "validation.required"));
    } else if (target == null || !access.covers(user, target.agencyPath())) {
      problems.add(new FieldProblem("targetId", "validation.unknown", r.targetId()));
    }
    if (r == null || r.reason() == null || r.reason().isBlank()) {
      problems.add(new FieldProblem("reason", "validation.required"));
    } else if (r.reason().length() > 500) {
      problems.add(new FieldProblem("reason", "validation.tooLong", 500));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    if (mapper.conflictExists(r.inspectorId(), r.targetId()) > 0) {
      throw ApiException.conflict("CONFLICT_EXISTS", "error.conflictExists");
    }
    NewRow row = new NewRow();
    mapper.insertConflict(row, r.inspectorId(), r.targetId(), r.reason().trim(),
        Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), user.username());
    audit.record(AuditEntry.of("INSPECTION_CONFLICT_ADDED", null, null, "inspection_conflict", String.valueOf(row.id))
        .withValues(null, r.inspectorId() + " ↔ " + r.targetId()));
    return mapper.conflict(row.id);
  }

  public List<Conflict> conflicts(CurrentUser user, Long targetId, String inspectorId) {
    return mapper.conflicts(access.path(user), targetId, blank(inspectorId));
  }

  @Transactional
  public void deleteConflict(long id, CurrentUser user) {
    access.requireOrganiser(user);
    Conflict c = mapper.conflict(id);
    Target t = c == null ? null : mapper.target(c.targetId());
    if (c == null || t == null || !access.covers(user, t.agencyPath())) {
      throw ApiException.notFound("inspectionConflict", id);
    }
    mapper.deleteConflict(id);
    audit.record(AuditEntry.of("INSPECTION_CONFLICT_REMOVED", null, null, "inspection_conflict", String.valueOf(id))
        .withValues(c.inspectorId() + " ↔ " + c.targetId(), null));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
