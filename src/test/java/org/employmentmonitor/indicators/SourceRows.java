package org.employmentmonitor.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.employmentmonitor.indicators.SmallExtracts.Amounts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.staging.MonthWindow;

/** Hand-written rows for the rules over small extracts, and reading their sums back. */
final class SourceRows {
  private SourceRows() {}

  /** The window of a September 2020 run: January to September. */
  static final MonthWindow SEPT = new MonthWindow(YearMonth.of(2020, 9));

  static LocalDate day(String isoDate) {
    return LocalDate.parse(isoDate);
  }

  static Row row(Object... values) {
    return RowFactory.create(values);
  }

  /** The sum of one cell's part; null when the rule never touched it. */
  static BigDecimal cell(Amounts a, String id, String month, Scope scope, String key, String part) {
    int m = MonthWindow.index(YearMonth.parse(month));
    BigDecimal sum = null;
    for (Row r : a.rows()) {
      if (r.getString(0).equals(id)
          && r.getInt(1) == m
          && r.getString(2).equals(scope.name())
          && r.getString(3).equals(key)
          && r.getString(4).equals(part)) {
        sum = sum == null ? r.getDecimal(5) : sum.add(r.getDecimal(5));
      }
    }
    return sum;
  }

  static BigDecimal district(Amounts a, String id, String month) {
    return cell(a, id, month, Scope.DISTRICT, "", Measures.NUM);
  }
}
