package com.caseflow.spotcheck;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.campaign.Campaign;
import com.caseflow.campaign.CampaignMapper;
import com.caseflow.security.CurrentUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports spot-check results. Every row is validated first; then, in one transaction, the batch and its
 * good samples are stored and each non-conforming sample starts {@code spot-check-followup}
 * (business key {@code SC-<sampleId>}). In all-or-nothing mode one bad row rejects the whole file and
 * nothing is stored.
 */
@Service
public class SpotCheckImportService {

  public static final String FOLLOW_UP_PROCESS = "spot-check-followup";

  public enum Mode {
    ALL_OR_NOTHING("all-or-nothing"), GOOD_ROWS("good-rows");

    private final String param;

    Mode(String param) {
      this.param = param;
    }

    public String param() {
      return param;
    }

    public static Mode of(String param) {
      for (Mode m : values()) {
        if (m.param.equals(param)) {
          return m;
        }
      }
      return null;
    }
  }

  /** What an import did. {@code batchId} is null when nothing was stored. */
  public record Result(Long batchId, int imported, int rejected, int followUpsStarted, List<RowError> errors) {}

  /**
   * What an import of the file would do, found without storing anything: rows read, rows that would be
   * imported, rows with errors, follow-ups that would start (non-conforming good rows), the row errors.
   */
  public record Check(int rows, int valid, int rejected, int followUps, List<RowError> errors) {}

  /** All-or-nothing import with bad rows: carries the row errors; nothing was stored. */
  public static class Rejected extends RuntimeException {
    private final transient Result result;

    Rejected(Result result) {
      super("spot-check import rejected");
      this.result = result;
    }

    public Result result() {
      return result;
    }
  }

  private final SpotCheckMapper samples;
  private final CampaignMapper campaigns;
  private final RuntimeService runtime;
  private final AuditService audit;
  private final Clock clock;
  private final int maxRows;

  public SpotCheckImportService(SpotCheckMapper samples, CampaignMapper campaigns, RuntimeService runtime,
      AuditService audit, Clock clock, @Value("${caseflow.spot-check.max-rows:5000}") int maxRows) {
    this.samples = samples;
    this.campaigns = campaigns;
    this.runtime = runtime;
    this.audit = audit;
    this.clock = clock;
    this.maxRows = maxRows;
  }

  public int maxRows() {
    return maxRows;
  }

  /**
   * Validates a file as {@link #importFile} does (same row errors, including report numbers already stored)
   * and stores nothing: no batch, no sample, no follow-up, no audit entry.
   *
   * @throws SpotCheckFileReader.FileProblem when the file as a whole cannot be read
   */
  @Transactional(readOnly = true)
  public Check check(String fileName, byte[] content, CurrentUser user) {
    List<RawRow> rows = read(fileName, content);
    SampleValidator.Outcome outcome = validate(rows, user);
    int followUps = (int) outcome.good().stream().filter(SpotCheckSample::nonConforming).count();
    return new Check(rows.size(), outcome.good().size(), outcome.rejectedRows(), followUps, outcome.errors());
  }

