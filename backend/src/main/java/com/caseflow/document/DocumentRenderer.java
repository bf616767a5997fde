package com.caseflow.document;

import static com.caseflow.document.ChineseFormats.amount;
import static com.caseflow.document.ChineseFormats.date;
import static com.caseflow.document.ChineseFormats.upper;

import com.caseflow.cases.LeadSource;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the enforcement documents as PDF after the SAMR 2021 format samples: agency name and title
 * centred, document number, party block, body (facts, evidence, legal basis, decision), rights and
 * periods, signature/seal and date. Chinese text uses the Noto Serif SC font shipped under
 * {@code resources/fonts}, embedded (subset) in every PDF.
 */
public class DocumentRenderer {

  static final String FONT = "fonts/NotoSerifSC-Regular-subset.ttf";

  /** A piece of data a document cannot be issued without: the variable name and its message key. */
  public record Missing(String field, String labelKey) {}

  private static volatile BaseFont baseFont;

  private final Font title;
  private final Font agency;
  private final Font body;
  private final Font bold;
  private final Font small;

  public DocumentRenderer() {
    BaseFont bf = font();
    this.title = new Font(bf, 20);
    this.agency = new Font(bf, 16);
    this.body = new Font(bf, 12.5f);
    this.bold = new Font(bf, 12.5f);
    this.small = new Font(bf, 10.5f);
  }

