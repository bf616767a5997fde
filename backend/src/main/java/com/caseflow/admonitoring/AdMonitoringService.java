package com.caseflow.admonitoring;

import com.caseflow.admonitoring.AdCodes.Category;
import com.caseflow.admonitoring.AdCodes.KeyPeriod;
import com.caseflow.admonitoring.AdCodes.Violation;
import com.caseflow.admonitoring.AdMonitoringMapper.AdRecordRow;
import com.caseflow.admonitoring.AdMonitoringMapper.Count;
import com.caseflow.admonitoring.AdMonitoringMapper.KeyPeriodRow;
import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.campaign.CampaignMapper;
import com.caseflow.campaign.ImportResult;
import com.caseflow.campaign.ImportResult.RowError;
import com.caseflow.campaign.ImportResult.Validated;
import com.caseflow.campaign.TableFile;
import com.caseflow.campaign.TableFile.TableRow;
import com.caseflow.cases.LeadRequest;
import com.caseflow.cases.LeadService;
import com.caseflow.cases.Uscc;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.common.Messages;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 广告监测: monitored ads of 三品一械 and education, entered or imported, tagged with the key periods they fall in;
 * a violation opens an {@code AD_MONITORING} lead through {@link LeadService} (once per record), in the same
 * transaction as the record.
 */
@Service
public class AdMonitoringService {

