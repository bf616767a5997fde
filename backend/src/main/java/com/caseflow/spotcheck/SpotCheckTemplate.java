package com.caseflow.spotcheck;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The CSV import template: one header per {@link SampleField} and one example row. */
final class SpotCheckTemplate {

  private SpotCheckTemplate() {}

  static String csv() {
    String header = Arrays.stream(SampleField.values()).map(SampleField::templateHeader).collect(Collectors.joining(","));
    String example = String.join(",", "FYKZ-2021", "银川某某劳保用品有限公司", exampleUscc(),
        "日常防护型口罩", "某某", "平面耳挂式", "20210801", "GB/T 32610-2016", "宁夏回族自治区产品质量检验研究院",
        "NX-2021-KZ-0001", "不合格", "过滤效率", "电子商务", "2021-08-15", "否");
    return header + "\r\n" + example + "\r\n";
  }

  private static String exampleUscc() {
    return com.caseflow.cases.Uscc.withCheck("91640100MA76ABCDE");
  }
}
