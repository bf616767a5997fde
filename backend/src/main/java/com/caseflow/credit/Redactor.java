package com.caseflow.credit;

import java.util.regex.Pattern;

/**
 * Removes personal data from what is published (《市场监督管理行政处罚信息公示规定》): resident ID numbers,
 * mobile and landline numbers, bank card numbers, and the given name of a natural-person party.
 */
public final class Redactor {

  private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");
  private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3}-)\\d{7,8}(?!\\d)");
  private static final Pattern BANK_CARD = Pattern.compile("(?<!\\d)(\\d{4})\\d{8,11}(\\d{4})(?!\\d)");

  private Redactor() {}

  public static String text(String s) {
    if (s == null) {
      return null;
    }
    String out = ID_CARD.matcher(s).replaceAll("$1********$2");
    out = MOBILE.matcher(out).replaceAll("$1****$2");
    out = LANDLINE.matcher(out).replaceAll("$1********");
    return BANK_CARD.matcher(out).replaceAll("$1********$2");
  }

  /**
   * An organisation (it has a USCC) is published by name; a natural person by surname only (张某某).
   * Names with a two-character compound surname keep their first character only.
   */
  public static String partyName(String name, String uscc) {
    if (name == null || name.isBlank() || (uscc != null && !uscc.isBlank())) {
      return name;
    }
    String n = name.strip();
    return n.substring(0, n.offsetByCodePoints(0, 1)) + "某某";
  }
}