  static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("campaignCode", List.of("专项行动编号", "专项行动"));
    COLUMNS.put("agencyCode", List.of("所属机构", "机构代码"));
    COLUMNS.put("media", List.of("媒体", "发布媒介", "媒体名称"));
    COLUMNS.put("advertiserName", List.of("广告主", "广告主名称"));
    COLUMNS.put("advertiserUscc", List.of("统一社会信用代码", "广告主统一社会信用代码", "uscc"));
    COLUMNS.put("productCategory", List.of("产品类别", "广告类别", "category"));
    COLUMNS.put("productName", List.of("产品名称", "广告产品", "产品/服务"));
    COLUMNS.put("adDate", List.of("发布日期", "监测日期", "date"));
    COLUMNS.put("violationType", List.of("违法类型", "违法情形", "violation"));
    COLUMNS.put("description", List.of("说明", "备注", "违法内容"));
  }

  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("uuuu-MM-dd"), DateTimeFormatter.ofPattern("uuuu/M/d"),
      DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu年M月d日"),
      DateTimeFormatter.ofPattern("uuuu-M-d"));

  public static final String ORIGIN_PREFIX = "ad-record-";

  private final AdMonitoringMapper mapper;
  private final CampaignMapper campaigns;
  private final AgencyService agencies;
  private final LeadService leads;
  private final AuditService audit;
  private final Messages messages;
  private final Clock clock;
  private final int maxRows;

  public AdMonitoringService(AdMonitoringMapper mapper, CampaignMapper campaigns, AgencyService agencies,
      LeadService leads, AuditService audit, Messages messages, Clock clock,
      @Value("${caseflow.ad-monitoring.max-rows:5000}") int maxRows) {
    this.mapper = mapper;
    this.campaigns = campaigns;
    this.agencies = agencies;
    this.leads = leads;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
    this.maxRows = maxRows;
  }

  /** Body of POST /api/ad-monitoring/records (and one import row). */
  public record RecordRequest(String campaignCode, String agencyCode, String media, String advertiserName,
      String advertiserUscc, String productCategory, String productName, String adDate, String violationType,
      String description) {}

  public record AdRecord(Long id, String campaignCode, String agencyCode, String media, String advertiserName,
      String advertiserUscc, String productCategory, String productCategoryLabel, String productName, LocalDate adDate,
      String violationType, String violationLabel, boolean violation, String description, String entryMode,
      Integer sourceRow, List<String> keyPeriods, Long leadId, Instant createdAt, String createdBy) {}

  public record PeriodView(String code, String label, LocalDate startDate, LocalDate endDate) {}

  public record KeyPeriods(int year, List<Integer> years, List<PeriodView> periods, Instant updatedAt, String updatedBy) {}

  public record PeriodRequest(String code, String startDate, String endDate) {}

  public record KeyPeriodsRequest(Integer year, List<PeriodRequest> periods) {}

  public record FigureRow(String code, String label, long records, long violations) {}

  public record Figures(String campaign, LocalDate from, LocalDate to, long records, long violations, long leads,
      long outsideKeyPeriods, List<FigureRow> byCategory, List<FigureRow> byViolationType,
      List<FigureRow> byKeyPeriod) {}

  // ---- who may do what -------------------------------------------------------------------------------------

  boolean records(CurrentUser user) {
    return user.isAdmin() || user.inGroup(Groups.MANAGERS) || Groups.CASE_WORKERS.stream().anyMatch(user::inGroup);
  }

  private void requireRecorder(CurrentUser user) {
    if (!records(user)) {
      throw ApiException.forbidden();
    }
  }

  private String path(CurrentUser user) {
    return user.seesEverything() ? "/" : user.agencyPath();
  }

  // ---- records ---------------------------------------------------------------------------------------------

  @Transactional
  public AdRecord create(RecordRequest request, CurrentUser user) {
    requireRecorder(user);
    if (request == null) {
      throw ApiException.invalidField("media", "validation.required");
    }
    List<FieldProblem> problems = new ArrayList<>();
    AdRecordRow row = validate(request, user, null, problems::add);
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    AdRecordRow stored = store(row, "ENTERED", null, user);
    audit.record(AuditEntry.of("AD_RECORD_CREATED", stored.leadId(), null, "ad_record", String.valueOf(stored.id()))
        .withValues(null, stored.advertiserName() + " / " + stored.violationType()));
    return view(mapper.find(stored.id()));
  }

  /** Validates every row first; all-or-nothing stores nothing when any row is bad, good-rows stores the rest. */
  @Transactional
  public ImportResult importRecords(MultipartFile file, String mode, CurrentUser user) {
    requireRecorder(user);
    boolean goodRows = ImportResult.goodRowsMode(mode);
    Validated<AdRecordRow> rows = validateRows(file, user);
    return rows.importWith(goodRows, messages.get("error.importRejected", rows.errors().size()), () -> {
      for (AdRecordRow row : rows.valid()) {
        store(row, "IMPORTED", row.sourceRow(), user);
      }
      audit.record(AuditEntry.of("AD_RECORDS_IMPORTED", null, null, "ad_record", null)
          .withDetail(rows.valid().size() + " imported, " + rows.errors().size() + " errors"));
    });
  }

  /** The check before an import: the same validation and row errors, nothing stored. */
  public ImportResult.Check checkRecords(MultipartFile file, String mode, CurrentUser user) {
    requireRecorder(user);
    ImportResult.goodRowsMode(mode);
    return validateRows(file, user).check();
  }

  private Validated<AdRecordRow> validateRows(MultipartFile file, CurrentUser user) {
    List<TableRow> rows = TableFile.read(file, COLUMNS);
    if (rows.isEmpty()) {
      throw ApiException.invalidField("file", "validation.importEmpty");
    }
    if (rows.size() > maxRows) {
      throw ApiException.invalidField("file", "admonitoring.tooManyRows", maxRows);
    }
    List<RowError> errors = new ArrayList<>();
    List<AdRecordRow> valid = new ArrayList<>();
    for (TableRow r : rows) {
      RecordRequest request = new RecordRequest(r.get("campaignCode"), r.get("agencyCode"), r.get("media"),
          r.get("advertiserName"), r.get("advertiserUscc"), r.get("productCategory"), r.get("productName"),
          r.get("adDate"), r.get("violationType"), r.get("description"));
      List<RowError> rowErrors = new ArrayList<>();
      AdRecordRow row = validate(request, user, r.rowNo(),
          p -> rowErrors.add(new RowError(r.rowNo(), p.field(), messages.get(p.messageKey(), p.args()))));
      if (rowErrors.isEmpty()) {
        valid.add(row);
      }
      errors.addAll(rowErrors);
    }
    return new Validated<>(rows.size(), valid, errors);
  }

  /** Opens the lead of a violation record if it has none yet; returns the record (idempotent). */
  @Transactional
  public AdRecord openLead(long id, CurrentUser user) {
    requireRecorder(user);
    AdRecordRow row = findInScope(id, user);
    if (Violation.NONE.name().equals(row.violationType())) {
      throw ApiException.conflict("AD_RECORD_NO_VIOLATION", "error.adRecordNoViolation");
    }
    if (row.leadId() == null) {
      openLead(row, user.username());
    }
    return view(mapper.find(id));
  }

  public AdRecord get(long id, CurrentUser user) {
    return view(findInScope(id, user));
  }

  public List<AdRecord> list(CurrentUser user, String campaign, String category, String violation, String keyPeriod,
      String from, String to, int page, int size) {
    Filter f = filter(campaign, category, violation, keyPeriod, from, to);
    return mapper.list(path(user), f.campaign, f.category, f.violation, f.keyPeriod, f.from, f.to, size, page * size)
        .stream().map(this::view).toList();
  }

  public long count(CurrentUser user, String campaign, String category, String violation, String keyPeriod, String from,
      String to) {
    Filter f = filter(campaign, category, violation, keyPeriod, from, to);
    return mapper.count(path(user), f.campaign, f.category, f.violation, f.keyPeriod, f.from, f.to);
  }

  private record Filter(String campaign, String category, String violation, String keyPeriod, LocalDate from,
      LocalDate to) {}

  private Filter filter(String campaign, String category, String violation, String keyPeriod, String from, String to) {
    List<FieldProblem> problems = new ArrayList<>();
    Category c = blank(category) ? null : AdCodes.category(category);
    if (!blank(category) && c == null) {
      problems.add(new FieldProblem("category", "validation.oneOf", Arrays.toString(Category.values())));
    }
    Violation v = blank(violation) ? null : AdCodes.violation(violation);
    if (!blank(violation) && v == null) {
      problems.add(new FieldProblem("violation", "validation.oneOf", Arrays.toString(Violation.values())));
    }
    KeyPeriod k = blank(keyPeriod) ? null : AdCodes.keyPeriod(keyPeriod);
    if (!blank(keyPeriod) && k == null) {
      problems.add(new FieldProblem("keyPeriod", "validation.oneOf", Arrays.toString(KeyPeriod.values())));
    }
    LocalDate f = isoDate(from, "from", problems);
    LocalDate t = isoDate(to, "to", problems);
    if (f != null && t != null && t.isBefore(f)) {
      problems.add(new FieldProblem("to", "validation.periodOrder"));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    return new Filter(blank(campaign) ? null : campaign.trim(), c == null ? null : c.name(),
        v == null ? null : v.name(), k == null ? null : k.name(), f, t);
  }

  public Figures figures(CurrentUser user, String campaign, String from, String to) {
    Filter f = filter(campaign, null, null, null, from, to);
    String p = path(user);
    Map<String, Count> cat = byCode(mapper.byCategory(p, f.campaign, f.from, f.to));
    Map<String, Count> vio = byCode(mapper.byViolation(p, f.campaign, f.from, f.to));
    Map<String, Count> per = byCode(mapper.byKeyPeriod(p, f.campaign, f.from, f.to));
    long records = cat.values().stream().mapToLong(Count::records).sum();
    long violations = cat.values().stream().mapToLong(Count::violations).sum();
    boolean en = isEnglish();
    return new Figures(f.campaign, f.from, f.to, records, violations, mapper.leads(p, f.campaign, f.from, f.to),
        mapper.outsideKeyPeriods(p, f.campaign, f.from, f.to),
        Arrays.stream(Category.values()).map(c -> row(c.name(), en ? c.labelEn : c.label, cat)).toList(),
        Arrays.stream(Violation.values()).map(c -> row(c.name(), en ? c.labelEn : c.label, vio)).toList(),
        Arrays.stream(KeyPeriod.values()).map(c -> row(c.name(), en ? c.labelEn : c.label, per)).toList());
  }

  private static FigureRow row(String code, String label, Map<String, Count> counts) {
    Count c = counts.get(code);
    return new FigureRow(code, label, c == null ? 0 : c.records(), c == null ? 0 : c.violations());
  }

  private static Map<String, Count> byCode(List<Count> counts) {
    return counts.stream().collect(Collectors.toMap(Count::code, Function.identity()));
  }

  // ---- key periods -----------------------------------------------------------------------------------------

  public KeyPeriods keyPeriods(Integer year) {
    int y = year == null ? LocalDate.now(clock).getYear() : year;
    if (y < 2000 || y > 2100) {
      throw ApiException.invalidField("year", "admonitoring.year");
    }
    List<KeyPeriodRow> rows = mapper.periods(y);
    boolean en = isEnglish();
    KeyPeriodRow last = rows.stream().max((a, b) -> a.updatedAt().compareTo(b.updatedAt())).orElse(null);
    return new KeyPeriods(y, mapper.years(), rows.stream().map(r -> {
      KeyPeriod k = KeyPeriod.valueOf(r.code());
      return new PeriodView(r.code(), en ? k.labelEn : k.label, r.startDate(), r.endDate());
    }).toList(), last == null ? null : last.updatedAt(), last == null ? null : last.updatedBy());
  }

  /** Replaces one year's key periods (admins only) and re-tags the records of that year. */
  @Transactional
  public KeyPeriods putKeyPeriods(KeyPeriodsRequest request, CurrentUser user) {
    if (!user.isAdmin()) {
      throw ApiException.forbidden();
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (request == null || request.year() == null) {
      throw ApiException.invalidField("year", "validation.required");
    }
    int year = request.year();
    if (year < 2000 || year > 2100) {
      throw ApiException.invalidField("year", "admonitoring.year");
    }
    if (request.periods() == null) {
      throw ApiException.invalidField("periods", "validation.required");
    }
    List<Object[]> valid = new ArrayList<>();
    for (int i = 0; i < request.periods().size(); i++) {
      PeriodRequest p = request.periods().get(i);
      String f = "periods[" + i + "].";
      if (p == null) {
        problems.add(new FieldProblem("periods[" + i + "]", "validation.required"));
        continue;
      }
      KeyPeriod k = AdCodes.keyPeriod(p.code());
      if (blank(p.code())) {
        problems.add(new FieldProblem(f + "code", "validation.required"));
      } else if (k == null) {
        problems.add(new FieldProblem(f + "code", "validation.oneOf", Arrays.toString(KeyPeriod.values())));
      }
      LocalDate s = requiredDate(p.startDate(), f + "startDate", problems);
      LocalDate e = requiredDate(p.endDate(), f + "endDate", problems);
      if (s != null && s.getYear() != year) {
        problems.add(new FieldProblem(f + "startDate", "admonitoring.periodYear", String.valueOf(year)));
      }
      if (e != null && e.getYear() != year) {
        problems.add(new FieldProblem(f + "endDate", "admonitoring.periodYear", String.valueOf(year)));
      }
      if (s != null && e != null && e.isBefore(s)) {
        problems.add(new FieldProblem(f + "endDate", "validation.periodOrder"));
      }
      if (k != null && s != null && e != null) {
        valid.add(new Object[] {k, s, e});
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    mapper.deletePeriods(year);
    for (Object[] v : valid) {
      mapper.insertPeriod(year, ((KeyPeriod) v[0]).name(), (LocalDate) v[1], (LocalDate) v[2], now, user.username());
    }
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    mapper.untagBetween(from, to);
    mapper.recordsBetween(from, to).forEach(r -> tag(r.id(), r.adDate()));
    audit.record(AuditEntry.of("AD_KEY_PERIODS_SET", null, null, "ad_key_period", String.valueOf(year))
        .withDetail(valid.size() + " ranges"));
    return keyPeriods(year);
  }

  // ---- internals -------------------------------------------------------------------------------------------

  private AdRecordRow validate(RecordRequest r, CurrentUser user, Integer sourceRow,
      java.util.function.Consumer<FieldProblem> problems) {
    String campaign = trim(r.campaignCode());
    if (campaign == null) {
      problems.accept(new FieldProblem("campaignCode", "validation.required"));
    } else if (campaigns.find(campaign) == null) {
      problems.accept(new FieldProblem("campaignCode", "validation.unknownCampaign", campaign));
    }
    Agency agency = null;
    String agencyCode = trim(r.agencyCode()) == null ? user.agencyCode() : trim(r.agencyCode());
    if (agencyCode == null) {
      problems.accept(new FieldProblem("agencyCode", "validation.required"));
    } else {
      agency = agencies.find(agencyCode).orElse(null);
      if (agency == null) {
        problems.accept(new FieldProblem("agencyCode", "validation.unknown", agencyCode));
      } else if (!agency.path().startsWith(path(user))) {
        problems.accept(new FieldProblem("agencyCode", "validation.agencyOutOfScope", agencyCode));
        agency = null;
      }
    }
    String media = text(r.media(), "media", 200, true, problems);
    String advertiser = text(r.advertiserName(), "advertiserName", 200, true, problems);
    String uscc = trim(r.advertiserUscc()) == null ? null : r.advertiserUscc().trim().toUpperCase();
    if (uscc == null) {
      problems.accept(new FieldProblem("advertiserUscc", "validation.required"));
    } else if (!Uscc.isValid(uscc)) {
      problems.accept(new FieldProblem("advertiserUscc", "validation.uscc"));
    }
    Category category = AdCodes.category(r.productCategory());
    if (category == null) {
      problems.accept(new FieldProblem("productCategory", trim(r.productCategory()) == null ? "validation.required"
          : "validation.oneOf", Arrays.toString(Category.values())));
    }
    String product = text(r.productName(), "productName", 200, true, problems);
    LocalDate adDate = null;
    if (trim(r.adDate()) == null) {
      problems.accept(new FieldProblem("adDate", "validation.required"));
    } else {
      adDate = parseDate(r.adDate());
      if (adDate == null) {
        problems.accept(new FieldProblem("adDate", "validation.date"));
      } else if (adDate.isAfter(LocalDate.now(clock))) {
        problems.accept(new FieldProblem("adDate", "admonitoring.dateInFuture", adDate.toString()));
      }
    }
    Violation violation = AdCodes.violation(r.violationType());
    if (violation == null) {
      problems.accept(new FieldProblem("violationType", trim(r.violationType()) == null ? "validation.required"
          : "validation.oneOf", Arrays.toString(Violation.values())));
    }
    String description = text(r.description(), "description", 2000, false, problems);
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    return new AdRecordRow(null, campaign, agency == null ? null : agency.code(),
        agency == null ? null : agency.path(), media, advertiser, uscc, category == null ? null : category.name(),
        product, adDate, violation == null ? null : violation.name(), description, null, sourceRow, null, now,
        user.username());
  }

  private AdRecordRow store(AdRecordRow row, String entryMode, Integer sourceRow, CurrentUser user) {
    AdRecordRow toStore = new AdRecordRow(null, row.campaignCode(), row.agencyCode(), row.agencyPath(), row.media(),
        row.advertiserName(), row.advertiserUscc(), row.productCategory(), row.productName(), row.adDate(),
        row.violationType(), row.description(), entryMode, sourceRow, null, row.createdAt(), row.createdBy());
    AdMonitoringMapper.NewRow key = new AdMonitoringMapper.NewRow();
    mapper.insert(key, toStore);
    tag(key.id, row.adDate());
    AdRecordRow stored = mapper.find(key.id);
    if (!Violation.NONE.name().equals(stored.violationType())) {
      long leadId = openLead(stored, user.username());
      return mapper.find(key.id);
    }
    return stored;
  }

  private long openLead(AdRecordRow r, String by) {
    Violation v = Violation.valueOf(r.violationType());
    Category c = Category.valueOf(r.productCategory());
    String description = "广告监测发现" + c.label + "广告违法：" + v.label + "（媒体：" + r.media() + "，发布日期："
        + r.adDate() + "）" + (r.description() == null ? "" : "。" + r.description());
    if (description.length() > 4000) {
      description = description.substring(0, 4000);
    }
    LeadRequest lead = new LeadRequest(r.campaignCode(), "AD_MONITORING", r.advertiserName(), r.advertiserUscc(),
        "ORGANISATION", null, r.productName(), description, null, null, null, null, null, null, null, null, null);
    long leadId = leads.registerOnce(ORIGIN_PREFIX + r.id() + "|AD_MONITORING", lead, r.agencyCode(), by, null,
        Map.of("adRecordId", r.id(), "adViolationType", v.name(), "adCategory", c.name()));
    mapper.setLead(r.id(), leadId);
    return leadId;
  }

  private void tag(long id, LocalDate date) {
    for (String code : mapper.periodCodesOn(date)) {
      mapper.tag(id, code);
    }
  }

  private AdRecordRow findInScope(long id, CurrentUser user) {
    AdRecordRow row = mapper.find(id);
    if (row == null || !row.agencyPath().startsWith(path(user))) {
      throw ApiException.notFound("adRecord", null);
    }
    return row;
  }

  private AdRecord view(AdRecordRow r) {
    boolean en = isEnglish();
    Category c = Category.valueOf(r.productCategory());
    Violation v = Violation.valueOf(r.violationType());
    return new AdRecord(r.id(), r.campaignCode(), r.agencyCode(), r.media(), r.advertiserName(), r.advertiserUscc(),
        c.name(), en ? c.labelEn : c.label, r.productName(), r.adDate(), v.name(), en ? v.labelEn : v.label,
        v != Violation.NONE, r.description(), r.entryMode(), r.sourceRow(), mapper.periodsOf(r.id()), r.leadId(),
        r.createdAt(), r.createdBy());
  }

  private static boolean isEnglish() {
    return "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
  }

  static LocalDate parseDate(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    if (space > 0) {
      t = t.substring(0, space);
    }
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return LocalDate.parse(t, f.withResolverStyle(ResolverStyle.STRICT));
      } catch (DateTimeParseException ignored) {
        // next format
      }
    }
    return null;
  }

  private static LocalDate isoDate(String text, String field, List<FieldProblem> problems) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "validation.date"));
      return null;
    }
  }

  private static LocalDate requiredDate(String text, String field, List<FieldProblem> problems) {
    if (blank(text)) {
      problems.add(new FieldProblem(field, "validation.required"));
      return null;
    }
    return isoDate(text, field, problems);
  }

  private static String text(String value, String field, int max, boolean required,
      java.util.function.Consumer<FieldProblem> problems) {
    String v = trim(value);
    if (v == null) {
      if (required) {
        problems.accept(new FieldProblem(field, "validation.required"));
      }
      return null;
    }
    if (v.length() > max) {
      problems.accept(new FieldProblem(field, "validation.tooLong", max));
    }
    return v;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
