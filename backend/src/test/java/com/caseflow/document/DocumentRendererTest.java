package com.caseflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.cases.CaseSummary;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentRendererTest {

  static final CaseSummary CASE = new CaseSummary(42L, "银市监处罚〔2026〕7号", "NX-YC", "FYKZ-2021", "DECISION",
      "ORGANISATION", "宁夏护康口罩科技有限公司", "91640100MA76XXXX0K", "pi-1");

  static DocumentData data(Map<String, Object> extra) {
    Map<String, Object> vars = new HashMap<>(Map.of(
        "partyName", "宁夏护康口罩科技有限公司", "partyUscc", "91640100MA76XXXX0K", "partyType", "ORGANISATION",
        "caseNo", "银市监处罚〔2026〕7号", "source", "SPOT_CHECK", "productName", "一次性使用口罩",
        "facts", "生产销售的一次性使用口罩经检验过滤效率不符合GB 2626-2019强制性标准，货值金额30,000.50元",
        "legalBasis", "《中华人民共和国产品质量法》第十三条第一款、第四十九条",
        "fineAmount", new BigDecimal("60001.00"), "filingDate", "2026-03-02"));
    vars.putAll(extra);
    return new DocumentData(CASE, "银川市市场监督管理局", "银", vars, List.of("书证", "电子数据"),
        List.of(new DocumentData.IssuedDocument("行政处罚决定书", "银市监罚决〔2026〕3号")), LocalDate.of(2026, 3, 20));
  }

  static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    StringBuilder s = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int p = 1; p <= reader.getNumberOfPages(); p++) {
      s.append(extractor.getTextFromPage(p)).append('\n');
    }
    return s.toString().replaceAll("\\s+", ""); // lines break anywhere in Chinese text
  }

  /** Every font of every page: embedded (FontFile2) and subset (name prefixed ABCDEF+). */
  static List<String> embeddedFonts(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    List<String> names = new ArrayList<>();
    for (int p = 1; p <= reader.getNumberOfPages(); p++) {
      PdfDictionary fonts = reader.getPageN(p).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
      for (PdfName key : fonts.getKeys()) {
        PdfDictionary font = fonts.getAsDict(key);
        PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(
            font.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
        PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
        assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded TrueType program").isNotNull();
        assertThat(font.getAsName(PdfName.ENCODING)).isEqualTo(new PdfName("Identity-H"));
        names.add(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()));
      }
    }
    return names;
  }

  @Test
  void thePenaltyDecisionCarriesNumberPartyFactsBasisFinePaymentAndRemedies() throws IOException {
    byte[] pdf = new DocumentRenderer().render(DocumentType.PENALTY_DECISION, data(Map.of("decisionDate", "2026-03-20")),
        "银市监罚决〔2026〕3号");
    String text = text(pdf);
    assertThat(text).contains("银川市市场监督管理局", "行政处罚决定书", "银市监罚决〔2026〕3号", "宁夏护康口罩科技有限公司",
        "91640100MA76XXXX0K", "60,001.00", "陆万零壹元整", "十五日内", "六十日内", "银川市人民政府", "六个月内",
        "2026年3月20日", "书证、电子数据");
    assertThat(embeddedFonts(pdf)).isNotEmpty().allMatch(n -> n.matches("/?[A-Z]{6}\\+.*"));
  }

  @Test
  void thePriorNoticeStatesTheRightsAndTheFiveWorkingDays() throws IOException {
    String withHearing = text(new DocumentRenderer().render(DocumentType.PRIOR_NOTICE,
        data(Map.of("fineAmount", new BigDecimal("150000"))), "银市监罚告〔2026〕1号"));
    assertThat(withHearing).contains("行政处罚告知书", "银市监罚告〔2026〕1号", "陈述、申辩", "听证", "五个工作日内");
    String withoutHearing = text(new DocumentRenderer().render(DocumentType.PRIOR_NOTICE, data(Map.of()),
        "银市监罚告〔2026〕2号"));
    assertThat(withoutHearing).contains("陈述、申辩").doesNotContain("要求听证");
  }

  @Test
  void theReferralLetterIsAddressedToThePoliceOrganTheReferralNamed() throws IOException {
    Map<String, Object> referral = Map.of("suspectedCrime", "生产、销售伪劣产品罪", "crimeFacts", "销售金额达人民币八万元",
        "policeOrgan", "银川市公安局金凤区分局");
    String text = text(new DocumentRenderer().render(DocumentType.CRIMINAL_REFERRAL, data(referral), "银市监移〔2026〕1号"));
    assertThat(text).contains("银川市公安局金凤区分局：", "生产、销售伪劣产品罪", "三日内");
    // without a named organ: the city's public security bureau
    String fallback = text(new DocumentRenderer().render(DocumentType.CRIMINAL_REFERRAL,
        data(Map.of("suspectedCrime", "生产、销售伪劣产品罪", "crimeFacts", "销售金额达人民币八万元")), "银市监移〔2026〕2号"));
    assertThat(fallback).contains("银川市公安局：");
  }

  @Test
  void everyTypeRendersItsTitleAndNumber() throws IOException {
    Map<String, Object> all = Map.of("hearingDate", "2026-04-10", "hearingPlace", "本局三楼听证室",
        "hearingOrganiser", "陈静", "suspectedCrime", "生产、销售伪劣产品罪", "crimeFacts", "销售金额达人民币八万元",
        "salesAmount", 80000, "paidAmount", "60001.00", "decisionNo", "银市监罚决〔2026〕3号");
    for (DocumentType type : DocumentType.values()) {
      DocumentData d = data(all);
      assertThat(DocumentRenderer.missing(type, d)).as(type.name()).isEmpty();
      String number = DocumentNumbers.format("银", type, 2026, 12);
      byte[] pdf = new DocumentRenderer().render(type, d, number);
      if (System.getProperty("caseflow.documents.out") != null) {
        java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("caseflow.documents.out"), type + ".pdf"), pdf);
      }
      String text = text(pdf);
      assertThat(text).as(type.name()).contains(type.title(), number, "宁夏护康口罩科技有限公司");
      assertThat(embeddedFonts(pdf)).as(type.name()).isNotEmpty().allMatch(n -> n.endsWith("+NotoSerifSC-Regular"));
    }
    assertThat(DocumentNumbers.format("银", DocumentType.FILING_APPROVAL, 2026, 3)).isEqualTo("银市监立审〔2026〕3号");
  }

  @Test
  void missingDataIsNamed() {
    DocumentData empty = new DocumentData(new CaseSummary(1L, null, "NX-YC", "FYKZ-2021", "VERIFICATION", "PERSON",
        null, null, null), "银川市市场监督管理局", "银", Map.of(), List.of(), List.of(), LocalDate.of(2026, 3, 2));
    assertThat(DocumentRenderer.missing(DocumentType.PENALTY_DECISION, empty)).extracting(DocumentRenderer.Missing::field)
        .containsExactly("partyName", "facts", "legalBasis", "fineAmount");
    assertThat(DocumentRenderer.missing(DocumentType.HEARING_NOTICE, empty)).extracting(DocumentRenderer.Missing::field)
        .containsExactly("partyName", "hearingDate", "hearingPlace");
    assertThat(DocumentRenderer.missing(DocumentType.CLOSURE_APPROVAL, empty)).extracting(DocumentRenderer.Missing::field)
        .containsExactly("partyName", "caseNo");
    assertThat(DocumentRenderer.missing(DocumentType.DELIVERY_RECEIPT, empty)).extracting(DocumentRenderer.Missing::field)
        .contains("deliveredDocument");
  }

  @Test
  void amountsInChineseCapitals() {
    assertThat(ChineseFormats.upper(new BigDecimal("50000"))).isEqualTo("伍万元整");
    assertThat(ChineseFormats.upper(new BigDecimal("60001"))).isEqualTo("陆万零壹元整");
    assertThat(ChineseFormats.upper(new BigDecimal("1234.56"))).isEqualTo("壹仟贰佰叁拾肆元伍角陆分");
    assertThat(ChineseFormats.upper(new BigDecimal("100000.05"))).isEqualTo("壹拾万元零伍分");
    assertThat(ChineseFormats.upper(new BigDecimal("1005000"))).isEqualTo("壹佰万伍仟元整");
    assertThat(ChineseFormats.upper(new BigDecimal("1000500"))).isEqualTo("壹佰万零伍佰元整");
    assertThat(ChineseFormats.upper(new BigDecimal("0.5"))).isEqualTo("伍角整");
    assertThat(ChineseFormats.upper(new BigDecimal("30000.50"))).isEqualTo("叁万元伍角整");
    assertThat(ChineseFormats.amount(new BigDecimal("30000.5"))).isEqualTo("30,000.50");
  }
}
