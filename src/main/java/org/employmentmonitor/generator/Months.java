package org.employmentmonitor.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * The delivered months of one generation, {@code --from} to {@code --to} (index 0 = the first).
 * Every extract is written for every month, graduates from July of each year. The calendar of the
 * story is absolute: COVID-19 touches 2020 only (the February dip, the spring job losses, the
 * relief deferrals), the two layoffs happen in 2020-09; every other year has the ordinary seasons.
 * Random streams that belong to a calendar month are keyed by {@link #key} (months since 2000-01),
 * so the per-record extracts of a month (postings, entities, survey, file formats) do not depend on
 * the range.
 */
final class Months {
  /** The default range of every scale: 2019, 2020's year before, needs 2018-Q4 as look-back. */
  static final YearMonth DEFAULT_FROM = YearMonth.of(2018, 10);

  static final YearMonth DEFAULT_TO = YearMonth.of(2020, 12);

  /** At most ten years: {@link Life} keeps delivery months in a byte. */
  static final int MAX_COUNT = 120;

  /** The year of COVID-19 and of the district's 2020 document the sample is tuned for. */
  static final int COVID_YEAR = 2020;

  /** Relative volume of monthly flows (hiring, registrations, postings) in an ordinary year. */
  private static final double[] SEASON = {
    0.95, 0.8, 1.1, 1.05, 1.05, 1.05, 1.1, 1.05, 1.0, 1.0, 1.0, 0.85
  };

  /** 2020: COVID-19 stops most hiring in February, resumption in spring, graduate season. */
  private static final double[] SEASON_2020 = {
    0.9, 0.45, 0.9, 1.15, 1.1, 1.1, 1.15, 1.1, 1.05, 1.0, 1.0, 0.95
  };

  private static final YearMonth KEY_ORIGIN = YearMonth.of(2000, 1);

  final YearMonth first;
  final int count;
  private final int[] firstDay;

  Months(YearMonth from, YearMonth to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (from.isBefore(KEY_ORIGIN.plusYears(1))) {
      throw new IllegalArgumentException("--from must be 2001-01 or later, not " + from);
    }
    long n = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    if (n > MAX_COUNT) {
      throw new IllegalArgumentException(
          "--from " + from + " --to " + to + " spans " + n + " months; at most " + MAX_COUNT);
    }
    this.first = from;
    this.count = (int) n;
    firstDay = new int[count + 1];
    for (int m = 0; m <= count; m++) {
      firstDay[m] = (int) first.plusMonths(m).atDay(1).toEpochDay();
    }
  }

  static Months defaults() {
    return new Months(DEFAULT_FROM, DEFAULT_TO);
  }

  YearMonth of(int month) {
    return first.plusMonths(month);
  }

  String label(int month) {
    return of(month).toString();
  }

  /** Index of a calendar month: negative before the range, ≥ count after it. */
  int index(YearMonth ym) {
    return (ym.getYear() - first.getYear()) * 12 + ym.getMonthValue() - first.getMonthValue();
  }

  int index(int year, int monthOfYear) {
    return index(YearMonth.of(year, monthOfYear));
  }

  boolean contains(int month) {
    return month >= 0 && month < count;
  }

  int year(int month) {
    return of(month).getYear();
  }

  /** 1 (January) .. 12. */
  int monthOfYear(int month) {
    return of(month).getMonthValue();
  }

  /** Months since 2000-01: the same calendar month has the same key whatever the range. */
  int key(int month) {
    return month - index(KEY_ORIGIN);
  }

  int firstDay(int month) {
    return month <= count && month >= 0 ? firstDay[month] : (int) of(month).atDay(1).toEpochDay();
  }

  int length(int month) {
    return firstDay(month + 1) - firstDay(month);
  }

  /** Month index of an epoch day; negative before the range, ≥ count after it. */
  int ofDay(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return (d.getYear() - first.getYear()) * 12 + d.getMonthValue() - first.getMonthValue();
  }

  /** A uniformly drawn day of {@code month}. */
  int dayIn(SplittableRandom r, int month) {
    return firstDay(month) + r.nextInt(length(month));
  }

  /** Relative volume of the month's flows: the seasons, COVID-19 in 2020. */
  double flow(int month) {
    return (year(month) == COVID_YEAR ? SEASON_2020 : SEASON)[monthOfYear(month) - 1];
  }

  /** {@link #flow} of every month of the range. */
  double[] flows() {
    return weights(SEASON, SEASON_2020);
  }

  /** Per-month weights over the range from a month-of-year table (2020's own table in 2020). */
  double[] weights(double[] ordinaryYear, double[] in2020) {
    double[] w = new double[count];
    for (int m = 0; m < count; m++) {
      w[m] = (year(m) == COVID_YEAR ? in2020 : ordinaryYear)[monthOfYear(m) - 1];
    }
    return w;
  }

  static double sum(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    return s;
  }

  /** True in {@code year}-{@code from} .. {@code year}-{@code to} (months of the year, 1..12). */
  boolean within(int month, int year, int from, int to) {
    return year(month) == year && monthOfYear(month) >= from && monthOfYear(month) <= to;
  }

  /** True for 2020-09: the layoffs, the hiring freeze of the layoff employers. */
  boolean isLayoffMonth(int month) {
    return within(month, COVID_YEAR, 9, 9);
  }

  /** The graduation years whose ledger starts (July) inside the range, in order. */
  int[] cohorts() {
    int firstYear = of(0).getMonthValue() <= 7 ? first.getYear() : first.getYear() + 1;
    int lastYear = of(count - 1).getMonthValue() >= 7 ? year(count - 1) : year(count - 1) - 1;
    int n = Math.max(0, lastYear - firstYear + 1);
    int[] years = new int[n];
    for (int k = 0; k < n; k++) {
      years[k] = firstYear + k;
    }
    return years;
  }

  /** The calendar years the range touches, in order. */
  int[] years() {
    int n = year(count - 1) - first.getYear() + 1;
    int[] years = new int[n];
    for (int k = 0; k < n; k++) {
      years[k] = first.getYear() + k;
    }
    return years;
  }
}
