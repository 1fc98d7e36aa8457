package org.employmentmonitor.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.staging.StagedData;

/**
 * 同比 (SPEC 4.6): every row of the table beside the same indicator and cell at the month-end twelve
 * months earlier. Last year's month-ends are evaluated in the same run, by the same rules, with
 * their own year as the window and over all data delivered up to P (SPEC 9), so a correction to
 * last year's data changes them; this class decides which of them have a value and adds the three
 * columns:
 *
 * <ul>
 *   <li>{@code value_last_year}: empty when that value would be NOT_AVAILABLE (or is undefined, a
 *       ratio over nothing), and for every month-end from the first month of last year whose {@code
 *       registration} or {@code social_insurance} was not delivered;
 *   <li>{@code yoy_change} = value − value_last_year (ratios: in fraction points), empty when
 *       either is;
 *   <li>{@code yoy_rate} = yoy_change ÷ value_last_year for counts and amounts; empty for ratios
 *       and when value_last_year is empty or 0.
 * </ul>
 *
 * Targets, status and alerts do not read them.
 */
public final class YearOnYear {
  private YearOnYear() {}

  /** A cell of the table at one month-end. */
  public record Cell(String id, YearMonth month, Scope scope, String key) {}

  /**
   * The last of last year's month-ends, January to P − 12 months, that can have a value: the last
   * one such that {@code registration} and {@code social_insurance} were both delivered for every
   * month from January of that year to it. Null when there is none (January itself is missing):
   * then no year-ago month-end is evaluated at all.
   */
  public static YearMonth lastMonthEnd(StagedData staged, YearMonth period) {
    return lastMonthEnd(staged::delivered, period);
  }

  /** As {@link #lastMonthEnd(StagedData, YearMonth)}, over "source delivered in month". */
  static YearMonth lastMonthEnd(BiPredicate<String, YearMonth> delivered, YearMonth period) {
    YearMonth yearAgo = period.minusYears(1);
    YearMonth last = null;
    for (YearMonth m = yearAgo.withMonth(1); !m.isAfter(yearAgo); m = m.plusMonths(1)) {
      if (!delivered.test(Extracts.REGISTRATION.name(), m)
          || !delivered.test(Extracts.SOCIAL_INSURANCE.name(), m)) {
        break;
      }
      last = m;
    }
    return last;
  }

  /**
   * For the log: which of last year's month-ends were evaluated, and when not all of them, the
   * first missing delivery that left the rest without a value.
   */
  public static String describe(StagedData staged, YearMonth period) {
    YearMonth yearAgo = period.minusYears(1);
    YearMonth last = lastMonthEnd(staged, period);
    if (last != null && last.equals(yearAgo)) {
      return "last year's month-ends " + yearAgo.withMonth(1) + ".." + yearAgo + " evaluated";
    }
    YearMonth gap = last == null ? yearAgo.withMonth(1) : last.plusMonths(1);
    List<String> missing = new ArrayList<>();
    for (String source : List.of(Extracts.REGISTRATION.name(), Extracts.SOCIAL_INSURANCE.name())) {
      if (!staged.delivered(source, gap)) {
        missing.add(source);
      }
    }
    return (last == null
            ? "no row has a value of last year"
            : "last year's month-ends "
                + yearAgo.withMonth(1)
                + ".."
                + last
                + " evaluated; rows after "
                + last.plusYears(1)
                + " have no value of last year")
        + ": "
        + String.join(" and ", missing)
        + " of "
        + gap
        + " not delivered (SPEC 4.6)";
  }

  /** The rows with last year's values added ({@code lastYear}: the defined values, by cell). */
  public static List<IndicatorRow> add(List<IndicatorRow> rows, Map<Cell, BigDecimal> lastYear) {
    List<IndicatorRow> out = new ArrayList<>(rows.size());
    for (IndicatorRow r : rows) {
      YearMonth ago = YearMonth.from(r.monthEnd()).minusYears(1);
      out.add(add(r, lastYear.get(new Cell(r.indicatorId(), ago, r.scope(), r.scopeKey()))));
    }
    return out;
  }

  /** One row beside last year's value of its cell (null: none). */
  static IndicatorRow add(IndicatorRow r, BigDecimal lastYear) {
    if (lastYear == null) {
      return r;
    }
    BigDecimal change = r.value() == null ? null : r.value().subtract(lastYear);
    BigDecimal rate =
        change == null || r.unit().isRatio() || lastYear.signum() == 0
            ? null
            : change.divide(lastYear, TargetTracker.SCALE, RoundingMode.HALF_EVEN);
    return r.withLastYear(lastYear, change, rate);
  }
}
