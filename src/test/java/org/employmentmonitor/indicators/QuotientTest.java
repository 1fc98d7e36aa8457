package org.employmentmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.employmentmonitor.model.Unit;
import org.junit.jupiter.api.Test;

/** A ratio printed with 8 decimals is the exact quotient rounded once (found on the sample). */
class QuotientTest {
  static String printed(long n, long d) {
    return Unit.RATIO.format(Quotient.of(BigDecimal.valueOf(n), BigDecimal.valueOf(d)));
  }

  @Test
  void theEightDecimalsAreTheExactQuotientsRounding() {
    // 2627 ÷ 5191 = 0.50606819495…: half-even to 10 decimals gave 0.5060681950, then 0.50606820
    assertEquals("0.50606819", printed(2627, 5191));
    // 61 ÷ 131 = 0.46564885496… (the sample's town 500118108 at 2020-06): not 0.46564886
    assertEquals("0.46564885", printed(61, 131));
    assertEquals("0.33333333", printed(1, 3));
    assertEquals("0.66666667", printed(2, 3));
    assertEquals("0.50000000", printed(1, 2));
    // a yoy_rate below zero: (3 − 5) ÷ 3 = −0.6666…
    assertEquals("-0.66666667", printed(-2, 3));
  }

  @Test
  void anInexactValueNeverEqualsATargetWithFewerDecimals() {
    // 0.9 is met exactly by 9 ÷ 10, never by a quotient a hair below or above it
    BigDecimal target = new BigDecimal("0.9");
    assertEquals(0, Quotient.of(BigDecimal.valueOf(9), BigDecimal.TEN).compareTo(target));
    // 8999999999 ÷ 9999999999 = 0.89999999998999…: below 0.9 in exact arithmetic
    assertTrue(
        Quotient.of(BigDecimal.valueOf(8_999_999_999L), BigDecimal.valueOf(9_999_999_999L))
                .compareTo(target)
            < 0);
    // 9000000001 ÷ 10000000001 = 0.90000000000999…: above it
    assertTrue(
        Quotient.of(BigDecimal.valueOf(9_000_000_001L), BigDecimal.valueOf(10_000_000_001L))
                .compareTo(target)
            > 0);
  }
}
