package org.employmentmonitor.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * 城镇调查失业率 from the survey team: one row per month. Spring 2020 above the 5% ceiling (COVID),
 * falling through the year; 2020-09 = 4.7 (between the 4.5 yellow and 5.0 red lines).
 */
final class SurveyWriter {
  static final String[] RATE = {
    "5.2", "5.6", "5.5", "5.3", "5.2", "5.1", "5.0", "4.9", "4.7", "4.6", "4.5", "4.4"
  };

  private final Population pop;

  SurveyWriter(Population pop) {
    this.pop = pop;
  }

  List<BadRows.Written> write(Path out, int month) {
    try (ExtractFile f = new ExtractFile(out, pop.seed, pop.scale, Extract.SURVEY, month, 1)) {
      String[] row = f.newRow();
      row[0] = f.style.month(month);
      row[1] = RATE[month - Months.JANUARY];
      f.row(row);
      f.close();
      return f.written();
    }
  }
}
