package org.employmentmonitor.ingest.id;

/**
 * 统一社会信用代码, GB 32100-2015 (SPEC 2.1): 18 characters from {@link #ALPHABET}; the 18th is the check
 * character over weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 of the first 17, check
 * value = (31 - sum mod 31) mod 31. Values are upper-cased before validation (SPEC 9).
 */
public final class CreditCode {
  /** The 31 characters of the code, in value order (no I, O, S, V, Z). */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private CreditCode() {}

  /** Check character for the first 17 characters (each from {@link #ALPHABET}). */
  public static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * The code {@code value} (trimmed, half-width) stands for, with its ASCII letters upper-cased
   * (SPEC 9), or null when it is not 18 characters of ASCII letters and digits. Length and
   * characters are checked before any case folding, and only {@code a-z} are folded: Java's {@code
   * toUpperCase} turns some single characters into two ({@code ﬀ}, U+FB00, into {@code FF}), which
   * would make a 17-character value 18 long (issue 27).
   */
  public static String fold(String value) {
    if (value.length() != 18) {
      return null;
    }
    char[] out = new char[18];
    for (int i = 0; i < 18; i++) {
      char c = value.charAt(i);
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - 'a' + 'A');
      } else if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
        return null;
      }
      out[i] = c;
    }
    return new String(out);
  }

  /** Returns null when {@code value} (trimmed, half-width) is a valid code, else the reason. */
  public static String validate(String value) {
    if (value.length() != 18) {
      return "must have 18 characters";
    }
    for (int i = 0; i < 18; i++) {
      char c = value.charAt(i);
      if (ALPHABET.indexOf(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c) < 0) {
        return "character "
            + (i + 1)
            + " is not allowed (GB 32100 uses 0-9 and A-Y without I, O, S, V, Z)";
      }
    }
    String upper = fold(value);
    if (checkCharacter(upper) != upper.charAt(17)) {
      return "check character does not match (GB 32100): a character is mistyped";
    }
    return null;
  }
}
