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
   * Returns null when {@code upper} (trimmed, half-width, upper-cased) is a valid code, else the
   * reason.
   */
  public static String validate(String upper) {
    if (upper.length() != 18) {
      return "must have 18 characters";
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(upper.charAt(i)) < 0) {
        return "character "
            + (i + 1)
            + " is not allowed (GB 32100 uses 0-9 and A-Y without I, O, S, V, Z)";
      }
    }
    if (checkCharacter(upper) != upper.charAt(17)) {
      return "check character does not match (GB 32100): a character is mistyped";
    }
    return null;
  }
}
