package org.employmentmonitor.staging;

import static org.apache.spark.sql.functions.year;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * The month-ends a run reports (SPEC 3: January to P of P's year) and the month arithmetic every
 * fact uses. Months are integers {@code year * 12 + month - 1} ("month index"), so that "m − 3" and
 * "the months from a date to P" are plain arithmetic inside Spark.
 */
public final class MonthWindow implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Column holding a month index in membership tables. */
  public static final String M = "m";

  private final YearMonth period;
  private final int first;
  private final int last;

  public MonthWindow(YearMonth period) {
    this.period = period;
    this.first = index(YearMonth.of(period.getYear(), 1));
    this.last = index(period);
  }

  public static int index(YearMonth ym) {
    return ym.getYear() * 12 + ym.getMonthValue() - 1;
  }

  public static YearMonth month(int index) {
    return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
  }

  public YearMonth period() {
    return period;
  }

  /** Month index of January of P's year. */
  public int first() {
    return first;
  }

  /** Month index of P. */
  public int last() {
    return last;
  }

  /** 1 January of P's year: the start of every year-to-date window. */
  public LocalDate yearStart() {
    return LocalDate.of(period.getYear(), 1, 1);
  }

  public LocalDate periodEnd() {
    return period.atEndOfMonth();
  }

  /** The month indexes January..P. */
  public List<Integer> months() {
    List<Integer> out = new ArrayList<>();
    for (int m = first; m <= last; m++) {
      out.add(m);
    }
    return out;
  }

  public static LocalDate monthEnd(int index) {
    return month(index).atEndOfMonth();
  }

  /** Month index of a date (or month) column. */
  public static Column indexOf(Column date) {
    return year(date).multiply(12).plus(org.apache.spark.sql.functions.month(date)).minus(1);
  }
}
