package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.model.Unit;

/**
 * Numbers as the report shows them to people (issue 6): thousands separators, percentages with one
 * decimal, amounts in 万元, and {@value #NOT_AVAILABLE} for a missing value. The tables keep full
 * precision (SPEC 9); rounding for display happens only here.
 */
public final class Display {
  private Display() {}

  /** What a missing value (NOT_AVAILABLE, zero denominator) reads as. */
  public static final String NOT_AVAILABLE = "无数据";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  /**
   * Whether an indicator reads as a multiple ("1.35", the 求人倍率), never as a percentage: its
   * definition says so ({@link IndicatorDefinition#isMultiple}).
   */
  static boolean isMultiple(String indicatorId) {
    return IndicatorCatalog.find(indicatorId).map(IndicatorDefinition::isMultiple).orElse(false);
  }

  /** An indicator's value without its unit: "24,000", "91.2%", "8,000.00" (万元), "1.35". */
  public static String number(String indicatorId, Unit unit, BigDecimal v) {
    if (v == null) {
      return NOT_AVAILABLE;
    }
    if (isMultiple(indicatorId)) {
      return grouped(v, 2);
    }
    return switch (unit) {
      case RATIO -> percent(v);
      case YUAN -> grouped(v.divide(TEN_THOUSAND), 2);
      default -> count(v);
    };
  }

  /** The unit shown after {@link #number}: 人, 人次, 户, 个, 万元; empty for percentages. */
  public static String unitLabel(String indicatorId, Unit unit) {
    if (isMultiple(indicatorId) || unit == Unit.RATIO) {
      return "";
    }
    return unit == Unit.YUAN ? "万元" : unit.labelZh();
  }

  /**
   * What the numerator and denominator of a rate count, as its definition declares: positions (个)
   * for the SOE graduate-position share, persons (人) for every other rate.
   */
  public static String fractionUnit(String indicatorId) {
    return IndicatorCatalog.find(indicatorId)
        .map(d -> d.partsUnit().labelZh())
        .orElse(Unit.PERSONS.labelZh());
  }

  /** The unit in a column header: 人, 万元, "%" for rates, 倍 for the 求人倍率. */
  public static String columnUnit(String indicatorId, Unit unit) {
    if (isMultiple(indicatorId)) {
      return "倍";
    }
    return unit == Unit.RATIO ? "%" : unitLabel(indicatorId, unit);
  }

  /** {@link #number} followed by its unit: "24,000人", "91.2%", "8,000.00万元". */
  public static String value(String indicatorId, Unit unit, BigDecimal v) {
    String n = number(indicatorId, unit, v);
    return v == null ? n : n + unitLabel(indicatorId, unit);
  }

  /**
   * An estimate such as the year-end projection: like {@link #value}, but counts are rounded to
   * whole persons (22,757.33 → "22,757人").
   */
  public static String estimate(String indicatorId, Unit unit, BigDecimal v) {
    boolean count = unit != Unit.RATIO && unit != Unit.YUAN && !isMultiple(indicatorId);
    return value(indicatorId, unit, count && v != null ? v.setScale(0, RoundingMode.HALF_UP) : v);
  }

  /**
   * A number for a tight table (the 综述's pace table): like {@link #estimate}, and amounts in whole
   * 万元 ("6,193万元"), since a leader compares magnitudes there and the cards keep the cents.
   */
  public static String brief(String indicatorId, Unit unit, BigDecimal v) {
    if (v != null && unit == Unit.YUAN) {
      return grouped(v.divide(TEN_THOUSAND), 0) + "万元";
    }
    return estimate(indicatorId, unit, v);
  }

  /** A fraction as a percentage with one decimal: 0.91234 → "91.2%". */
  public static String percent(BigDecimal fraction) {
    return percent(fraction, 1);
  }

  /** A fraction as a percentage with the given decimals (small shares: 0.0002 → "0.02%"). */
  public static String percent(BigDecimal fraction, int decimals) {
    if (fraction == null) {
      return NOT_AVAILABLE;
    }
    return grouped(fraction.multiply(HUNDRED), decimals) + "%";
  }

  /** A difference of two fractions in percentage points: -0.0525 → "-5.3个百分点". */
  public static String points(BigDecimal difference) {
    return grouped(difference.multiply(HUNDRED), 1) + "个百分点";
  }

  /** A count with thousands separators; a non-integer keeps two decimals. */
  public static String count(BigDecimal v) {
    if (v == null) {
      return NOT_AVAILABLE;
    }
    BigDecimal s = v.stripTrailingZeros();
    return grouped(v, s.scale() <= 0 ? 0 : 2);
  }

  /** A plain number for people: thousands separators, at most four decimals, no trailing zeros. */
  public static String plain(BigDecimal v) {
    if (v == null) {
      return "";
    }
    BigDecimal r = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return grouped(r, Math.max(0, r.scale()));
  }

  /** Months of one year as ranges: [1..6] → "1—6月", [2, 5, 6] → "2月、5—6月". */
  public static String months(java.util.List<Integer> months) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    int i = 0;
    while (i < months.size()) {
      int j = i;
      while (j + 1 < months.size() && months.get(j + 1) == months.get(j) + 1) {
        j++;
      }
      parts.add(j == i ? months.get(i) + "月" : months.get(i) + "—" + months.get(j) + "月");
      i = j + 1;
    }
    return String.join("、", parts);
  }

  /** A long count (rows read) with thousands separators. */
  public static String count(long v) {
    return grouped(BigDecimal.valueOf(v), 0);
  }

  static String grouped(BigDecimal v, int decimals) {
    BigDecimal r = v.setScale(decimals, RoundingMode.HALF_UP);
    if (r.signum() == 0) {
      r = r.abs(); // never "-0.0%"
    }
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
    f.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(r);
  }
}
