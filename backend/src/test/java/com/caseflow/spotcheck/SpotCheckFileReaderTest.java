package com.caseflow.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpotCheckFileReaderTest {

  private final SpotCheckFileReader reader = new SpotCheckFileReader(5000);

  static byte[] resource(String name) {
    try (InputStream in = SpotCheckFileReaderTest.class.getResourceAsStream("/spotcheck/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsUtf8CsvWithChineseHeadersQuotesAndEmptyCells() {
    List<RawRow> rows = reader.read("samples-good.csv", resource("samples-good.csv"));
    assertThat(rows).hasSize(3);
    RawRow first = rows.get(0);
    assertThat(first.row()).isEqualTo(2);
    assertThat(first.get(SampleField.ENTERPRISE_NAME)).isEqualTo("银川安康劳保用品有限公司");
    assertThat(first.get(SampleField.USCC)).isEqualTo("91640100MA76ABCDE9");
    assertThat(first.get(SampleField.STANDARD_CODE)).isEqualTo("GB 2626-2019");
    assertThat(first.get(SampleField.NON_CONFORMING_ITEMS)).isEqualTo("过滤效率");
    RawRow second = rows.get(1);
    assertThat(second.get(SampleField.ENTERPRISE_NAME)).isEqualTo("石嘴山市\"护民\"防护用品厂");
    assertThat(second.get(SampleField.MODEL)).isEqualTo("175mm×95mm, 耳挂");
    assertThat(second.get(SampleField.NON_CONFORMING_ITEMS)).isNull();
    assertThat(second.get(SampleField.VIOLATION_SHOWN)).isNull();
    assertThat(rows.get(2).get(SampleField.NON_CONFORMING_ITEMS)).isEqualTo("鞋帮拉力, 耐折性能");
  }

  @Test
  void bomAndGbkGiveTheSameRowsAsUtf8() {
    List<RawRow> utf8 = reader.read("a.csv", resource("samples-good.csv"));
    List<RawRow> bom = reader.read("a.csv", resource("samples-bom.csv"));
    List<RawRow> gbk = reader.read("a.csv", resource("samples-gbk.csv"));
    assertThat(bom).isEqualTo(utf8);
    assertThat(gbk).isEqualTo(utf8);
    assertThat(resource("samples-gbk.csv")).isNotEqualTo(resource("samples-good.csv"));
  }

  @Test
  void decodeDetectsGbk() {
    byte[] gbk = "统一社会信用代码".getBytes(Charset.forName("GBK"));
    assertThat(SpotCheckFileReader.decode(gbk)).isEqualTo("统一社会信用代码");
    assertThat(SpotCheckFileReader.decode("统一".getBytes(StandardCharsets.UTF_8))).isEqualTo("统一");
  }

  @Test
  void englishHeadersAreAliases() {
    List<RawRow> rows = reader.read("en.csv", resource("samples-english.csv"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get(SampleField.RESULT)).isEqualTo("NON_CONFORMING");
    assertThat(rows.get(0).get(SampleField.SAMPLING_PLACE)).isEqualTo("E_COMMERCE");
  }

  @Test
  void headersIgnoreMarkersBlanksAndFullWidthForms() {
    assertThat(SampleField.byHeader(" *统一社会信用代码 ")).isEqualTo(SampleField.USCC);
    assertThat(SampleField.byHeader("Report No")).isEqualTo(SampleField.REPORT_NO);
    assertThat(SampleField.byHeader("ＵＳＣＣ")).isEqualTo(SampleField.USCC);
    assertThat(SampleField.byHeader("备注")).isNull();
  }

  @Test
  void readsXlsxWithDateAndNumberCells() {
    List<RawRow> rows = reader.read("samples.xlsx", resource("samples.xlsx"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).row()).isEqualTo(2);
    assertThat(rows.get(0).get(SampleField.BATCH_NO)).isEqualTo("20210801");
    assertThat(rows.get(0).dates().get(SampleField.SAMPLING_DATE)).isEqualTo(LocalDate.of(2021, 8, 15));
    assertThat(rows.get(1).get(SampleField.SAMPLING_PLACE)).isEqualTo("城乡结合部");
  }

  @Test
  void skipsBlankLinesAndKeepsSpreadsheetRowNumbers() {
    String csv = "\n检验报告编号,专项行动编号,被抽样单位名称,统一社会信用代码,产品名称,执行标准,检验机构,检验结论,抽样场所类型,抽样日期\r\n"
        + ",,,,,,,,,\r\nR1,FYKZ-2021,a,b,c,d,e,合格,农村地区,2021-08-01\r\n\r\nR2,FYKZ-2021,a,b,c,d,e,合格,农村地区,2021-08-01";
    List<RawRow> rows = reader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows).extracting(RawRow::row).containsExactly(4, 6);
    assertThat(rows.get(1).get(SampleField.REPORT_NO)).isEqualTo("R2");
  }

  @Test
  void rejectsWhatIsNotCsvOrXlsx() {
    assertThatThrownBy(() -> reader.read("report.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(SpotCheckFileReader.FileProblem.class).hasMessage("spotcheck.file.unsupportedType");
    assertThatThrownBy(() -> reader.read("fake.xlsx", "a,b".getBytes(StandardCharsets.US_ASCII)))
        .hasMessage("spotcheck.file.unsupportedType");
    assertThatThrownBy(() -> reader.read("binary.csv", new byte[] {1, 0, 2, 0}))
        .hasMessage("spotcheck.file.unsupportedType");
    assertThatThrownBy(() -> reader.read("broken.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0}))
        .hasMessage("spotcheck.file.unreadable");
  }

  @Test
  void fileProblems() {
    assertThatThrownBy(() -> reader.read("x.csv", "".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("spotcheck.file.empty");
    assertThatThrownBy(() -> reader.read("x.csv", "产品名称,检验结论\nA,合格".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(SpotCheckFileReader.FileProblem.class, p -> {
          assertThat(p.messageKey()).isEqualTo("spotcheck.file.missingColumns");
          assertThat((String) p.args()[0]).contains("统一社会信用代码").contains("专项行动").doesNotContain("产品名称");
        });
    String header = "检验报告编号,专项行动编号,被抽样单位名称,统一社会信用代码,产品名称,执行标准,检验机构,检验结论,抽样场所类型,抽样日期";
    assertThatThrownBy(() -> reader.read("x.csv", (header + ",报告编号\n").getBytes(StandardCharsets.UTF_8)))
        .hasMessage("spotcheck.file.duplicateColumn");
    assertThatThrownBy(() -> reader.read("x.csv", (header + "\n\"R1,x\n").getBytes(StandardCharsets.UTF_8)))
        .hasMessage("spotcheck.file.unclosedQuote");
    StringBuilder many = new StringBuilder(header).append('\n');
    for (int i = 0; i < 4; i++) {
      many.append("R").append(i).append(",FYKZ-2021,a,b,c,d,e,合格,农村地区,2021-08-01\n");
    }
    assertThatThrownBy(() -> new SpotCheckFileReader(3).read("x.csv", many.toString().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(SpotCheckFileReader.FileProblem.class,
            p -> assertThat(p.args()).containsExactly(3));
  }

  @Test
  void templateHasEveryHeaderAndAValidExampleRow() {
    String csv = SpotCheckTemplate.csv();
    List<RawRow> rows = reader.read("t.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows).hasSize(1);
    SampleValidator validator = new SampleValidator(c -> c, s -> java.util.Set.of(), LocalDate.of(2026, 1, 1));
    assertThat(validator.validate(rows, "NX-YC", "quality1").errors()).isEmpty();
  }
}
