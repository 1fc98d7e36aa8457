package org.employmentmonitor.generator;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The delivered months: 2019-10 (index 0) to 2020-12 (index 14). 2019-10..2019-12 are history for
 * the three-month look-back of insurance starts (SPEC 4.1); from 2020-01 every month has all eight
 * extracts.
 */
final class Months {
  static final YearMonth FIRST = YearMonth.of(2019, 10);
  static final int COUNT = 15;

  /** Index of 2020-01, the first month with every extract. */
  static final int JANUARY = 3;

  /** Index of 2020-07, the first graduates snapshot. */
  static final int JULY = 9;

  /** Index of 2020-09, the month the sample is tuned for. */
  static final int SEPTEMBER = 11;

  /**
   * Relative volume of monthly flows (hiring, registrations, postings): COVID-19 stops most hiring
   * in February 2020, resumption in spring, graduate season in summer.
   */
  static final double[] FLOW = {
    1.0, 1.0, 0.85, 0.9, 0.45, 0.9, 1.15, 1.1, 1.1, 1.15, 1.1, 1.05, 1.0, 1.0, 0.95
  };

  private static final int[] FIRST_DAY = new int[COUNT + 1];

  static {
    for (int m = 0; m <= COUNT; m++) {
      FIRST_DAY[m] = (int) FIRST.plusMonths(m).atDay(1).toEpochDay();
    }
  }

  private Months() {}

  static YearMonth of(int month) {
    return FIRST.plusMonths(month);
  }

  static String label(int month) {
    return of(month).toString();
  }

  static int firstDay(int month) {
    return FIRST_DAY[month];
  }

  static int length(int month) {
    return FIRST_DAY[month + 1] - FIRST_DAY[month];
  }

  /** Month index of an epoch day; negative before 2019-10, ≥ COUNT after 2020-12. */
  static int ofDay(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return (d.getYear() - FIRST.getYear()) * 12 + d.getMonthValue() - FIRST.getMonthValue();
  }

  /** Flow weights restricted to [from, to] (others zero). */
  static double[] flow(int from, int to) {
    double[] w = new double[COUNT];
    for (int m = from; m <= to; m++) {
      w[m] = FLOW[m];
    }
    return w;
  }
}
