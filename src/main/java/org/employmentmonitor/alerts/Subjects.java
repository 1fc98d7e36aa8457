package org.employmentmonitor.alerts;

import java.time.YearMonth;

/**
 * An alert's {@code subject} (SPEC 9 "Alerts"): the machine key first, then optionally a space and
 * a human name, e.g. {@code DISTRICT}, {@code 500118001 中山路街道}, {@code 91500118MA5U00002B 某某有限公司},
 * {@code social_insurance/2020-09}.
 */
public final class Subjects {
  /** The key of the whole district. */
  public static final String DISTRICT = "DISTRICT";

  private Subjects() {}

  /** {@code key} alone, or {@code key name} when a name is known. */
  public static String of(String key, String name) {
    return name == null || name.isBlank() ? key : key + " " + name.trim();
  }

  /** {@code source/YYYY-MM}. */
  public static String sourceMonth(String source, YearMonth month) {
    return source + "/" + month;
  }

  /**
   * A subject as people read it: {@code 全区} for the district, the human name when there is one
   * (town or employer), {@code 参保缴费明细 2020年9月} for a source-month, else the key itself.
   */
  public static String label(String subject) {
    String key = key(subject);
    if (DISTRICT.equals(key)) {
      return "全区";
    }
    if (key.length() < subject.length()) {
      return subject.substring(key.length() + 1).trim();
    }
    int slash = key.lastIndexOf('/');
    if (slash > 0) {
      try {
        YearMonth month = YearMonth.parse(key.substring(slash + 1));
        return DataQualityRule.title(key.substring(0, slash))
            + " "
            + month.getYear()
            + "年"
            + month.getMonthValue()
            + "月";
      } catch (java.time.format.DateTimeParseException e) {
        return key;
      }
    }
    return key;
  }

  /** The machine key of a subject (its text up to the first space). */
  public static String key(String subject) {
    int space = subject.indexOf(' ');
    return space < 0 ? subject : subject.substring(0, space);
  }
}
