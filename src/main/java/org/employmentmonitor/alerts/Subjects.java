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

  /** The machine key of a subject (its text up to the first space). */
  public static String key(String subject) {
    int space = subject.indexOf(' ');
    return space < 0 ? subject : subject.substring(0, space);
  }
}
