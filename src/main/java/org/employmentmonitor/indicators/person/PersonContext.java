package org.employmentmonitor.indicators.person;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableSet;
import org.employmentmonitor.staging.MonthWindow;

/**
 * What every person's evaluation needs to know about the run (shipped to executors with the task):
 * the month-ends of the window, the earliest delivered social_insurance month (SPEC 4.1
 * decidability), and which graduates snapshot each month-end reads (SPEC 9: the latest delivered at
 * or before it).
 *
 * <p>A run's context may carry the context of last year's month-ends ({@link #yearAgo}, SPEC 4.6):
 * January to P − 12 months of last year, with that year as the window, over the same data. The
 * engine evaluates each person under both in the same pass ({@link #evaluated}); the month indexes
 * of the two never overlap, so their cells stay apart.
 */
public final class PersonContext implements Serializable {
  private static final long serialVersionUID = 1L;

  /** No snapshot, no earliest month. */
  public static final int NONE = Integer.MIN_VALUE;

  private final int first;
  private final int last;
  private final int year;
  private final int earliestInsurance;
  private final int[] snapshotOf;
  private final PersonContext yearAgo;

  public PersonContext(
      MonthWindow w, Integer earliestInsurance, NavigableSet<YearMonth> snapshots) {
    this(w, earliestInsurance, snapshots, null);
  }

  /**
   * A run's context that also evaluates last year's month-ends from January to {@code yearAgoLast}
   * (null: none), with last year as their window (SPEC 4.6, 9).
   */
  public PersonContext(
      MonthWindow w,
      Integer earliestInsurance,
      NavigableSet<YearMonth> snapshots,
      YearMonth yearAgoLast) {
    this.yearAgo =
        yearAgoLast == null
            ? null
            : new PersonContext(new MonthWindow(yearAgoLast), earliestInsurance, snapshots, null);
    this.first = w.first();
    this.last = w.last();
    this.year = w.period().getYear();
    this.earliestInsurance = earliestInsurance == null ? NONE : earliestInsurance;
    this.snapshotOf = new int[last - first + 1];
    for (int m = first; m <= last; m++) {
      YearMonth s = snapshots.floor(MonthWindow.month(m));
      snapshotOf[m - first] = s == null ? NONE : MonthWindow.index(s);
    }
  }

  /** Month index of January of P's year. */
  public int first() {
    return first;
  }

  /** Month index of P. */
  public int last() {
    return last;
  }

  /** P's year: the graduate cohort. */
  public int year() {
    return year;
  }

  public LocalDate yearStart() {
    return LocalDate.of(year, 1, 1);
  }

  public LocalDate periodEnd() {
    return MonthWindow.monthEnd(last);
  }

  /** True when an insurance start in month m can be decided (m−3 delivered). */
  public boolean decidable(int m) {
    return earliestInsurance != NONE && m - 3 >= earliestInsurance;
  }

  /** The graduates snapshot month-end m reads, or {@link #NONE}. */
  public int snapshotOf(int m) {
    return snapshotOf[m - first];
  }

  /** The context of last year's month-ends (SPEC 4.6), or null when they are not evaluated. */
  public PersonContext yearAgo() {
    return yearAgo;
  }

  /** The contexts a person is evaluated under: this one, then last year's if there is one. */
  public List<PersonContext> evaluated() {
    return yearAgo == null ? List.of(this) : List.of(this, yearAgo);
  }

  /** Month index of a date. */
  public static int month(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }
}
