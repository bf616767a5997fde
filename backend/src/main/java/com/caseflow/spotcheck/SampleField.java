package com.caseflow.spotcheck;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a spot-check result file: the key used in row errors and the API, whether it is
 * required, its maximum length and the header texts accepted for it (Chinese first, then English).
 */
public enum SampleField {
  CAMPAIGN_CODE("campaignCode", true, 32, "专项行动编号", "专项行动", "专项行动代码", "行动编号", "campaign", "campaign code"),
  ENTERPRISE_NAME("enterpriseName", true, 200, "被抽样单位名称", "被抽样单位", "企业名称", "受检单位", "enterprise",
      "enterprise name", "sampled enterprise"),
  USCC("uscc", true, 18, "统一社会信用代码", "社会信用代码", "信用代码", "uscc", "credit code", "unified social credit code"),
  PRODUCT_NAME("productName", true, 200, "产品名称", "样品名称", "product", "product name"),
  BRAND("brand", false, 100, "商标", "品牌", "brand", "trademark"),
  MODEL("model", false, 100, "规格型号", "型号", "规格", "model"),
  BATCH_NO("batchNo", false, 100, "生产日期/批号", "批号", "生产批号", "生产日期或批号", "batch", "batch no", "batch number"),
  STANDARD_CODE("standardCode", true, 100, "执行标准", "检验依据", "标准", "standard", "standard code"),
  LAB_NAME("labName", true, 200, "检验机构", "承检机构", "检验机构名称", "lab", "lab name", "laboratory"),
  REPORT_NO("reportNo", true, 100, "检验报告编号", "报告编号", "报告号", "report no", "report number", "report"),
  RESULT("result", true, 20, "检验结论", "检验结果", "结论", "result", "test result"),
  NON_CONFORMING_ITEMS("nonConformingItems", false, 1000, "不合格项目", "不合格项", "non-conforming items",
      "nonconforming items", "failed items"),
  SAMPLING_PLACE("samplingPlace", true, 32, "抽样场所类型", "抽样场所", "抽样地点类型", "sampling place", "place"),
  SAMPLING_DATE("samplingDate", true, 20, "抽样日期", "抽样时间", "sampling date", "date sampled"),
  VIOLATION_SHOWN("violationShown", false, 10, "是否显示违法行为", "显示违法行为", "涉嫌违法", "是否涉嫌违法",
      "violation shown", "violation");

  private final String key;
  private final boolean required;
  private final int maxLength;
  private final List<String> headers;

  SampleField(String key, boolean required, int maxLength, String... headers) {
    this.key = key;
    this.required = required;
    this.maxLength = maxLength;
    this.headers = List.of(headers);
  }

  public String key() {
    return key;
  }

  public boolean required() {
    return required;
  }

  public int maxLength() {
    return maxLength;
  }

  /** The Chinese header written into the template. */
  public String templateHeader() {
    return headers.get(0);
  }

  private static final Map<String, SampleField> BY_HEADER = new HashMap<>();

  static {
    for (SampleField f : values()) {
      BY_HEADER.put(normalise(f.key), f);
      for (String h : f.headers) {
        BY_HEADER.put(normalise(h), f);
      }
    }
  }

  /** The field a header text names, or null. Ignores case, blanks, a required-marker "*" and full-width forms. */
  public static SampleField byHeader(String header) {
    return header == null ? null : BY_HEADER.get(normalise(header));
  }

  static String normalise(String header) {
    String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '*' || c == '_' || c == '\uFEFF' || c == ':' || c == '(' || c == ')') {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
