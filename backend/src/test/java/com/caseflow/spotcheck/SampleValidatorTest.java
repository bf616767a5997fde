package com.caseflow.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.caseflow.cases.Uscc;
import org.junit.jupiter.api.Test;

class SampleValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2021, 9, 1);

  private final SampleValidator validator = new SampleValidator(
      text -> switch (text) {
        case "FYKZ-2021", "非医用口罩“助企护民保安康”行动" -> "FYKZ-2021";
        case "HMZL-2021" -> "HMZL-2021";
        default -> null;
      },
      reportNos -> reportNos.contains("STORED-1") ? Set.of("STORED-1") : Set.of(), TODAY);

  private static Map<SampleField, String> good() {
    Map<SampleField, String> v = new EnumMap<>(SampleField.class);
    v.put(SampleField.CAMPAIGN_CODE, "FYKZ-2021");
    v.put(SampleField.ENTERPRISE_NAME, "银川安康劳保用品有限公司");
    v.put(SampleField.USCC, "91640100ma76abcde9");
    v.put(SampleField.PRODUCT_NAME, "儿童口罩");
    v.put(SampleField.STANDARD_CODE, "GB 2626-2019");
    v.put(SampleField.LAB_NAME, "宁夏质检院");
    v.put(SampleField.REPORT_NO, "R-1");
    v.put(SampleField.RESULT, "不合格");
    v.put(SampleField.NON_CONFORMING_ITEMS, "过滤效率");
    v.put(SampleField.SAMPLING_PLACE, "电子商务");
    v.put(SampleField.SAMPLING_DATE, "2021-08-15");
    return v;
  }

  private static RawRow row(int n, Map<SampleField, String> values) {
    return new RawRow(n, values, Map.of());
  }

  private SampleValidator.Outcome validate(RawRow... rows) {
    return validator.validate(List.of(rows), "NX-YC", "quality1");
  }

  @Test
  void goodRowBecomesASample() {
    SampleValidator.Outcome o = validate(row(2, good()));
    assertThat(o.errors()).isEmpty();
    SpotCheckSample s = o.good().get(0);
    assertThat(s.enterpriseUscc()).isEqualTo("91640100MA76ABCDE9");
    assertThat(s.testResult()).isEqualTo("NON_CONFORMING");
    assertThat(s.samplingPlace()).isEqualTo("E_COMMERCE");
    assertThat(s.samplingDate()).isEqualTo(LocalDate.of(2021, 8, 15));
    assertThat(s.violationShown()).isFalse();
    assertThat(s.agencyCode()).isEqualTo("NX-YC");
    assertThat(s.sourceRow()).isEqualTo(2);
  }

  @Test
  void englishEnumsDateFormatsAndYesNo() {
    Map<SampleField, String> v = good();
    v.put(SampleField.RESULT, "non_conforming");
    v.put(SampleField.SAMPLING_PLACE, "school_surroundings");
    v.put(SampleField.SAMPLING_DATE, "2021年8月1日");
    v.put(SampleField.VIOLATION_SHOWN, "是");
    v.put(SampleField.CAMPAIGN_CODE, "非医用口罩“助企护民保安康”行动");
    SpotCheckSample s = validate(row(2, v)).good().get(0);
    assertThat(s.testResult()).isEqualTo("NON_CONFORMING");
    assertThat(s.samplingPlace()).isEqualTo("SCHOOL_SURROUNDINGS");
    assertThat(s.samplingDate()).isEqualTo(LocalDate.of(2021, 8, 1));
    assertThat(s.violationShown()).isTrue();
    assertThat(s.campaignCode()).isEqualTo("FYKZ-2021");
    for (String d : List.of("2021/8/1", "2021.08.01", "20210801", "2021-08-01 00:00:00")) {
      assertThat(SampleValidator.parseDate(d)).as(d).isEqualTo(LocalDate.of(2021, 8, 1));
    }
    assertThat(SampleValidator.parseDate("2021-02-30")).isNull();
    assertThat(SampleValidator.parseDate("01/08/2021")).isNull();
  }

  @Test
  void conformingRowNeedsNoItems() {
    Map<SampleField, String> v = good();
    v.put(SampleField.RESULT, "合格");
    v.remove(SampleField.NON_CONFORMING_ITEMS);
    assertThat(validate(row(2, v)).errors()).isEmpty();
  }

  @Test
  void everyKindOfRowError() {
    Map<SampleField, String> missing = new EnumMap<>(SampleField.class);
    missing.put(SampleField.REPORT_NO, "R-2");
    Map<SampleField, String> bad = good();
    bad.put(SampleField.CAMPAIGN_CODE, "XXXX-2021");
    bad.put(SampleField.USCC, "91640100MA76ABCDE8");
    bad.put(SampleField.RESULT, "基本合格");
    bad.put(SampleField.SAMPLING_PLACE, "菜市场");
    bad.put(SampleField.SAMPLING_DATE, "2021-02-30");
    bad.put(SampleField.VIOLATION_SHOWN, "也许");
    bad.put(SampleField.PRODUCT_NAME, "口".repeat(201));
    bad.put(SampleField.REPORT_NO, "R-3");
    Map<SampleField, String> inconsistent = good();
    inconsistent.put(SampleField.RESULT, "合格");
    inconsistent.put(SampleField.VIOLATION_SHOWN, "是");
    inconsistent.put(SampleField.SAMPLING_DATE, "2021-09-02");
    inconsistent.put(SampleField.REPORT_NO, "R-4");
    Map<SampleField, String> noItems = good();
    noItems.remove(SampleField.NON_CONFORMING_ITEMS);
    noItems.put(SampleField.REPORT_NO, "R-5");
    Map<SampleField, String> dupInFile = good();
    dupInFile.put(SampleField.REPORT_NO, "r-5");
    Map<SampleField, String> stored = good();
    stored.put(SampleField.REPORT_NO, "STORED-1");

    SampleValidator.Outcome o = validate(row(2, good()), row(3, missing), row(4, bad), row(5, inconsistent),
        row(6, noItems), row(7, dupInFile), row(8, stored));

    assertThat(o.good()).extracting(SpotCheckSample::sourceRow).containsExactly(2);
    assertThat(o.rejectedRows()).isEqualTo(6);
    assertThat(o.errors()).extracting(RowError::row, RowError::field, RowError::messageKey).contains(
        tuple(3, "campaignCode", "validation.required"),
        tuple(3, "uscc", "validation.required"),
        tuple(3, "samplingDate", "validation.required"),
        tuple(4, "campaignCode", "spotcheck.row.unknownCampaign"),
        tuple(4, "uscc", "validation.uscc"),
        tuple(4, "result", "spotcheck.row.result"),
        tuple(4, "samplingPlace", "spotcheck.row.place"),
        tuple(4, "samplingDate", "spotcheck.row.date"),
        tuple(4, "violationShown", "spotcheck.row.yesNo"),
        tuple(4, "productName", "validation.tooLong"),
        tuple(5, "nonConformingItems", "spotcheck.row.itemsWithConforming"),
        tuple(5, "violationShown", "spotcheck.row.violationWithConforming"),
        tuple(5, "samplingDate", "spotcheck.row.dateInFuture"),
        tuple(6, "nonConformingItems", "spotcheck.row.itemsRequired"),
        tuple(7, "reportNo", "spotcheck.row.duplicateInFile"),
        tuple(8, "reportNo", "spotcheck.row.duplicateStored"));
    assertThat(o.errors()).extracting(RowError::row).isSorted();
    assertThat(o.errors()).filteredOn(e -> e.row() == 3).extracting(RowError::field)
        .doesNotContain("brand", "model", "batchNo", "nonConformingItems", "violationShown");
    RowError dup = o.errors().stream().filter(e -> e.row() == 7).findFirst().orElseThrow();
    assertThat(dup.args()).containsExactly("r-5", 6);
  }

  @Test
  void usccCheckCharacter() {
    assertThat(Uscc.isValid("91640100MA76ABCDE9")).isTrue();
    assertThat(Uscc.isValid("916400002276940357")).isTrue();
    assertThat(Uscc.isValid("91640100MA76ABCDE8")).isFalse();
    assertThat(Uscc.isValid("91640100MA76ABCDI9")).as("I is not in the alphabet").isFalse();
    assertThat(Uscc.isValid("91640100MA76ABCDE")).isFalse();
    assertThat(Uscc.withCheck("91640100MA76L0T2X")).isEqualTo("91640100MA76L0T2XR");
  }
}
