package org.employmentmonitor.ingest.validate;

import org.employmentmonitor.ingest.csv.WhiteSpace;

/**
 * Value clean-up of SPEC 2 and 9: trim ASCII whitespace, the ideographic space U+3000, NBSP and
 * stray BOMs ({@link WhiteSpace}) from both ends, and fold full-width digits and letters (not
 * punctuation) to half-width. The common case — a short ASCII value with nothing to do — returns
 * the same string after one scan.
 */
public final class Normalizer {
  private Normalizer() {}

  private static boolean isFullWidthAlnum(char c) {
    return (c >= '\uFF10' && c <= '\uFF19')
        || (c >= '\uFF21' && c <= '\uFF3A')
        || (c >= '\uFF41' && c <= '\uFF5A');
  }

  /** Trimmed and folded value; the empty string for a blank one (never null for non-null in). */
  public static String clean(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && WhiteSpace.isTrimmable(s.charAt(start))) {
      start++;
    }
    while (end > start && WhiteSpace.isTrimmable(s.charAt(end - 1))) {
      end--;
    }
    boolean fold = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '\uFF10' && isFullWidthAlnum(c)) {
        fold = true;
        break;
      }
    }
    if (!fold) {
      return (start == 0 && end == s.length()) ? s : s.substring(start, end);
    }
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      out[i - start] = isFullWidthAlnum(c) ? (char) (c - 0xFEE0) : c;
    }
    return new String(out);
  }
}
