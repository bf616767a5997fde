package com.caseflow.spotcheck;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import com.caseflow.cases.Uscc;

/**
 * Checks every row of an import and turns the good ones into samples. A row is good when it has no
 * error; the checks: required fields, lengths, USCC check character, known campaign, result and place
 * enums, dates (not in the future), yes/no, non-conforming items only with a non-conforming result,
 * report numbers unique within the file and against those already stored.
 */
public final class SampleValidator {

  /** Result of validating a file: good samples (id null) and row errors, in row order. */
  public record Outcome(List<SpotCheckSample> good, List<RowError> errors, int rejectedRows) {}

  static final Map<String, String> RESULTS = Map.of(
      "合格", SpotCheckSample.CONFORMING, "CONFORMING", SpotCheckSample.CONFORMING,
      "不合格", SpotCheckSample.NON_CONFORMING, "NON_CONFORMING", SpotCheckSample.NON_CONFORMING,
      "NON-CONFORMING", SpotCheckSample.NON_CONFORMING, "NONCONFORMING", SpotCheckSample.NON_CONFORMING);

  /** 抽样场所类型 of the 护苗助老 plan. */
  public static final Map<String, String> PLACES = Map.of(
      "电子商务", "E_COMMERCE", "城乡结合部", "URBAN_RURAL_FRINGE", "农村地区", "RURAL", "校园周边", "SCHOOL_SURROUNDINGS");

