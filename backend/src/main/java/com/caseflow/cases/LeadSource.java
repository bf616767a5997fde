package com.caseflow.cases;

/** Where a lead came from (domain.md §2.1), with the name documents and the audit trail use. */
public enum LeadSource {
  SPOT_CHECK("监督抽查"),
  COMPLAINT("投诉举报"),
  AD_MONITORING("广告监测"),
  INSPECTION("监督检查"),
  ONLINE_MONITORING("网络监测"),
  DEPARTMENT_REFERRAL("其他部门移送"),
  SUPERIOR_ASSIGNED("上级交办");

  private final String label;

  LeadSource(String label) {
    this.label = label;
  }

  /** The Chinese name of a source code; an unknown code as it is, null for null. */
  public static String label(String code) {
    if (code == null) {
      return null;
    }
    for (LeadSource s : values()) {
      if (s.name().equals(code)) {
        return s.label;
      }
    }
    return code;
  }
}
