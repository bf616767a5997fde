package com.caseflow.typicalcase;

import java.util.regex.Pattern;

/** Publication rules for public texts: natural persons are not named, ID and phone numbers never appear. */
public final class PublicText {

  /** 18-character resident ID (17 digits + digit or X) and 15-digit old IDs. */
  private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");
  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

  private PublicText() {}

  /** Organisation: its name. Natural person: surname + 某 (张三 → 张某). */
  public static String partyDisplay(String partyType, String partyName) {
    if (!"PERSON".equals(partyType)) {
      return partyName;
    }
    return partyName == null || partyName.isBlank() ? "某某" : partyName.trim().substring(0, 1) + "某";
  }

  /** Removes ID numbers, mobile numbers and a natural person's full name from a public text. */
  public static String redact(String text, String partyType, String partyName) {
    if (text == null) {
      return null;
    }
    String out = ID_NUMBER.matcher(text).replaceAll("[已隐去]");
    out = MOBILE.matcher(out).replaceAll("[已隐去]");
    if ("PERSON".equals(partyType) && partyName != null && partyName.trim().length() > 1) {
      out = out.replace(partyName.trim(), partyDisplay(partyType, partyName));
    }
    return out;
  }
}
