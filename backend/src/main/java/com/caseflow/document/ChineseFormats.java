package com.caseflow.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.LocalDate;

/** Dates and amounts as Chinese official documents write them. */
public final class ChineseFormats {

  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] UNITS = {"", "拾", "佰", "仟"};
  private static final String[] SECTIONS = {"", "万", "亿", "万亿"};

  private ChineseFormats() {}

  /** 2026年3月5日 */
  public static String date(LocalDate d) {
    return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** 50,000.00 */
  public static String amount(BigDecimal v) {
    return new DecimalFormat("#,##0.00").format(v.setScale(2, RoundingMode.HALF_UP));
  }

  /** 人民币大写: 50000 → 伍万元整, 1234.56 → 壹仟贰佰叁拾肆元伍角陆分 */
  public static String upper(BigDecimal value) {
    BigDecimal v = value.setScale(2, RoundingMode.HALF_UP);
    if (v.signum() < 0) {
      return "负" + upper(v.negate());
    }
    long yuan = v.longValue();
    int cents = v.subtract(BigDecimal.valueOf(yuan)).movePointRight(2).intValue();
    StringBuilder out = new StringBuilder();
    if (yuan == 0) {
      out.append(cents == 0 ? "零元" : "");
    } else {
      out.append(integer(yuan)).append("元");
    }
    int jiao = cents / 10;
    int fen = cents % 10;
    if (cents == 0) {
      out.append("整");
    } else {
      if (jiao > 0) {
        out.append(DIGITS.charAt(jiao)).append("角");
      } else if (yuan > 0) {
        out.append("零");
      }
      if (fen > 0) {
        out.append(DIGITS.charAt(fen)).append("分");
      } else {
        out.append("整");
      }
    }
    return out.toString();
  }

  private static String integer(long n) {
    StringBuilder out = new StringBuilder();
    int section = 0;
    boolean needZero = false;
    while (n > 0) {
      int part = (int) (n % 10000);
      StringBuilder s = new StringBuilder();
      if (part > 0) {
        s.append(fourDigits(part));
        s.append(SECTIONS[section]);
        if (needZero) {
          s.append('零');
        }
        needZero = part < 1000;
      } else if (out.length() > 0 && out.charAt(0) != '零') {
        needZero = true;
      }
      out.insert(0, s);
      n /= 10000;
      section++;
    }
    String r = out.toString();
    return r.startsWith("零") ? r.substring(1) : r;
  }

  private static String fourDigits(int n) {
    StringBuilder s = new StringBuilder();
    boolean zero = false;
    for (int i = 3; i >= 0; i--) {
      int d = (n / (int) Math.pow(10, i)) % 10;
      if (d == 0) {
        zero = s.length() > 0;
      } else {
        if (zero) {
          s.append('零');
          zero = false;
        }
        s.append(DIGITS.charAt(d)).append(UNITS[i]);
      }
    }
    return s.toString();
  }
}
