package org.employmentmonitor.generator;

import java.time.LocalDate;

/** Allocation-light formatting of the numbers and dates that fill millions of cells. */
final class Text {
  private Text() {}

  /** yyyyMMdd. */
  static void appendDate(StringBuilder sb, int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    sb.append(d.getYear());
    pad2(sb, d.getMonthValue());
    pad2(sb, d.getDayOfMonth());
  }

  static void pad2(StringBuilder sb, int v) {
    if (v < 10) {
      sb.append('0');
    }
    sb.append(v);
  }

  static String padded(long v, int width) {
    String s = Long.toString(v);
    if (s.length() >= width) {
      return s;
    }
    return "0".repeat(width - s.length()) + s;
  }

  /** Folds ASCII digits and letters to their full-width forms (what some IMEs type). */
  static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ascii = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      sb.append(ascii ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return sb.toString();
  }
}
