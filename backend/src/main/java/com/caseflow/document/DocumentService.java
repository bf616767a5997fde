package com.caseflow.document;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.cases.CaseAccess;
import com.caseflow.cases.CaseSummary;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.common.ContentStore;
import com.caseflow.security.CurrentUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates enforcement documents from case data: checks that the data is there, numbers the document
 * (a regeneration keeps the number and adds a version), renders the PDF, stores it content-addressed
 * under {@code ${caseflow.data-dir}/documents} and writes the cf_document row and its audit entry in the
 * same transaction as the number.
 */
@Service
public class DocumentService {

  private final DocumentMapper mapper;
  private final DocumentNumbers numbers;
  private final DocumentDataProvider data;
  private final CaseAccess cases;
  private final AuditService audit;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ContentStore store;
  private final DocumentRenderer renderer = new DocumentRenderer();

  public DocumentService(DocumentMapper mapper, DocumentNumbers numbers, DocumentDataProvider data, CaseAccess cases,
      AuditService audit, TransactionTemplate tx, Clock clock, @Value("${caseflow.data-dir}") Path dataDir) {
    this.mapper = mapper;
    this.numbers = numbers;
    this.data = data;
    this.cases = cases;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.store = new ContentStore(dataDir.resolve("documents"));
  }

  /** POST /api/cases/{ref}/documents */
  public DocumentRecord generate(String caseRef, CurrentUser user, String typeCode) {
    if (typeCode == null || typeCode.isBlank()) {
      throw ApiException.invalidField("type", "validation.required");
    }
    DocumentType type = DocumentType.parse(typeCode);
    if (type == null) {
      throw ApiException.invalidField("type", "document.type.invalid", typeCode);
    }
    CaseSummary c = cases.writable(caseRef, user);
    try {
      return tx.execute(status -> generate(c, type, user.username()));
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("DOCUMENT_CONFLICT", "document.conflict", type.title());
    }
  }

  /** Generates in the caller's transaction (also used by the {@code generateDocument} bean). */
  public DocumentRecord generate(CaseSummary c, DocumentType type, String createdBy) {
    DocumentData d = data.load(c);
    List<DocumentRenderer.Missing> missing = DocumentRenderer.missing(type, d);
    if (!missing.isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "DOCUMENT_DATA_MISSING", "document.dataMissing",
          missing.stream().map(m -> new FieldProblem(m.field(), m.labelKey())).toList(), type.title());
    }
    DocumentRecord latest = mapper.latest(c.id(), type.name());
    String number;
    if (latest != null) {
      number = latest.number();
    } else if (type == DocumentType.PENALTY_DECISION && d.has("decisionNo")) {
      number = d.text("decisionNo"); // numbered when the decision was recorded (recordDecision)
    } else {
      number = numbers.next(c.agencyCode(), d.agencyShortName(), LocalDate.now(clock).getYear(), type);
    }
    byte[] pdf = renderer.render(type, d, number);
    String sha = store.store(pdf); // the file first: a failed insert leaves an orphan, never a row without file

    DocumentMapper.NewDocument row = new DocumentMapper.NewDocument();
    row.caseId = c.id();
    row.type = type.name();
    row.number = number;
    row.title = type.title();
    row.version = latest == null ? 1 : latest.version() + 1;
    row.sha256 = sha;
    row.size = pdf.length;
    row.createdBy = createdBy;
    row.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    mapper.insert(row);
    audit.record(AuditEntry.of(latest == null ? "DOCUMENT_GENERATED" : "DOCUMENT_REGENERATED", c.id(), null, "document",
            String.valueOf(row.id))
        .withValues(latest == null ? null : String.valueOf(latest.id()), String.valueOf(row.id))
        .withDetail(type.name() + " " + number + " v" + row.version + " sha256=" + sha));
    return mapper.find(row.id);
  }

  public List<DocumentRecord> list(String caseRef, CurrentUser user) {
    return mapper.findByCase(cases.readable(caseRef, user).id());
  }

  public Content content(long id, CurrentUser user) {
    DocumentRecord d = mapper.find(id);
    if (d == null) {
      throw ApiException.notFound("document", id);
    }
    cases.readable(String.valueOf(d.caseId()), user);
    if (!store.exists(d.sha256())) {
      throw new IllegalStateException("document " + id + " has no file " + store.path(d.sha256()));
    }
    return new Content(d, store.path(d.sha256()));
  }

  public record Content(DocumentRecord document, Path file) {}
}
