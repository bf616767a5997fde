package com.caseflow.evidence;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.cases.CaseAccess;
import com.caseflow.cases.CaseSummary;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.common.ContentStore;
import com.caseflow.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Evidence of a case: files stored content-addressed (SHA-256) under {@code ${caseflow.data-dir}/evidence},
 * metadata in cf_evidence. The file is stored first, then the row and its audit entry are written in one
 * transaction, so there is never a row without its file. Nothing is overwritten: a correction is a new
 * version that supersedes the old one.
 */
@Service
public class EvidenceService {

  static final int MAX_DESCRIPTION = 2000;
  static final int MAX_FILE_NAME = 255;

  private final EvidenceMapper mapper;
  private final ObjectProvider<CaseAccess> cases;
  private final AuditService audit;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ContentStore store;
  private final DataSize maxFileSize;

  public EvidenceService(
      EvidenceMapper mapper, ObjectProvider<CaseAccess> cases, AuditService audit, TransactionTemplate tx, Clock clock,
      @Value("${caseflow.data-dir}") Path dataDir,
      @Value("${caseflow.evidence.max-file-size:50MB}") DataSize maxFileSize) {
    this.mapper = mapper;
    this.cases = cases;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.store = new ContentStore(dataDir.resolve("evidence"));
    this.maxFileSize = maxFileSize;
  }

  /** An upload as the controller received it; any part may be missing. */
  public record Upload(String type, String description, String fileName, Long declaredSize, InputStreamSource content,
      Long supersedesId) {}

  @FunctionalInterface
  public interface InputStreamSource {
    InputStream open() throws IOException;
  }

