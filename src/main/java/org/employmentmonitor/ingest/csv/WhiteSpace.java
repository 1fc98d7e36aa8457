package org.employmentmonitor.ingest.csv;

/**
 * The white space SPEC 2 trims from values: ASCII white space and control characters, the
 * ideographic space U+3000, NBSP and a stray BOM. One definition for the reader (a line of only
 * these is blank) and for {@code validate.Normalizer} (which trims them from both ends of a value).
 */
public final class WhiteSpace {
  private WhiteSpace() {}

  public static boolean isTrimmable(char c) {
    return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }
}
