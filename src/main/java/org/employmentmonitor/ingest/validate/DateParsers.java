package org.employmentmonitor.ingest.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The date and month formats of SPEC 2, parsed by hand (no DateTimeFormatter per value): dates
 * {@code yyyy-MM-dd}, {@code yyyy/M/d}, {@code yyyyMMdd}, {@code yyyy年M月d日}; months {@code
 * yyyy-MM}, {@code yyyyMM}, {@code yyyy/M}, {@code yyyy年M月}. Anything else, or a calendar date that
 * does not exist, gives null.
 */
public final class DateParsers {
  private DateParsers() {}

  /** A date in one of the four formats, or null. */
  public static LocalDate date(String s) {
    int n = s.length();
    if (n == 8 && digits(s, 0, 8)) {
      return of(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
    }
    if (n < 8 || !digits(s, 0, 4)) {
      return null;
    }
    char sep = s.charAt(4);
    int year = num(s, 0, 4);
    if (sep == '-') {
      // yyyy-MM-dd: two-digit month and day.
      if (n == 10 && s.charAt(7) == '-' && digits(s, 5, 7) && digits(s, 8, 10)) {
        return of(year, num(s, 5, 7), num(s, 8, 10));
      }
      return null;
    }
    if (sep == '/') {
      int slash = s.indexOf('/', 5);
      if (slash < 0 || !oneOrTwoDigits(s, 5, slash) || !oneOrTwoDigits(s, slash + 1, n)) {
        return null;
      }
      return of(year, num(s, 5, slash), num(s, slash + 1, n));
    }
    if (sep == '年') {
      int m = s.indexOf('月', 5);
      if (m < 0 || s.charAt(n - 1) != '日') {
        return null;
      }
      if (!oneOrTwoDigits(s, 5, m) || !oneOrTwoDigits(s, m + 1, n - 1)) {
        return null;
      }
      return of(year, num(s, 5, m), num(s, m + 1, n - 1));
    }
    return null;
  }

  /** A month in one of the four formats, or null. */
  public static YearMonth month(String s) {
    int n = s.length();
    if (n < 6 || !digits(s, 0, 4)) {
      return null;
    }
    int year = num(s, 0, 4);
    if (n == 6 && digits(s, 4, 6)) {
      return ym(year, num(s, 4, 6));
    }
    char sep = s.charAt(4);
    if (sep == '-') {
      return n == 7 && digits(s, 5, 7) ? ym(year, num(s, 5, 7)) : null;
    }
    if (sep == '/') {
      return oneOrTwoDigits(s, 5, n) ? ym(year, num(s, 5, n)) : null;
    }
    if (sep == '年' && s.charAt(n - 1) == '月') {
      return oneOrTwoDigits(s, 5, n - 1) ? ym(year, num(s, 5, n - 1)) : null;
    }
    return null;
  }

  private static LocalDate of(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static YearMonth ym(int y, int m) {
    return m >= 1 && m <= 12 ? YearMonth.of(y, m) : null;
  }

  private static boolean oneOrTwoDigits(String s, int from, int to) {
    int len = to - from;
    return (len == 1 || len == 2) && digits(s, from, to);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