  public Evidence upload(String caseRef, CurrentUser user, Upload upload) {
    CaseSummary c = caseAccess().writable(caseRef, user);

    List<FieldProblem> problems = new ArrayList<>();
    EvidenceType type = EvidenceType.parse(upload.type());
    if (upload.type() == null || upload.type().isBlank()) {
      problems.add(new FieldProblem("type", "validation.required"));
    } else if (type == null) {
      problems.add(new FieldProblem("type", "evidence.type.invalid", upload.type()));
    }
    String description = upload.description() == null ? "" : upload.description().strip();
    if (description.isEmpty()) {
      problems.add(new FieldProblem("description", "validation.required"));
    } else if (description.length() > MAX_DESCRIPTION) {
      problems.add(new FieldProblem("description", "evidence.tooLong", MAX_DESCRIPTION));
    }
    String fileName = cleanFileName(upload.fileName());
    if (upload.content() == null) {
      problems.add(new FieldProblem("file", "validation.required"));
    } else if (upload.declaredSize() != null && upload.declaredSize() == 0) {
      problems.add(new FieldProblem("file", "evidence.file.empty"));
    } else if (fileName.isEmpty()) {
      problems.add(new FieldProblem("file", "evidence.file.noName"));
    } else if (fileName.length() > MAX_FILE_NAME) {
      problems.add(new FieldProblem("file", "evidence.tooLong", MAX_FILE_NAME));
    }
    if (upload.declaredSize() != null && upload.declaredSize() > maxFileSize.toBytes()) {
      throw tooLarge();
    }
    Evidence previous = null;
    if (upload.supersedesId() != null) {
      previous = mapper.find(upload.supersedesId());
      if (previous == null || previous.caseId() != c.id()) {
        problems.add(new FieldProblem("supersedesId", "evidence.supersedes.unknown", upload.supersedesId()));
      } else if (previous.superseded()) {
        throw ApiException.conflict("EVIDENCE_ALREADY_SUPERSEDED", "evidence.supersedes.already",
            previous.id(), previous.supersededById());
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }

    try (InputStream in = upload.content().open(); ContentStore.Staged staged = store.stage(in, FileSniffer.HEAD_BYTES)) {
      if (staged.size() == 0) {
        throw ApiException.invalidField("file", "evidence.file.empty");
      }
      if (staged.size() > maxFileSize.toBytes()) {
        throw tooLarge();
      }
      FileSniffer.Result sniffed = FileSniffer.check(staged.head(), staged.file(), fileName);
      if (!sniffed.accepted()) {
        throw switch (sniffed.refusal()) {
          case EXECUTABLE -> ApiException.invalidField("file", "evidence.file.executable");
          case UNKNOWN -> ApiException.invalidField("file", "evidence.file.unsupported");
          case EXTENSION_MISMATCH -> ApiException.invalidField("file", "evidence.file.extensionMismatch",
              FileSniffer.extension(fileName), String.join(", ", sniffed.kind().extensions()));
        };
      }
      store.commit(staged);
      Evidence prev = previous;
      return tx.execute(status -> insert(c, user, type, description, fileName, sniffed.kind(), staged, prev));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Evidence insert(CaseSummary c, CurrentUser user, EvidenceType type, String description, String fileName,
      FileKind kind, ContentStore.Staged staged, Evidence previous) {
    EvidenceMapper.NewEvidence row = new EvidenceMapper.NewEvidence();
    row.caseId = c.id();
    row.type = type.name();
    row.description = description;
    row.fileName = fileName;
    row.contentType = kind.contentType();
    row.size = staged.size();
    row.sha256 = staged.sha256();
    row.uploadedBy = user.username();
    row.uploadedAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    row.version = previous == null ? 1 : previous.version() + 1;
    row.supersedesId = previous == null ? null : previous.id();
    try {
      mapper.insert(row);
    } catch (org.springframework.dao.DuplicateKeyException e) {
      if (previous == null) {
        throw e;
      }
      // another correction of the same version committed first (ux_cf_evidence_supersedes)
      throw ApiException.conflict("EVIDENCE_ALREADY_SUPERSEDED", "evidence.supersedes.already", previous.id(), "?");
    }
    if (previous != null && mapper.markSuperseded(previous.id(), row.id) != 1) {
      // another correction won the race; the transaction rolls back this row
      throw ApiException.conflict("EVIDENCE_ALREADY_SUPERSEDED", "evidence.supersedes.already", previous.id(), "?");
    }
    audit.record(AuditEntry.of(previous == null ? "EVIDENCE_UPLOADED" : "EVIDENCE_CORRECTED", c.id(), null,
            "evidence", String.valueOf(row.id))
        .withValues(previous == null ? null : String.valueOf(previous.id()), String.valueOf(row.id))
        .withDetail(type.name() + " " + fileName + " sha256=" + row.sha256 + " size=" + row.size + " v" + row.version));
    return mapper.find(row.id);
  }

  public List<Evidence> list(String caseRef, CurrentUser user) {
    CaseSummary c = caseAccess().readable(caseRef, user);
    return mapper.findByCase(c.id());
  }

  /** The evidence row and its file, if the user may read its case (else 404). */
  public Content content(long id, CurrentUser user) {
    Evidence e = mapper.find(id);
    if (e == null) {
      throw ApiException.notFound("evidence", id);
    }
    caseAccess().readable(String.valueOf(e.caseId()), user);
    Path file = store.path(e.sha256());
    if (!store.exists(e.sha256())) {
      throw new IllegalStateException("evidence " + id + " has no file " + file);
    }
    return new Content(e, file);
  }

  public record Content(Evidence evidence, Path file) {}

  ContentStore store() {
    return store;
  }

  private CaseAccess caseAccess() {
    CaseAccess access = cases.getIfAvailable();
    if (access == null) {
      throw ApiException.notFound("case", null);
    }
    return access;
  }

  private ApiException tooLarge() {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "UPLOAD_TOO_LARGE", "error.uploadTooLarge",
        maxFileSize.toMegabytes() + " MB");
  }

  /** The last path segment of the client's name, without control characters. */
  static String cleanFileName(String name) {
    if (name == null) {
      return "";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    return base.replaceAll("[\\p{Cntrl}\"]", "").strip();
  }
}
