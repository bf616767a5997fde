package com.caseflow.security;

import java.util.List;

/** The Camunda groups the models and the API rely on (processes/CONTRACT.md). */
public final class Groups {

  public static final String OFFICERS = "officers";
  public static final String UNIT_HEADS = "unit-heads";
  public static final String LEGAL_REVIEWERS = "legal-reviewers";
  public static final String AGENCY_HEADS = "agency-heads";
  public static final String CREDIT_OFFICERS = "credit-officers";
  public static final String QUALITY_OFFICERS = "quality-officers";
  public static final String MANAGERS = "managers";
  public static final String MODELERS = "modelers";
  public static final String ADMIN = "camunda-admin";

  /** id, Chinese name: created on every start when missing (they are part of the system, not demo data). */
  public static final List<String[]> ALL = List.of(
      new String[] {OFFICERS, "执法人员"},
      new String[] {UNIT_HEADS, "办案机构负责人"},
      new String[] {LEGAL_REVIEWERS, "法制审核人员"},
      new String[] {AGENCY_HEADS, "局负责人"},
      new String[] {CREDIT_OFFICERS, "信用监管人员"},
      new String[] {QUALITY_OFFICERS, "质量监督人员"},
      new String[] {MANAGERS, "管理人员"},
      new String[] {MODELERS, "流程建模人员"},
      new String[] {ADMIN, "系统管理员"});

  /** Groups that handle cases: they work tasks and start processes. */
  public static final List<String> CASE_WORKERS =
      List.of(OFFICERS, UNIT_HEADS, LEGAL_REVIEWERS, AGENCY_HEADS, CREDIT_OFFICERS, QUALITY_OFFICERS);

  private Groups() {}
}
