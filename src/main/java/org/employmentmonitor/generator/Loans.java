package org.employmentmonitor.generator;

import java.util.SplittableRandom;

/**
 * 创业担保贷款 (task 23): person borrowers are the first REG_EMPLOYED persons (self-employed, registered
 * a few months before the loan); a few enterprise borrowers. Loans are issued in every month of the
 * range, with half-year and year-end pushes; ≈80% of a year's 80 M yuan target issued by September.
 */
final class Loans {
  /** Relative volume per month of an ordinary year (index 0 = January). */
  private static final double[] MONTH_WEIGHT = {
    0.9, 0.7, 1.0, 1.1, 1.1, 2.4, 1.0, 1.0, 1.0, 0.9, 0.9, 2.5
  };

  /** 2020: a COVID-19 February. */
  private static final double[] MONTH_WEIGHT_2020 = {
    0.9, 0.5, 1.0, 1.1, 1.1, 2.4, 1.0, 1.0, 1.0, 0.9, 0.9, 2.5
  };

  /** 2020's total weight: 620 person and 20 enterprise loans a year at district scale. */
  private static final double YEAR_2020 = 14.2;

  private final long seed;
  private final double[] weights;

  /** Person borrowers: the first {@code borrowers} REG_EMPLOYED persons. */
  final int borrowers;

  final int enterpriseLoans;

  Loans(Population pop) {
    this.seed = pop.seed;
    this.weights = pop.months.weights(MONTH_WEIGHT, MONTH_WEIGHT_2020);
    double years = Months.sum(weights) / YEAR_2020;
    this.borrowers = pop.scale.count((int) Math.round(620 * years), 3);
    this.enterpriseLoans = pop.scale.count((int) Math.round(20 * years), 2);
  }

  /** Month index in which person {@code person}'s loan is issued (the first draw of its stream). */
  int personLoanMonth(int person) {
    return Rng.pick(Rng.of(seed, Rng.Purpose.LOAN, person), weights);
  }

  /** The stream of enterprise loan q: its first draw is the month. */
  SplittableRandom enterprise(int q) {
    return Rng.of(seed, Rng.Purpose.LOAN, -q - 1);
  }

  int month(SplittableRandom r) {
    return Rng.pick(r, weights);
  }

  /** Person loan amounts in yuan: 50,000 to the 200,000 cap, steps of 10,000. */
  static long personAmount(SplittableRandom r) {
    double x = r.nextDouble();
    return x < 0.15 ? 50_000 : x < 0.3 ? 80_000 : x < 0.55 ? 100_000 : x < 0.75 ? 150_000 : 200_000;
  }
}
