package org.employmentmonitor.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A ratio's value at {@link TargetTracker#SCALE} decimals, rounded to odd: truncated, and when the
 * division is inexact and the last digit even, one unit of the last place added. Rounding this
 * value again to fewer decimals (indicators.csv prints ratios with 8) then gives the exact
 * quotient's correctly rounded value; rounding half-even twice (first to 10, then to 8 decimals)
 * did not: 2627 ÷ 5191 = 0.50606819495… became 0.5060681950 and then 0.50606820, where the quotient
 * rounds to 0.50606819. A target with fewer decimals also compares with it as with the exact
 * quotient (SPEC 9: compare in exact arithmetic): an inexact value never equals it.
 */
final class Quotient {
  private Quotient() {}

  static BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal q = numerator.divide(denominator, TargetTracker.SCALE, RoundingMode.DOWN);
    boolean exact = q.multiply(denominator).compareTo(numerator) == 0;
    if (exact || q.unscaledValue().testBit(0)) {
      return q;
    }
    BigDecimal ulp = BigDecimal.ONE.movePointLeft(TargetTracker.SCALE);
    // away from zero: the truncated quotient lies between zero and the exact one
    return numerator.signum() * denominator.signum() < 0 ? q.subtract(ulp) : q.add(ulp);
  }
}