  /** The embedded CJK font, loaded once from the classpath (not from the operating system). */
  static BaseFont font() {
    BaseFont bf = baseFont;
    if (bf == null) {
      synchronized (DocumentRenderer.class) {
        if (baseFont == null) {
          try (InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
              throw new IllegalStateException("font missing from the build: " + FONT);
            }
            byte[] ttf = in.readAllBytes();
            baseFont = BaseFont.createFont("NotoSerifSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                ttf, null);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        bf = baseFont;
      }
    }
    return bf;
  }

  /** What {@code type} needs and {@code data} lacks; empty when the document can be issued. */
  public static List<Missing> missing(DocumentType type, DocumentData d) {
    List<Missing> missing = new ArrayList<>();
    if (!d.has("partyName")) {
      missing.add(new Missing("partyName", "document.field.partyName"));
    }
    switch (type) {
      case FILING_APPROVAL -> { }
      case PRIOR_NOTICE, PENALTY_DECISION -> {
        if (!d.has(FACTS)) {
          missing.add(new Missing("facts", "document.field.facts"));
        }
        if (!d.has("legalBasis")) {
          missing.add(new Missing("legalBasis", "document.field.legalBasis"));
        }
        if (d.money("fineAmount") == null && !d.has("penaltyContent")) {
          missing.add(new Missing("fineAmount", "document.field.penalty"));
        }
      }
      case HEARING_NOTICE -> {
        if (d.date("hearingDate") == null) {
          missing.add(new Missing("hearingDate", "document.field.hearingDate"));
        }
        if (!d.has("hearingPlace")) {
          missing.add(new Missing("hearingPlace", "document.field.hearingPlace"));
        }
      }
      case DELIVERY_RECEIPT -> {
        if (d.issuedDocuments().isEmpty() && !d.has("deliveredDocument")) {
          missing.add(new Missing("deliveredDocument", "document.field.deliveredDocument"));
        }
      }
      case CRIMINAL_REFERRAL -> {
        if (!d.has("suspectedCrime")) {
          missing.add(new Missing("suspectedCrime", "document.field.suspectedCrime"));
        }
        if (!d.has(CRIME_FACTS)) {
          missing.add(new Missing("crimeFacts", "document.field.crimeFacts"));
        }
      }
      case CLOSURE_APPROVAL -> {
        if (!d.has("caseNo")) {
          missing.add(new Missing("caseNo", "document.field.caseNo"));
        }
      }
    }
    return missing;
  }

  static final String[] FACTS = {"facts", "violationFacts", "caseFacts"};
  static final String[] CRIME_FACTS = {"crimeFacts", "facts", "violationFacts"};

  /** The PDF of {@code type} numbered {@code number}; call {@link #missing} first. */
  public byte[] render(DocumentType type, DocumentData d, String number) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setPdfVersion(PdfWriter.VERSION_1_7);
      doc.addTitle(type.title() + " " + number);
      doc.addSubject(d.caseSummary().caseNo() == null ? "" : d.caseSummary().caseNo());
      doc.addCreator("CaseFlow");
      doc.open();
      header(doc, d, type, number);
      switch (type) {
        case FILING_APPROVAL -> filingApproval(doc, d);
        case PRIOR_NOTICE -> priorNotice(doc, d);
        case HEARING_NOTICE -> hearingNotice(doc, d);
        case PENALTY_DECISION -> penaltyDecision(doc, d);
        case DELIVERY_RECEIPT -> deliveryReceipt(doc, d);
        case CRIMINAL_REFERRAL -> criminalReferral(doc, d);
        case CLOSURE_APPROVAL -> closureApproval(doc, d);
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF generation failed for " + type, e);
    }
    return out.toByteArray();
  }

  // ---- common blocks ----

  private void header(Document doc, DocumentData d, DocumentType type, String number) throws DocumentException {
    Paragraph agencyLine = new Paragraph(d.agencyName(), agency);
    agencyLine.setAlignment(Element.ALIGN_CENTER);
    doc.add(agencyLine);
    Paragraph titleLine = new Paragraph(boldChunk(type.title(), title));
    titleLine.setAlignment(Element.ALIGN_CENTER);
    titleLine.setSpacingBefore(6);
    titleLine.setSpacingAfter(8);
    doc.add(titleLine);
    Paragraph numberLine = new Paragraph(number, body);
    numberLine.setAlignment(isForm(type) ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
    numberLine.setSpacingAfter(14);
    doc.add(numberLine);
  }

  private static boolean isForm(DocumentType type) {
    return type == DocumentType.FILING_APPROVAL || type == DocumentType.CLOSURE_APPROVAL
        || type == DocumentType.DELIVERY_RECEIPT;
  }

  private Chunk boldChunk(String text, Font font) {
    Chunk c = new Chunk(text, font);
    c.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, font.getSize() / 40f, null);
    return c;
  }

  private void para(Document doc, String text) throws DocumentException {
    Paragraph p = new Paragraph(22, text, body);
    p.setFirstLineIndent(25);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    p.setSpacingAfter(4);
    doc.add(p);
  }

  private void plain(Document doc, String text) throws DocumentException {
    Paragraph p = new Paragraph(22, text, body);
    p.setSpacingAfter(4);
    doc.add(p);
  }

  private void partyBlock(Document doc, DocumentData d) throws DocumentException {
    boolean person = "PERSON".equals(d.text("partyType"));
    plain(doc, "当事人：" + d.text("partyName"));
    if (person) {
      plain(doc, "身份证件号码：" + or(d.text("partyIdNo"), "　"));
    } else {
      plain(doc, "统一社会信用代码：" + or(d.text("partyUscc"), "　"));
      plain(doc, "法定代表人（负责人）：" + or(d.text("legalRepresentative"), "　"));
    }
    plain(doc, "住所（住址）：" + or(d.text("partyAddress"), "　"));
  }

  private void signature(Document doc, DocumentData d, LocalDate day) throws DocumentException {
    Paragraph seal = new Paragraph(22, d.agencyName() + "（印章）", body);
    seal.setAlignment(Element.ALIGN_RIGHT);
    seal.setSpacingBefore(28);
    doc.add(seal);
    Paragraph dateLine = new Paragraph(22, date(day), body);
    dateLine.setAlignment(Element.ALIGN_RIGHT);
    doc.add(dateLine);
  }

  private void footnote(Document doc, String text) throws DocumentException {
    Paragraph p = new Paragraph(16, text, small);
    p.setSpacingBefore(18);
    doc.add(p);
  }

  private String you(DocumentData d) {
    return "PERSON".equals(d.text("partyType")) ? "你" : "你单位";
  }

  private static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private String penalty(DocumentData d) {
    List<String> items = new ArrayList<>();
    if (d.has("penaltyContent")) {
      items.add(d.text("penaltyContent"));
    }
    BigDecimal fine = d.money("fineAmount");
    if (fine != null && fine.signum() > 0) {
      items.add("罚款人民币" + amount(fine) + "元（大写：" + upper(fine) + "）");
    }
    BigDecimal gains = d.money("illegalGains");
    if (gains != null && gains.signum() > 0) {
      items.add("没收违法所得人民币" + amount(gains) + "元（大写：" + upper(gains) + "）");
    }
    if (d.has("confiscatedItems")) {
      items.add("没收" + d.text("confiscatedItems"));
    }
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      s.append(i + 1).append('.').append(items.get(i)).append(i < items.size() - 1 ? "；" : "");
    }
    return s.toString();
  }

