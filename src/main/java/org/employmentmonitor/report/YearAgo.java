package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.employmentmonitor.model.IndicatorRow;

/**
 * 同比 for the opening (issue 29): the indicator table's {@code value_last_year} and {@code yoy_rate}
 * columns (SPEC 4.6). Where a row has no value of last year (SPEC 4.6's availability rule), this
 * says nothing and the opening says {@value Opening#NO_YEAR_AGO}.
 */
final class YearAgo {
  private YearAgo() {}

  /**
   * "同比增长5.2%" / "同比下降3.1%" for a count or amount with last year's value; empty when the table does
   * not have it, or last year's value is zero (no rate, SPEC 4.6).
   */
  static Optional<String> sentence(IndicatorRow r) {
    BigDecimal last = r.valueLastYear();
    BigDecimal rate = r.yoyRate();
    if (last == null || last.signum() == 0 || r.value() == null || rate == null) {
      return Optional.empty();
    }
    String pct = Display.percent(rate.abs());
    return Optional.of(
        rate.signum() == 0 ? "与上年同期持平" : (rate.signum() > 0 ? "同比增长" : "同比下降") + pct);
  }
}
