package org.employmentmonitor.ingest.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * 公民身份号码, GB 11643-1999 (SPEC 2.1): 17 digits and a check character over weights
 * 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2; digits 7–14 are the birth date, digit 17 odd for men.
 *
 * <p>{@link #parse} takes a value already trimmed and folded to half-width and returns the
 * canonical 18-character number (upper-case {@code X}; a 15-digit legacy number upgraded) or a
 * reason why it is invalid. Values never leave this class in messages: the reasons say what is
 * wrong, not what the number was.
 */
public final class IdNumber {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /** A birth year before this is not a real one (a mistyped number), issue 27. */
  public static final int EARLIEST_BIRTH_YEAR = 1900;

  private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE][+-]?[0-9]+");

  private IdNumber() {}

  /** The outcome of {@link #parse}: either {@code canonical} or {@code error} is set. */
  public record Result(String canonical, LocalDate birthDate, boolean male, String error) {
    public boolean valid() {
      return error == null;
    }

    static Result invalid(String error) {
      return new Result(null, null, false, error);
    }
  }

  /** Check character for the first 17 digits (each '0'..'9'). */
  public static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /**
   * Validates an ID number against its extract month.
   *
   * @param value trimmed, half-width value (never null)
   * @param latestBirthDate the last day of the extract month: a birth date after it is invalid
   */
  public static Result parse(String value, LocalDate latestBirthDate) {
    String v = value;
    if (SCIENTIFIC.matcher(v).matches()) {
      return Result.invalid(
          "looks like Excel scientific notation (e.g. 5.00118E+17): the digits are lost; "
              + "re-export the column formatted as text");
    }
    if (v.length() == 15) {
      if (!allDigits(v, 15)) {
        return Result.invalid("a 15-digit legacy number must be all digits");
      }
      String first17 = v.substring(0, 6) + "19" + v.substring(6, 15);
      v = first17 + checkCharacter(first17);
    } else if (v.length() == 18) {
      char last = v.charAt(17);
      if (last == 'x') {
        v = v.substring(0, 17) + 'X';
        last = 'X';
      }
      if (!allDigits(v, 17) || !(last == 'X' || (last >= '0' && last <= '9'))) {
        return Result.invalid("must be 17 digits followed by a digit or X");
      }
      if (checkCharacter(v) != last) {
        return Result.invalid("check character does not match (GB 11643): a digit is mistyped");
      }
    } else {
      return Result.invalid("must have 18 characters (or 15 digits for a legacy number)");
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(v, 6, 10, 10),
              Integer.parseInt(v, 10, 12, 10),
              Integer.parseInt(v, 12, 14, 10));
    } catch (DateTimeException e) {
      return Result.invalid("digits 7-14 are not a real birth date");
    }
    if (birth.getYear() < EARLIEST_BIRTH_YEAR) {
      // Issue 27: LocalDate knows a year 0 and any year before; a resident born before 1900
      // would be over 120 and is a mistyped number (python-stdnum refuses these too).
      return Result.invalid("birth year (digits 7-10) is before " + EARLIEST_BIRTH_YEAR);
    }
    if (birth.isAfter(latestBirthDate)) {
      return Result.invalid("birth date (digits 7-14) is after the extract month");
    }
    boolean male = (v.charAt(16) - '0') % 2 == 1;
    return new Result(v, birth, male, null);
  }

  private static boolean allDigits(String s, int n) {
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
