package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;

/**
 * The paces of a cumulative target (issue 17), computed by the report from the trend rows of the
 * indicator table (month-ends January..P of P's year, all restated by the run): this month's
 * increment, the monthly pace of the last three months and of the year so far, and the pace now
 * needed to reach the target. There is one year-end projection in the whole report (issue 29):
 * indicators.csv's {@code projection}, SPEC 4.5's run rate, which the PROJECTION alert judges; the
 * recent pace is shown as a pace, never as a second projection. docs/report.md says why.
 *
 * @param value the cumulative value at P's month-end
 * @param thisMonth value(P) − value(P−1); value(P) in January
 * @param recentMonths how many months {@code recentMonthly} spans (3, fewer early in the year)
 * @param recentMonthly (value(P) − value(P−k)) ÷ k, k = recentMonths, value(0) = 0
 * @param yearMonthly value(P) ÷ month of P
 * @param gap target − value(P), never below 0
 * @param monthsLeft 12 − month of P
 * @param neededMonthly gap ÷ monthsLeft; null in December (nothing left to spread it over)
 */
record Pace(
    BigDecimal value,
    BigDecimal target,
    BigDecimal thisMonth,
    int recentMonths,
    BigDecimal recentMonthly,
    BigDecimal yearMonthly,
    BigDecimal gap,
    int monthsLeft,
    BigDecimal neededMonthly) {

  /** Recent pace spans this many months (the "last three months"). */
  static final int RECENT_MONTHS = 3;

  private static final int SCALE = 6;

  /**
   * The pace of a cumulative DISTRICT indicator at P, or null when P's value is missing. A missing
   * earlier month-end leaves the increments that need it null.
   */
  static Pace of(ReportData d, String id, BigDecimal target) {
    YearMonth p = d.period();
    int m = p.getMonthValue();
    BigDecimal value = valueAt(d, id, m);
    if (value == null) {
      return null;
    }
    BigDecimal previous = m == 1 ? BigDecimal.ZERO : valueAt(d, id, m - 1);
    BigDecimal thisMonth = previous == null ? null : value.subtract(previous);
    int k = Math.min(RECENT_MONTHS, m);
    BigDecimal base = m - k == 0 ? BigDecimal.ZERO : valueAt(d, id, m - k);
    BigDecimal recent = base == null ? null : divide(value.subtract(base), k);
    BigDecimal yearMonthly = divide(value, m);
    int left = 12 - m;
    BigDecimal gap = target == null ? null : target.subtract(value).max(BigDecimal.ZERO);
    BigDecimal needed = gap == null || left == 0 ? null : divide(gap, left);
    return new Pace(value, target, thisMonth, k, recent, yearMonthly, gap, left, needed);
  }

  /** True when the recent pace falls short of the pace now needed. */
  boolean recentTooSlow() {
    return neededMonthly != null
        && recentMonthly != null
        && recentMonthly.compareTo(neededMonthly) < 0;
  }

  private static BigDecimal valueAt(ReportData d, String id, int month) {
    IndicatorRow r =
        d.at(YearMonth.of(d.period().getYear(), month).atEndOfMonth(), id, Scope.DISTRICT, "");
    return r == null ? null : r.value();
  }

  private static BigDecimal divide(BigDecimal v, int by) {
    return v.divide(BigDecimal.valueOf(by), SCALE, RoundingMode.HALF_EVEN);
  }
}