  private String evidence(DocumentData d) {
    if (d.has("evidenceList")) {
      return d.text("evidenceList");
    }
    return d.evidenceKinds().isEmpty() ? "现场检查笔录、询问笔录、检验报告等" : String.join("、", d.evidenceKinds());
  }

  /** 银川市市场监督管理局 → 银川市人民政府 (行政复议法 2023: the government at the same level). */
  static String reconsiderationBody(DocumentData d) {
    if (d.has("reconsiderationBody")) {
      return d.text("reconsiderationBody");
    }
    String name = d.agencyName();
    for (String suffix : new String[] {"市场监督管理局", "市场监督管理厅"}) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length()) + "人民政府";
      }
    }
    return "本级人民政府";
  }

  // ---- the documents ----

  private void filingApproval(Document doc, DocumentData d) throws DocumentException {
    PdfPTable t = table();
    row(t, "案件来源", or(LeadSource.label(d.text("source")), "　"));
    row(t, "线索登记日期", date(d.date("leadDate")));
    row(t, "当事人", d.text("partyName"));
    row(t, "统一社会信用代码（身份证件号码）", or(d.text("partyUscc", "partyIdNo"), "　"));
    row(t, "住所（住址）", or(d.text("partyAddress"), "　"));
    row(t, "法定代表人（负责人）", or(d.text("legalRepresentative"), "　"));
    row(t, "涉案产品", or(d.text("productName"), "　"));
    row(t, "案情摘要", or(d.text("verificationSummary", "description", "facts"), "　"));
    row(t, "立案依据", or(d.text("filingBasis", "legalBasis"),
        "《市场监督管理行政处罚程序规定》第二十条：有证据初步证明存在违反市场监督管理法律、法规、规章的行为，依法应当给予行政处罚，属于本部门管辖，在给予行政处罚的法定期限内"));
    row(t, "承办人意见", "建议立案。\n\n承办人：　　　　　　　　　　年　　月　　日");
    row(t, "办案机构负责人意见", "\n\n签名：　　　　　　　　　　年　　月　　日");
    row(t, "部门负责人审批意见", or(d.text("filingDecisionComment"), "") + "\n\n签名：　　　　　　　　　　年　　月　　日");
    doc.add(t);
  }

  private void priorNotice(Document doc, DocumentData d) throws DocumentException {
    String you = you(d);
    plain(doc, d.text("partyName") + "：");
    String filed = d.date("filingDate") == null ? "" : "本局于" + date(d.date("filingDate")) + "立案调查的";
    para(doc, "经查，" + you + trimEnd(d.text(FACTS)) + "。以上事实有" + evidence(d) + "为证。");
    para(doc, you + "的上述行为违反了" + trimEnd(d.text("legalBasis")) + "的规定。" + filed
        + "依据" + or(d.text("penaltyBasis"), trimEnd(d.text("legalBasis"))) + "的规定，本局拟对" + you + "作出如下行政处罚："
        + penalty(d) + "。");
    boolean hearing = hearingRight(d);
    para(doc, "根据《中华人民共和国行政处罚法》第四十四条、第四十五条" + (hearing ? "、第六十三条、第六十四条" : "")
        + "的规定，" + you + "享有陈述、申辩" + (hearing ? "和要求听证" : "") + "的权利。" + you
        + "如需陈述、申辩" + (hearing ? "或者要求听证" : "") + "，应当在收到本告知书之日起五个工作日内向本局提出；"
        + "逾期未提出的，视为放弃上述权利。");
    para(doc, "本局不因" + you + "陈述、申辩而给予更重的处罚。");
    contact(doc, d);
    signature(doc, d, d.today());
  }

  private boolean hearingRight(DocumentData d) {
    Boolean flag = d.flag("hearingRight");
    if (flag != null) {
      return flag;
    }
    BigDecimal fine = d.money("fineAmount");
    BigDecimal threshold = "PERSON".equals(d.text("partyType")) ? new BigDecimal("10000") : new BigDecimal("100000");
    return fine != null && fine.compareTo(threshold) >= 0;
  }

  private void contact(Document doc, DocumentData d) throws DocumentException {
    plain(doc, "联系人：" + or(d.text("contactPerson"), "　　　　") + "　　联系电话：" + or(d.text("contactPhone"), "　　　　"));
    plain(doc, "联系地址：" + or(d.text("agencyAddress"), "　　　　"));
  }

  private void hearingNotice(Document doc, DocumentData d) throws DocumentException {
    String you = you(d);
    plain(doc, d.text("partyName") + "：");
    String requested = d.date("hearingRequestDate") == null ? "" : "于" + date(d.date("hearingRequestDate"));
    String time = d.has("hearingTime") ? d.text("hearingTime") : "";
    para(doc, "根据" + you + requested + "提出的听证要求，本局决定于" + date(d.date("hearingDate")) + time + "在"
        + d.text("hearingPlace") + "对" + caseName(d) + "举行" + (d.flag("hearingPublic") == Boolean.FALSE ? "不公开" : "公开")
        + "听证，请准时出席。");
    para(doc, "听证主持人：" + or(d.text("hearingOrganiser"), "　　　　") + "　　听证员：" + or(d.text("hearingMembers"), "　　　　")
        + "　　记录员：" + or(d.text("hearingClerk"), "　　　　"));
    para(doc, "根据《市场监督管理行政处罚听证办法》的规定，" + you + "可以亲自参加听证，也可以委托一至二人代理；委托代理人参加听证的，"
        + "应当在听证前向本局提交授权委托书。" + you + "认为听证主持人、听证员或者记录员与本案有直接利害关系或者其他关系可能影响公正听证的，"
        + "有权申请回避，并说明理由。");
    para(doc, you + "无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本局终止听证。");
    contact(doc, d);
    signature(doc, d, d.today());
  }

  private String caseName(DocumentData d) {
    String caseNo = d.text("caseNo");
    return d.text("partyName") + (d.has("productName") ? "涉嫌" + d.text("productName") + "违法" : "") + "一案"
        + (caseNo == null ? "" : "（案件编号：" + caseNo + "）");
  }

  private void penaltyDecision(Document doc, DocumentData d) throws DocumentException {
    partyBlock(doc, d);
    String filed = d.date("filingDate") == null ? "" : "本局于" + date(d.date("filingDate")) + "对当事人立案调查。";
    String source = LeadSource.label(d.text("source"));
    para(doc, (source == null ? "" : "本局在" + source + "中发现当事人涉嫌违法。") + filed + "现已调查终结。");
    para(doc, "经查，当事人" + trimEnd(d.text(FACTS)) + "。");
    para(doc, "上述事实，主要有以下证据证明：" + evidence(d) + "。");
    if (d.has("defenceSummary")) {
      para(doc, "本局于" + or(date(d.date("priorNoticeDate")), "") + "告知当事人拟作出行政处罚的事实、理由、依据及其享有的权利。当事人提出陈述、申辩："
          + trimEnd(d.text("defenceSummary")) + "。经复核，" + or(trimEnd(d.text("defenceReview")), "本局已予以充分考虑") + "。");
    }
    para(doc, "本局认为，当事人的上述行为违反了" + trimEnd(d.text("legalBasis")) + "的规定。"
        + (d.has("discretionReason") ? trimEnd(d.text("discretionReason")) + "。" : "")
        + "依据" + or(d.text("penaltyBasis"), trimEnd(d.text("legalBasis"))) + "的规定，本局决定：" + penalty(d) + "。");
    para(doc, "当事人应当自收到本决定书之日起十五日内，将罚没款缴至" + or(d.text("paymentAccount"), "本决定书所附缴款通知书载明的代收银行")
        + "。到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，"
        + "加处罚款的数额不超出罚款的数额。");
    para(doc, "当事人如不服本行政处罚决定，可以在收到本决定书之日起六十日内依法向" + reconsiderationBody(d)
        + "申请行政复议；也可以在收到本决定书之日起六个月内依法向" + or(d.text("court"), "有管辖权的人民法院")
        + "提起行政诉讼。申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。");
    signature(doc, d, or(d.date("decisionDate"), d.today()));
    footnote(doc, "（本文书一式两份，一份送达当事人，一份归档。）");
  }

  private static LocalDate or(LocalDate value, LocalDate fallback) {
    return value == null ? fallback : value;
  }

  private void deliveryReceipt(Document doc, DocumentData d) throws DocumentException {
    PdfPTable t = table();
    StringBuilder docs = new StringBuilder();
    if (d.has("deliveredDocument")) {
      docs.append(d.text("deliveredDocument"));
    } else {
      for (DocumentData.IssuedDocument issued : d.issuedDocuments()) {
        docs.append(docs.length() == 0 ? "" : "\n").append(issued.title()).append("（").append(issued.number()).append("）");
      }
    }
    row(t, "送达文书名称及文号", docs.toString());
    row(t, "受送达人", d.text("partyName"));
    row(t, "送达地点", or(d.text("deliveryPlace", "partyAddress"), "　"));
    row(t, "送达方式", or(d.text("deliveryMethod"), "直接送达"));
    row(t, "受送达人签名或者盖章", "\n\n　　　　　　　　　　　　　　年　　月　　日");
    row(t, "代收人签名及代收理由", "\n\n　　　　　　　　　　　　　　年　　月　　日");
    row(t, "送达人签名", "\n\n　　　　　　　　　　　　　　年　　月　　日");
    row(t, "见证人签名", "\n\n　　　　　　　　　　　　　　年　　月　　日");
    row(t, "备注", or(d.text("deliveryRemark"), "　"));
    doc.add(t);
    footnote(doc, "注：受送达人拒绝接收的，送达人可以邀请有关基层组织或者所在单位的代表到场，说明情况，在送达回证上记明拒收事由和日期，"
        + "由送达人、见证人签名或者盖章，把文书留在受送达人的住所；也可以采用拍照、录像等方式记录送达过程，即视为送达。");
  }

  private void criminalReferral(Document doc, DocumentData d) throws DocumentException {
    // the referral form names it policeOrgan (judicial-referral, Task_TransferToPolice); receivingOrgan is older data
    String police = or(d.text("policeOrgan"), or(d.text("receivingOrgan"), agencyRegion(d) + "公安局"));
    plain(doc, police + "：");
    para(doc, "本局在查处" + d.text("partyName") + (d.has("caseNo") ? "（案件编号：" + d.text("caseNo") + "）" : "")
        + "案件过程中，发现当事人" + trimEnd(d.text(CRIME_FACTS)) + "。"
        + (d.money("salesAmount") != null ? "经查，涉案销售金额人民币" + amount(d.money("salesAmount")) + "元。" : "")
        + (d.money("goodsValue") != null ? "涉案货值金额人民币" + amount(d.money("goodsValue")) + "元。" : ""));
    para(doc, "本局认为，当事人的行为涉嫌" + trimEnd(d.text("suspectedCrime")) + "。根据《行政执法机关移送涉嫌犯罪案件的规定》第三条的规定，"
        + "现将该案移送你局，请依法审查，并于受理之日起三日内作出立案或者不予立案的决定，书面告知本局。");
    plain(doc, "附件：1.涉嫌犯罪案件情况的调查报告；2.涉案物品清单；3.有关检验报告或者鉴定意见；4.其他有关涉嫌犯罪的材料。");
    signature(doc, d, d.today());
    footnote(doc, "抄送：" + or(d.text("procuratorate"), agencyRegion(d) + "人民检察院"));
  }

  /** 银川市市场监督管理局 → 银川市 */
  private static String agencyRegion(DocumentData d) {
    String name = d.agencyName();
    int i = name.indexOf("市场监督管理");
    return i > 0 ? name.substring(0, i) : "";
  }

  private void closureApproval(Document doc, DocumentData d) throws DocumentException {
    PdfPTable t = table();
    row(t, "案件编号", d.text("caseNo"));
    row(t, "当事人", d.text("partyName"));
    row(t, "立案日期", or(date(d.date("filingDate")), "　"));
    row(t, "处理决定", (d.has("decisionNo") ? "行政处罚决定书文号：" + d.text("decisionNo") + "\n" : "")
        + (d.date("decisionDate") == null ? "" : "决定日期：" + date(d.date("decisionDate")) + "\n")
        + or(emptyToNull(penalty(d)), or(d.text("caseResult"), "　")));
    BigDecimal paid = d.money("paidAmount");
    row(t, "执行情况", or(d.text("executionSummary"),
        paid == null ? "　" : "已缴纳罚没款人民币" + amount(paid) + "元" + (d.date("paidDate") == null ? "" : "（" + date(d.date("paidDate")) + "）")));
    row(t, "结案理由", or(d.text("closureSummary"), "行政处罚决定已执行完毕"));
    row(t, "承办人意见", "建议结案。\n\n承办人：　　　　　　　　　　年　　月　　日");
    row(t, "办案机构负责人意见", "\n\n签名：　　　　　　　　　　年　　月　　日");
    row(t, "部门负责人审批意见", "\n\n签名：　　　　　　　　　　年　　月　　日");
    doc.add(t);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private PdfPTable table() throws DocumentException {
    PdfPTable t = new PdfPTable(new float[] {1.2f, 3.8f});
    t.setWidthPercentage(100);
    return t;
  }

  private void row(PdfPTable t, String label, String value) {
    PdfPCell l = new PdfPCell(new Phrase(label, body));
    l.setPadding(6);
    l.setHorizontalAlignment(Element.ALIGN_CENTER);
    l.setVerticalAlignment(Element.ALIGN_MIDDLE);
    PdfPCell v = new PdfPCell(new Phrase(value == null || value.isEmpty() ? "　" : value, body));
    v.setPadding(6);
    v.setMinimumHeight(26);
    t.addCell(l);
    t.addCell(v);
  }

  private static String trimEnd(String s) {
    if (s == null) {
      return "";
    }
    String r = s.strip();
    while (!r.isEmpty() && "。.；;，,".indexOf(r.charAt(r.length() - 1)) >= 0) {
      r = r.substring(0, r.length() - 1);
    }
    return r;
  }
}
