package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.Locale;
import org.employmentmonitor.model.Unit;

/**
 * Numbers and months as an alert message shows them to a bureau director: {@code 24,000人}, {@code
 * 68.2%}, {@code 5,600万元}, {@code 9月} (or {@code 2019年12月} outside P's year). Display only: every
 * rule decides on exact values before anything is formatted.
 */
final class ZhFormat {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final int MAX_PERCENT_DECIMALS = 4;

  private ZhFormat() {}

  /** A fraction as a percentage with one decimal: 0.6823 → {@code 68.2%}. */
  static String percent(BigDecimal fraction) {
    return percent(fraction, 1);
  }

  private static String percent(BigDecimal fraction, int decimals) {
    return fraction.multiply(HUNDRED).setScale(decimals, RoundingMode.HALF_UP).toPlainString()
        + "%";
  }

  /**
   * {@code fraction} as a percentage with as many decimals (one to four) as it takes not to look
   * equal to {@code reference} when it is not, nor zero when it is not: 1.004% beside a 1%
   * threshold shows as {@code 1.004%}, not {@code 1.0%}; 0.0167% as {@code 0.02%}.
   */
  static String percentBeside(BigDecimal fraction, BigDecimal reference) {
    int decimals = 1;
    while (decimals < MAX_PERCENT_DECIMALS
        && (looksEqual(fraction, reference, decimals) || looksZero(fraction, decimals))) {
      decimals++;
    }
    return percent(fraction, decimals);
  }

  private static boolean looksEqual(BigDecimal a, BigDecimal b, int decimals) {
    return a.compareTo(b) != 0 && percent(a, decimals).equals(percent(b, decimals));
  }

  /** A small non-zero share is not shown as 0.0%. */
  private static boolean looksZero(BigDecimal a, int decimals) {
    return a.signum() != 0
        && a.multiply(HUNDRED).setScale(decimals, RoundingMode.HALF_UP).signum() == 0;
  }

  /** Percentage points: 0.10 → {@code 10}. */
  static String points(BigDecimal fraction) {
    return plain(fraction.multiply(HUNDRED));
  }

  /** A whole count with thousands separators: {@code 24,000}. */
  static String count(long n) {
    return grouping(0).format(n);
  }

  /** A number with thousands separators and at most {@code decimals} decimals. */
  static String number(BigDecimal v, int decimals) {
    return grouping(decimals).format(v.setScale(decimals, RoundingMode.HALF_UP));
  }

  /** A value in its unit: persons, positions, households, 万元 for yuan, % for ratios. */
  static String value(BigDecimal v, Unit unit) {
    return switch (unit) {
      case RATIO -> percent(v);
      case YUAN -> number(v.divide(TEN_THOUSAND), 2) + "万元";
      default -> number(v, 1) + unit.labelZh();
    };
  }

  /** {@code 9月} within P's year, {@code 2019年12月} outside it. */
  static String month(YearMonth m, YearMonth period) {
    return m.getYear() == period.getYear()
        ? m.getMonthValue() + "月"
        : m.getYear() + "年" + m.getMonthValue() + "月";
  }

  /** The months a year-to-date value covers: {@code 1月} or {@code 1—9月}. */
  static String yearToDate(YearMonth period) {
    return period.getMonthValue() == 1 ? "1月" : "1—" + period.getMonthValue() + "月";
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static DecimalFormat grouping(int maxDecimals) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMaximumFractionDigits(maxDecimals);
    f.setParseBigDecimal(true);
    return f;
  }
}