  /**
   * @throws SpotCheckFileReader.FileProblem when the file as a whole cannot be read
   * @throws Rejected in all-or-nothing mode when a row is bad
   */
  @Transactional
  public Result importFile(String fileName, byte[] content, Mode mode, CurrentUser user) {
    List<RawRow> rows = read(fileName, content);
    SampleValidator.Outcome outcome = validate(rows, user);
    if (mode == Mode.ALL_OR_NOTHING && !outcome.errors().isEmpty()) {
      throw new Rejected(new Result(null, 0, outcome.rejectedRows(), 0, outcome.errors()));
    }
    if (outcome.good().isEmpty()) {
      return new Result(null, 0, outcome.rejectedRows(), 0, outcome.errors());
    }

    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    SpotCheckMapper.NewBatch batch = new SpotCheckMapper.NewBatch();
    batch.fileName = fileName == null ? "" : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    batch.fileSha256 = sha256(content);
    batch.importMode = mode.param();
    batch.rowCount = rows.size();
    batch.importedCount = outcome.good().size();
    batch.rejectedCount = outcome.rejectedRows();
    batch.agencyCode = user.agencyCode();
    batch.importedBy = user.username();
    batch.importedAt = now;
    samples.insertBatch(batch);

    int started = 0;
    for (SpotCheckSample sample : outcome.good()) {
      SpotCheckMapper.NewSample row = new SpotCheckMapper.NewSample(sample, batch.id, now);
      samples.insertSample(row);
      if (sample.nonConforming()) {
        ProcessInstance pi = runtime.startProcessInstanceByKey(
            FOLLOW_UP_PROCESS, businessKey(row.id), followUpVariables(row.id, sample, user));
        samples.setProcessInstance(row.id, pi.getId());
        started++;
      }
    }
    audit.record(AuditEntry.of("SPOT_CHECK_IMPORTED", null, null, "spot-check-batch", String.valueOf(batch.id))
        .withValues(null, batch.importedCount + " imported, " + batch.rejectedCount + " rejected, "
            + started + " follow-ups started")
        .withDetail(batch.fileName + " sha256=" + batch.fileSha256 + " mode=" + mode.param()));
    return new Result(batch.id, batch.importedCount, batch.rejectedCount, started, outcome.errors());
  }

  private List<RawRow> read(String fileName, byte[] content) {
    List<RawRow> rows = new SpotCheckFileReader(maxRows).read(fileName, content);
    if (rows.isEmpty()) {
      throw new SpotCheckFileReader.FileProblem("spotcheck.file.noRows");
    }
    return rows;
  }

  private SampleValidator.Outcome validate(List<RawRow> rows, CurrentUser user) {
    Map<String, String> campaignMemo = new HashMap<>();
    SampleValidator validator = new SampleValidator(
        text -> {
          if (!campaignMemo.containsKey(text)) {
            campaignMemo.put(text, campaignCodeOf(text));
          }
          return campaignMemo.get(text);
        },
        this::storedReportNos, LocalDate.now(clock));
    return validator.validate(rows, user.agencyCode(), user.username());
  }

  public static String businessKey(long sampleId) {
    return "SC-" + sampleId;
  }

  /** The call interface of spot-check-followup (processes/CONTRACT.md), plus product details for case leads. */
  static Map<String, Object> followUpVariables(long sampleId, SpotCheckSample s, CurrentUser user) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("sampleId", sampleId);
    vars.put("campaignCode", s.campaignCode());
    vars.put("agencyCode", user.agencyCode());
    vars.put("enterpriseName", s.enterpriseName());
    vars.put("enterpriseUscc", s.enterpriseUscc());
    vars.put("productName", s.productName());
    vars.put("standardCode", s.standardCode());
    vars.put("labName", s.labName());
    vars.put("reportNo", s.reportNo());
    vars.put("nonConformingItems", s.nonConformingItems());
    vars.put("samplingPlace", s.samplingPlace());
    vars.put("violationShown", s.violationShown());
    vars.put("resultDeliveredDate", null);
    vars.put("brand", s.brand());
    vars.put("model", s.productModel());
    vars.put("batchNo", s.batchNo());
    vars.put("samplingDate", s.samplingDate().toString());
    vars.put("importedBy", user.username());
    return vars;
  }

  private String campaignCodeOf(String text) {
    Campaign byCode = campaigns.find(text.strip().toUpperCase(java.util.Locale.ROOT));
    if (byCode != null) {
      return byCode.code();
    }
    return campaigns.findAll().stream().filter(c -> c.name().equals(text.strip())).map(Campaign::code)
        .findFirst().orElse(null);
  }

  private Set<String> storedReportNos(Set<String> reportNos) {
    Set<String> stored = new HashSet<>();
    List<String> all = List.copyOf(reportNos);
    for (int i = 0; i < all.size(); i += 500) {
      stored.addAll(samples.findStoredReportNos(all.subList(i, Math.min(all.size(), i + 500))));
    }
    return stored;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
