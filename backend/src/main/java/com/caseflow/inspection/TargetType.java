package com.caseflow.inspection;

/** Kinds of inspection targets in the directory (检查对象类型); {@code subject} is what a lead names as product/service. */
public enum TargetType {
  EYEGLASS_FITTING("眼镜制配场所", "眼镜制配计量器具"),
  MASK_PRODUCER("口罩生产企业", "非医用口罩"),
  BABY_PRODUCTS_SELLER("婴童用品经营户", "婴童用品"),
  TESTING_INSTITUTION("检验检测机构", "检验检测服务");

  public final String label;
  public final String subject;

  TargetType(String label, String subject) {
    this.label = label;
    this.subject = subject;
  }

  /** By code (EYEGLASS_FITTING) or Chinese label (眼镜制配场所); null when unknown. */
  public static TargetType parse(String value) {
    if (value == null) {
      return null;
    }
    for (TargetType t : values()) {
      if (t.name().equalsIgnoreCase(value.trim()) || t.label.equals(value.trim())) {
        return t;
      }
    }
    return null;
  }
}
