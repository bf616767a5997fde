package com.caseflow.document;

/**
 * The enforcement documents (执法文书) CaseFlow generates, after the SAMR 2021 format samples. The
 * abbreviation goes into the document number: {@code 银市监立审〔2026〕3号}.
 */
public enum DocumentType {
  FILING_APPROVAL("立案审批表", "立审"),
  PRIOR_NOTICE("行政处罚告知书", "罚告"),
  HEARING_NOTICE("听证通知书", "听通"),
  PENALTY_DECISION("行政处罚决定书", "罚决"),
  DELIVERY_RECEIPT("送达回证", "送达"),
  CRIMINAL_REFERRAL("涉嫌犯罪案件移送书", "移送"),
  CLOSURE_APPROVAL("结案审批表", "结审");

  private final String title;
  private final String abbreviation;

  DocumentType(String title, String abbreviation) {
    this.title = title;
    this.abbreviation = abbreviation;
  }

  public String title() {
    return title;
  }

  public String abbreviation() {
    return abbreviation;
  }

  /** The type for a code; null when unknown. */
  public static DocumentType parse(String code) {
    if (code == null) {
      return null;
    }
    for (DocumentType t : values()) {
      if (t.name().equals(code.trim())) {
        return t;
      }
    }
    return null;
  }
}
