package org.employmentmonitor.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.generator.GenerateData;
import org.employmentmonitor.generator.Scale;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equality with from-scratch across the year boundary (SPEC 3.2, 4.6; issue 26): the tiny district
 * generated from 2018-10 to 2021-02 (the same persons and employers carrying on), runs 2020-11 →
 * 2020-12 → 2021-01 → 2021-02 on one output folder. Each later period's tables must equal those of
 * a run without carried state ({@link SameAsFromScratch}), as in {@link MonthByMonthEqualityTest}
 * (2020-11's run, the first on the empty output, is itself from scratch): the 2021 runs fold the
 * state of December 2020, whose look-back starts in October 2018, into January's, whose look-back
 * (October 2019, for last year's month-ends) is inside it, and give every row its value of a year
 * earlier (2019 and 2020 were delivered) — which the test checks is there, so that it cannot pass
 * on empty columns.
 */
class YearBoundaryEqualityTest {
  static final YearMonth FIRST = YearMonth.of(2020, 11);
  static final YearMonth LAST = YearMonth.of(2021, 2);

  @TempDir Path tmp;

  @Test
  void monthByMonthAcrossTheYearGivesTheTablesOfRunsWithoutCarriedState() throws Exception {
    Path input = tmp.resolve("input");
    GenerateData.run(Scale.TINY, input, GenerateData.DEFAULT_SEED, 2, YearMonth.of(2018, 10), LAST);
    Path output = tmp.resolve("output");
    for (YearMonth p = FIRST; !p.isAfter(LAST); p = p.plusMonths(1)) {
      assertEquals(ExitCode.SUCCESS, TestRun.run(input, output, p.toString()), "run " + p);
    }
    Path reference = tmp.resolve("reference");
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, reference, LAST.toString()));
    SameAsFromScratch.assertSame("month by month across the year", LAST, output, reference);
    // Latest first, as MonthByMonthEqualityTest: no reference run finds a table for its P−1.
    // 2020-11 needs none: the first run on the empty output folder was from scratch.
    for (YearMonth p = LAST.minusMonths(1); p.isAfter(FIRST); p = p.minusMonths(1)) {
      MonthByMonthEqualityTest.deleteTree(reference.resolve("staging/person_state"));
      assertEquals(
          ExitCode.SUCCESS,
          TestRun.run(input, reference, p.toString()),
          "run without carried state " + p);
      SameAsFromScratch.assertSame("month by month across the year", p, output, reference);
    }
    SameAsFromScratch.assertAllNew(
        FIRST,
        SameAsFromScratch.read(output.resolve("reports/" + FIRST), SameAsFromScratch.ALERTS));
    assertTrue(lastYearValues(output, LAST) > 100, "2021-02 rows have last year's values");
    assertTrue(lastYearValues(output, YearMonth.of(2021, 1)) > 100);
    assertTrue(lastYearValues(output, YearMonth.of(2020, 12)) > 100, "2019 was delivered");
  }

  /** The rows of a period's indicators.csv with a value of last year. */
  static long lastYearValues(Path output, YearMonth period) throws IOException {
    String csv =
        Files.readString(
            output.resolve("reports/" + period + "/indicators.csv"), StandardCharsets.UTF_8);
    List<List<String>> records = CsvFields.records(csv.replace("\uFEFF", ""));
    int col = CsvFields.unquoted(records.get(0)).indexOf("value_last_year");
    assertTrue(col > 0, "indicators.csv has value_last_year");
    return records.stream()
        .skip(1)
        .map(CsvFields::unquoted)
        .filter(f -> f.size() > col && !f.get(col).isEmpty())
        .count();
  }
}
