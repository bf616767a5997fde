package com.caseflow.cases;

import java.util.Map;

/**
 * The stages a case goes through ({@code cf_case.stage}), set by the models through {@code caseStage.enter} and read
 * by the lists, the dashboards and the UI (which has a label for each): one vocabulary, so a model naming a stage
 * that is not here fails at that step instead of writing a stage no list can filter or show.
 */
public final class CaseStages {

  /** Each stage with its Chinese name (reports; the UI has its own labels in both languages). */
  public static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("LEAD", "线索登记"), Map.entry("VERIFICATION", "核查"), Map.entry("FILING_APPROVAL", "立案审批"),
      Map.entry("INVESTIGATION", "调查取证"), Map.entry("LEGAL_REVIEW", "法制审核"), Map.entry("APPROVAL", "审批"),
      Map.entry("PRIOR_NOTICE", "告知"), Map.entry("HEARING", "听证"), Map.entry("DECISION", "处罚决定"),
      Map.entry("EXECUTION", "执行"), Map.entry("CLOSURE", "结案审批"), Map.entry("CLOSED", "已结案"),
      Map.entry("NOT_FILED", "不予立案"), Map.entry("REFERRED", "已移送"), Map.entry("SIMPLIFIED", "简易程序"));

  private CaseStages() {}

  public static boolean known(String stage) {
    return NAMES.containsKey(stage);
  }
}
