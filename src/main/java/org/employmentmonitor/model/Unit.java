package org.employmentmonitor.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an indicator's value counts, and how it is written (SPEC 9): counts as integers, amounts as
 * yuan with cents, ratios as fractions with {@value #RATIO_DECIMALS} decimals.
 */
public enum Unit {
  PERSONS("人"),
  PERSON_TIMES("人次"),
  HOUSEHOLDS("户"),
  POSITIONS("个"),
  ENTITIES("户"),
  YUAN("元"),
  RATIO("%");

  /** Decimals kept for ratios in tables (display rounding belongs to the report). */
  public static final int RATIO_DECIMALS = 8;

  private final String labelZh;

  Unit(String labelZh) {
    this.labelZh = labelZh;
  }

  public String labelZh() {
    return labelZh;
  }

  public boolean isRatio() {
    return this == RATIO;
  }

  /** A value of this unit as the tables write it; empty for null. */
  public String format(BigDecimal v) {
    if (v == null) {
      return "";
    }
    return switch (this) {
      case RATIO -> v.setScale(RATIO_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
      case YUAN -> v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
      default ->
          v.stripTrailingZeros().scale() <= 0
              ? v.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
              : v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    };
  }
}
