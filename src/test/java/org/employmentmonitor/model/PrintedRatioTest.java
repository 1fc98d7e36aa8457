package org.employmentmonitor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * indicators.csv prints a ratio as its numerator ÷ denominator rounded once (found by an
 * independent recomputation of the sample's long_term_unemployment_share: 2 of 432 cells were
 * rounded twice).
 */
class PrintedRatioTest {
  static IndicatorRow ratio(long n, long d) {
    BigDecimal num = BigDecimal.valueOf(n);
    BigDecimal den = BigDecimal.valueOf(d);
    // the table's value: 10 decimals, half-even (IndicatorAssembler)
    BigDecimal value = d == 0 ? null : num.divide(den, 10, RoundingMode.HALF_EVEN);
    return new IndicatorRow(
        YearMonth.of(2020, 9),
        LocalDate.of(2020, 9, 30),
        "long_term_unemployment_share",
        "长期失业人员占比",
        Scope.DISTRICT,
        "",
        "永川区",
        value,
        num,
        den,
        Unit.RATIO,
        null,
        "",
        null,
        null,
        null,
        value == null ? Status.NOT_AVAILABLE : Status.NO_TARGET,
        "区人力社保局");
  }

  static String printed(long n, long d) {
    return IndicatorTable.toCsv(ratio(n, d)).get(6);
  }

  @Test
  void aRatioIsTheExactQuotientRoundedOnce() {
    // 2627 ÷ 5191 = 0.50606819495…: 0.5060681950 at 10 decimals would print 0.50606820
    assertEquals("0.50606819", printed(2627, 5191));
    // 61 ÷ 131 = 0.46564885496…: not 0.46564886
    assertEquals("0.46564885", printed(61, 131));
    // 117 ÷ 593 = 0.19730185497… (the golden run's registered_unemployment_rate at 2020-04)
    assertEquals("0.19730185", printed(117, 593));
    assertEquals("0.33333333", printed(1, 3));
    assertEquals("0.66666667", printed(2, 3));
    assertEquals("1.00000000", printed(4, 4));
    assertEquals("", printed(0, 0), "a ratio over nothing has no value");
  }
}
