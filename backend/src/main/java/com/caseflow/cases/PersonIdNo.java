package com.caseflow.cases;

import java.util.regex.Pattern;

/**
 * A natural person's identity document number as a lead gives it: a resident identity card number (GB 11643-1999:
 * 17 digits and an ISO 7064 MOD 11-2 check character, so a mistyped digit is caught like a USCC's), an old 15-digit
 * card, or another document's number (passport, permits for Hong Kong, Macao and Taiwan residents: letters, digits,
 * brackets and hyphens).
 */
public final class PersonIdNo {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final Pattern RESIDENT = Pattern.compile("\\d{17}[\\dXx]");
  private static final Pattern OLD_RESIDENT = Pattern.compile("\\d{15}");
  private static final Pattern OTHER = Pattern.compile("[A-Za-z][A-Za-z0-9()（）-]{4,31}");

  private PersonIdNo() {}

  public static boolean isValid(String idNo) {
    if (idNo == null) {
      return false;
    }
    String s = idNo.strip();
    if (RESIDENT.matcher(s).matches()) {
      int sum = 0;
      for (int i = 0; i < 17; i++) {
        sum += (s.charAt(i) - '0') * WEIGHTS[i];
      }
      return Character.toUpperCase(s.charAt(17)) == CHECK.charAt(sum % 11);
    }
    return OLD_RESIDENT.matcher(s).matches() || OTHER.matcher(s).matches();
  }
}
