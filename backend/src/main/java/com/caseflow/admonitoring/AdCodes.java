package com.caseflow.admonitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The code lists of ad monitoring: product categories (三品一械 and education), violation types, key periods. */
public final class AdCodes {

  private AdCodes() {}

  /** 医疗、药品、保健食品、医疗器械 (三品一械) and 教育培训 ads. */
  public enum Category {
    MEDICAL("医疗", "Medical services"),
    DRUG("药品", "Drugs"),
    HEALTH_FOOD("保健食品", "Health food"),
    MEDICAL_DEVICE("医疗器械", "Medical devices"),
    EDUCATION("教育培训", "Education and training");

    public final String label;
    public final String labelEn;

    Category(String label, String labelEn) {
      this.label = label;
      this.labelEn = labelEn;
    }
  }

  /** What the monitoring found; NONE = no violation (the record still counts in the figures). */
  public enum Violation {
    FAKE_EXPERT("冒充专家推荐", "Impersonating experts"),
    DISGUISED_HEALTH_ADVICE("以健康养生知识变相发布广告", "Ads disguised as health advice"),
    INSTITUTION_ENDORSEMENT("利用科研教育机构作推荐证明", "Endorsement by research/education institutions"),
    FALSE_CLAIM("虚假宣传", "False claims"),
    NONE("无违法", "No violation");

    public final String label;
    public final String labelEn;

    Violation(String label, String labelEn) {
      this.label = label;
      this.labelEn = labelEn;
    }
  }

  /** The key periods of the seed notice (6·18、双11、儿童节、寒暑假、开学季); their dates live in cf_ad_key_period. */
  public enum KeyPeriod {
    JUNE_18("6·18", "6.18 shopping festival"),
    DOUBLE_11("双11", "Double 11"),
    CHILDRENS_DAY("儿童节", "Children's Day"),
    SCHOOL_BREAK("寒暑假", "School holidays"),
    SCHOOL_START("开学季", "Start of school term");

    public final String label;
    public final String labelEn;

    KeyPeriod(String label, String labelEn) {
      this.label = label;
      this.labelEn = labelEn;
    }
  }

  /** By code or Chinese label (also 无/否 for NONE); null when unknown. */
  static Category category(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    return Arrays.stream(Category.values()).filter(c -> c.name().equalsIgnoreCase(v) || c.label.equals(v))
        .findFirst().orElse(null);
  }

  static Violation violation(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.equals("无") || v.equals("否") || v.equals("未发现")) {
      return Violation.NONE;
    }
    return Arrays.stream(Violation.values()).filter(c -> c.name().equalsIgnoreCase(v) || c.label.equals(v))
        .findFirst().orElse(null);
  }

  static KeyPeriod keyPeriod(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    return Arrays.stream(KeyPeriod.values()).filter(c -> c.name().equalsIgnoreCase(v) || c.label.equals(v))
        .findFirst().orElse(null);
  }

  public record Code(String code, String label, String labelEn) {}

  static Map<String, List<Code>> all() {
    return Map.of(
        "categories", Arrays.stream(Category.values()).map(c -> new Code(c.name(), c.label, c.labelEn)).toList(),
        "violationTypes", Arrays.stream(Violation.values()).map(c -> new Code(c.name(), c.label, c.labelEn)).toList(),
        "keyPeriods", Arrays.stream(KeyPeriod.values()).map(c -> new Code(c.name(), c.label, c.labelEn)).toList());
  }
}