  private static final Map<String, Boolean> YES_NO = Map.ofEntries(
      Map.entry("是", true), Map.entry("否", false), Map.entry("Y", true), Map.entry("N", false),
      Map.entry("YES", true), Map.entry("NO", false), Map.entry("TRUE", true), Map.entry("FALSE", false),
      Map.entry("1", true), Map.entry("0", false));

  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
      DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuuMMdd"),
      DateTimeFormatter.ofPattern("uuuu年M月d日"));

  private final Function<String, String> campaignCodeOf;
  private final Function<Set<String>, Set<String>> storedReportNos;
  private final LocalDate today;

  /**
   * @param campaignCodeOf a campaign code or name → the campaign's code, or null when unknown
   * @param storedReportNos of these report numbers, those already stored
   */
  public SampleValidator(
      Function<String, String> campaignCodeOf, Function<Set<String>, Set<String>> storedReportNos, LocalDate today) {
    this.campaignCodeOf = campaignCodeOf;
    this.storedReportNos = storedReportNos;
    this.today = today;
  }

  public Outcome validate(List<RawRow> rows, String agencyCode, String importedBy) {
    List<RowError> errors = new ArrayList<>();
    Map<Integer, SpotCheckSample> candidates = new java.util.LinkedHashMap<>();
    Map<String, Integer> firstRowOfReport = new HashMap<>();
    for (RawRow row : rows) {
      List<RowError> rowErrors = new ArrayList<>();
      SpotCheckSample sample = check(row, rowErrors, agencyCode, importedBy);
      String reportNo = row.get(SampleField.REPORT_NO);
      if (reportNo != null) {
        String key = reportNo.toUpperCase(Locale.ROOT);
        Integer first = firstRowOfReport.putIfAbsent(key, row.row());
        if (first != null) {
          rowErrors.add(new RowError(row.row(), SampleField.REPORT_NO.key(), "spotcheck.row.duplicateInFile", reportNo, first));
        }
      }
      errors.addAll(rowErrors);
      if (rowErrors.isEmpty()) {
        candidates.put(row.row(), sample);
      }
    }
    if (!firstRowOfReport.isEmpty()) {
      Set<String> all = new java.util.HashSet<>();
      rows.forEach(r -> { if (r.get(SampleField.REPORT_NO) != null) all.add(r.get(SampleField.REPORT_NO)); });
      Set<String> stored = storedReportNos.apply(all);
      for (RawRow row : rows) {
        String reportNo = row.get(SampleField.REPORT_NO);
        if (reportNo != null && stored.stream().anyMatch(s -> s.equalsIgnoreCase(reportNo))) {
          errors.add(new RowError(row.row(), SampleField.REPORT_NO.key(), "spotcheck.row.duplicateStored", reportNo));
          candidates.remove(row.row());
        }
      }
    }
    errors.sort(java.util.Comparator.comparingInt(RowError::row));
    int rejected = (int) errors.stream().mapToInt(RowError::row).distinct().count();
    return new Outcome(List.copyOf(candidates.values()), errors, rejected);
  }

  private SpotCheckSample check(RawRow row, List<RowError> errors, String agencyCode, String importedBy) {
    int r = row.row();
    for (SampleField f : SampleField.values()) {
      String v = row.get(f);
      if (v == null) {
        if (f.required()) {
          errors.add(new RowError(r, f.key(), "validation.required"));
        }
      } else if (v.length() > f.maxLength() && f != SampleField.SAMPLING_DATE) {
        errors.add(new RowError(r, f.key(), "validation.tooLong", f.maxLength()));
      }
    }
    String campaign = null;
    String campaignText = row.get(SampleField.CAMPAIGN_CODE);
    if (campaignText != null) {
      campaign = campaignCodeOf.apply(campaignText);
      if (campaign == null) {
        errors.add(new RowError(r, SampleField.CAMPAIGN_CODE.key(), "spotcheck.row.unknownCampaign", campaignText));
      }
    }
    String uscc = row.get(SampleField.USCC);
    if (uscc != null) {
      uscc = uscc.toUpperCase(Locale.ROOT);
      if (!Uscc.isValid(uscc)) {
        errors.add(new RowError(r, SampleField.USCC.key(), "validation.uscc"));
      }
    }
    String resultText = row.get(SampleField.RESULT);
    String result = null;
    if (resultText != null) {
      result = RESULTS.get(resultText.toUpperCase(Locale.ROOT).replace(' ', '_'));
      if (result == null) {
        errors.add(new RowError(r, SampleField.RESULT.key(), "spotcheck.row.result", resultText));
      }
    }
    String items = row.get(SampleField.NON_CONFORMING_ITEMS);
    if (SpotCheckSample.NON_CONFORMING.equals(result) && items == null) {
      errors.add(new RowError(r, SampleField.NON_CONFORMING_ITEMS.key(), "spotcheck.row.itemsRequired"));
    } else if (SpotCheckSample.CONFORMING.equals(result) && items != null) {
      errors.add(new RowError(r, SampleField.NON_CONFORMING_ITEMS.key(), "spotcheck.row.itemsWithConforming"));
    }
    String placeText = row.get(SampleField.SAMPLING_PLACE);
    String place = null;
    if (placeText != null) {
      place = PLACES.containsKey(placeText) ? PLACES.get(placeText)
          : PLACES.containsValue(placeText.toUpperCase(Locale.ROOT)) ? placeText.toUpperCase(Locale.ROOT) : null;
      if (place == null) {
        errors.add(new RowError(r, SampleField.SAMPLING_PLACE.key(), "spotcheck.row.place", placeText));
      }
    }
    LocalDate date = row.dates().get(SampleField.SAMPLING_DATE);
    String dateText = row.get(SampleField.SAMPLING_DATE);
    if (date == null && dateText != null) {
      date = parseDate(dateText);
      if (date == null) {
        errors.add(new RowError(r, SampleField.SAMPLING_DATE.key(), "spotcheck.row.date", dateText));
      }
    }
    if (date != null && date.isAfter(today)) {
      errors.add(new RowError(r, SampleField.SAMPLING_DATE.key(), "spotcheck.row.dateInFuture", date.toString()));
    }
    boolean violation = false;
    String violationText = row.get(SampleField.VIOLATION_SHOWN);
    if (violationText != null) {
      Boolean v = YES_NO.get(violationText.toUpperCase(Locale.ROOT));
      if (v == null) {
        errors.add(new RowError(r, SampleField.VIOLATION_SHOWN.key(), "spotcheck.row.yesNo", violationText));
      } else {
        violation = v;
        if (v && SpotCheckSample.CONFORMING.equals(result)) {
          errors.add(new RowError(r, SampleField.VIOLATION_SHOWN.key(), "spotcheck.row.violationWithConforming"));
        }
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new SpotCheckSample(null, null, r, campaign, agencyCode, row.get(SampleField.ENTERPRISE_NAME), uscc,
        row.get(SampleField.PRODUCT_NAME), row.get(SampleField.BRAND), row.get(SampleField.MODEL),
        row.get(SampleField.BATCH_NO), row.get(SampleField.STANDARD_CODE), row.get(SampleField.LAB_NAME),
        row.get(SampleField.REPORT_NO), result, items, place, date, violation, null, importedBy, null);
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
}
