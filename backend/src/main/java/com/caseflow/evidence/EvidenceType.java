package com.caseflow.evidence;

/** The eight kinds of evidence of the Administrative Penalty Law (行政处罚法 Art. 46). */
public enum EvidenceType {
  DOCUMENTARY("书证"),
  PHYSICAL("物证"),
  AUDIOVISUAL("视听资料"),
  ELECTRONIC("电子数据"),
  WITNESS("证人证言"),
  PARTY_STATEMENT("当事人陈述"),
  EXPERT_OPINION("鉴定意见"),
  INSPECTION_RECORD("勘验笔录、现场笔录");

  private final String label;

  EvidenceType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The type for an enum code; null when unknown. */
  public static EvidenceType parse(String code) {
    if (code == null) {
      return null;
    }
    for (EvidenceType t : values()) {
      if (t.name().equals(code.trim())) {
        return t;
      }
    }
    return null;
  }
}
