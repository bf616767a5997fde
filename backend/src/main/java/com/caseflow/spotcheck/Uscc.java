package com.caseflow.spotcheck;

/**
 * 统一社会信用代码 check (GB 32100-2015): 18 characters of the code alphabet, the last a mod-31 check
 * character. Kept here until the cases feature's USCC check is shared.
 */
final class Uscc {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private Uscc() {}

  static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return checkChar(code.substring(0, 17)) == code.charAt(17);
  }

  /** The check character for the first 17 characters. */
  static char checkChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check);
  }
}
