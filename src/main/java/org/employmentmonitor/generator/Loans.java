package org.employmentmonitor.generator;

import java.util.SplittableRandom;

/**
 * 创业担保贷款 (task 23): person borrowers are the first REG_EMPLOYED persons (self-employed, registered
 * a few months before the loan); a few enterprise borrowers. Half-year and year-end pushes; ≈80% of
 * the 80 M yuan target issued by September.
 */
final class Loans {
  /** Relative volume per month of 2020 (index 0 = January). */
  static final double[] MONTH_WEIGHT = {0.9, 0.5, 1.0, 1.1, 1.1, 2.4, 1.0, 1.0, 1.0, 0.9, 0.9, 2.5};

  private Loans() {}

  static int borrowers(Scale scale) {
    return scale.count(620, 3);
  }

  static int enterpriseLoans(Scale scale) {
    return scale.count(20, 2);
  }

  /** Month index (of {@link Months}) in which person {@code person}'s loan is issued. */
  static int personLoanMonth(long seed, int person) {
    SplittableRandom r = Rng.of(seed, Rng.Purpose.LOAN, person);
    return Months.JANUARY + Rng.pick(r, MONTH_WEIGHT);
  }

  /** Person loan amounts in yuan: 50,000 to the 200,000 cap, steps of 10,000. */
  static long personAmount(SplittableRandom r) {
    double x = r.nextDouble();
    return x < 0.15 ? 50_000 : x < 0.3 ? 80_000 : x < 0.55 ? 100_000 : x < 0.75 ? 150_000 : 200_000;
  }
}
