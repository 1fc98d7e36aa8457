package org.employmentmonitor.report;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Optional;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Unit;

/**
 * 同比 for the opening (issue 29): the indicator table's {@code value_last_year}, {@code yoy_change}
 * and {@code yoy_rate} columns (SPEC 6) when the row carries them. They are being added to {@link
 * IndicatorRow} by a parallel change (issue "同比"); until a row has them, this reads nothing and the
 * opening says {@value Opening#NO_YEAR_AGO}. The columns are read by their record accessor so this
 * class needs no edit when they arrive.
 */
final class YearAgo {
  private YearAgo() {}

  /** A column of the row by its record accessor (valueLastYear, yoyChange, yoyRate), if any. */
  static Optional<BigDecimal> column(IndicatorRow r, String accessor) {
    for (RecordComponent c : IndicatorRow.class.getRecordComponents()) {
      if (c.getName().equals(accessor) && c.getType() == BigDecimal.class) {
        try {
          return Optional.ofNullable((BigDecimal) c.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "同比增长5.2%" / "同比下降3.1%" for a count or amount with last year's value; empty when the table does
   * not have it.
   */
  static Optional<String> sentence(IndicatorRow r) {
    Optional<BigDecimal> last = column(r, "valueLastYear");
    if (last.isEmpty() || last.get().signum() == 0 || r.value() == null) {
      return Optional.empty();
    }
    BigDecimal rate =
        column(r, "yoyRate")
            .orElse(
                r.value()
                    .subtract(last.get())
                    .divide(last.get(), Unit.RATIO_DECIMALS, java.math.RoundingMode.HALF_EVEN));
    String pct = Display.percent(rate.abs());
    return Optional.of(
        rate.signum() == 0 ? "与上年同期持平" : (rate.signum() > 0 ? "同比增长" : "同比下降") + pct);
  }
}
