package com.caseflow.cases;

/** 统一社会信用代码 (GB 32100-2015): 18 characters, the last a mod-31 check character. */
public final class Uscc {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private Uscc() {}

  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(code.charAt(i));
      if (v < 0) {
        return false;
      }
      sum += v * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check) == code.charAt(17);
  }

  /**
   * A search text that is shaped like a USCC (18 letters and digits), upper-cased for an exact match; null for any
   * other text. The check character is not required: a search should find a mistyped code on file too.
   */
  public static String asSearched(String text) {
    return text != null && text.matches("[0-9A-Za-z]{18}") ? text.toUpperCase(java.util.Locale.ROOT) : null;
  }

  /** The code with its check character computed from the first 17 characters (test and demo data). */
  public static String withCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return first17 + ALPHABET.charAt(check == 31 ? 0 : check);
  }
}
