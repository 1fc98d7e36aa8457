package org.employmentmonitor.ingest;

import java.util.List;

/**
 * Bounded text for log lines and messages (issue 18): a header of thousands of columns or a folder
 * of thousands of stray files must not make one line of megabytes. Lists are cut after a number of
 * items, long texts after a number of characters, each with a count of what was left out.
 */
public final class LogText {
  /** Items of a list shown in one line. */
  public static final int MAX_ITEMS = 20;

  /** Characters of one item or text shown. */
  public static final int MAX_CHARS = 200;

  private LogText() {}

  /** "[a, b, c, … and 7 more]" with at most {@code maxItems} items, each cut to MAX_CHARS. */
  public static String list(List<String> items, int maxItems) {
    StringBuilder sb = new StringBuilder("[");
    int shown = Math.min(items.size(), maxItems);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(cut(items.get(i), MAX_CHARS));
    }
    if (items.size() > shown) {
      sb.append(", … and ").append(items.size() - shown).append(" more");
    }
    return sb.append(']').toString();
  }

  public static String list(List<String> items) {
    return list(items, MAX_ITEMS);
  }

  /** The text cut at {@code max} characters, with how many were left out. */
  public static String cut(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max) + "… (" + (s.length() - max) + " more characters)";
  }
}
