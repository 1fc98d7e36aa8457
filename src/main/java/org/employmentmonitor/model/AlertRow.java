package org.employmentmonitor.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One alert (SPEC 6 {@code alerts.csv}, SPEC 7). {@code subject} starts with the machine key
 * (employer credit code, {@code DISTRICT}, a town code, {@code source/YYYY-MM}, a scope key),
 * optionally followed by a space and a human name. No personal data, ever.
 */
public record AlertRow(
    YearMonth period,
    Severity severity,
    String rule,
    String indicatorId,
    String subject,
    BigDecimal value,
    BigDecimal threshold,
    String message,
    String leadUnit)
    implements Serializable {

  /** RED outranks YELLOW. */
  public enum Severity {
    RED("红色"),
    YELLOW("黄色");

    private final String labelZh;

    Severity(String labelZh) {
      this.labelZh = labelZh;
    }

    public String labelZh() {
      return labelZh;
    }
  }
}
