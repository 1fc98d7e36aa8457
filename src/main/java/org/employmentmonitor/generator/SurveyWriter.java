package org.employmentmonitor.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * 城镇调查失业率 from the survey team: one row per month. Spring 2020 above the 5% ceiling (COVID),
 * falling through the year; 2020-09 = 4.7 (between the 4.5 yellow and 5.0 red lines). Every other
 * year has the ordinary seasons, below the ceiling (2019-09 = 4.6).
 */
final class SurveyWriter {
  static final String[] RATE_2020 = {
    "5.2", "5.6", "5.5", "5.3", "5.2", "5.1", "5.0", "4.9", "4.7", "4.6", "4.5", "4.4"
  };

  static final String[] RATE = {
    "4.8", "5.0", "4.8", "4.7", "4.6", "4.6", "4.7", "4.7", "4.6", "4.5", "4.5", "4.5"
  };

  private final Population pop;

  SurveyWriter(Population pop) {
    this.pop = pop;
  }

  List<BadRows.Written> write(Path out, int month) {
    Months months = pop.months;
    String[] rates = months.year(month) == Months.COVID_YEAR ? RATE_2020 : RATE;
    try (ExtractFile f = new ExtractFile(out, pop, Extract.SURVEY, month, 1)) {
      String[] row = f.newRow();
      row[0] = f.style.month(month);
      row[1] = rates[months.monthOfYear(month) - 1];
      f.row(row);
      f.close();
      return f.written();
    }
  }
}
