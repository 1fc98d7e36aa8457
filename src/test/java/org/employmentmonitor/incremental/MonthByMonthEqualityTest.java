package org.employmentmonitor.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equality with from-scratch is the contract (SPEC 3.2, issue 16). The sample is run month by
 * month, January to September 2020, each period on the same output folder while the input folder
 * grows as the months arrive (the look-back months October–December 2019 are there before the first
 * run). After each period's run, the same period is run from scratch on a fresh output folder with
 * the same input, and the two runs' tables must be equal:
 *
 * <ul>
 *   <li>{@code indicators.csv} and {@code data_quality.csv} byte for byte;
 *   <li>{@code alerts.csv} byte for byte once what differs by definition is removed: the lifecycle
 *       columns {@code state}, {@code since}, {@code months_active} and the RESOLVED rows. They
 *       compare P's alerts with the alerts published for P−1 in the same output (SPEC 7,
 *       docs/alerts.md "Lifecycle"), so from scratch every alert is NEW since P and none is
 *       RESOLVED; everything else of every active alert (severity, rule, subject, value, threshold,
 *       message, lead unit, order) is the same bytes.
 * </ul>
 *
 * <p>The reference runs carry no state. The one for September is a real from-scratch run on a fresh
 * output folder with the full input; the ones for February to August run on that same reference
 * folder after its person state is deleted (issue 16: the state is the only thing a run carries to
 * the next), so each of them evaluates every month-end from the staged months alone. Their ingest
 * finds every month up to P staged from the September run and reads nothing: a month is staged the
 * same whichever run reads it, and runs ignore months after P. This keeps the test at one full
 * ingest instead of nine; {@link CorrectedMonthEqualityTest} uses fresh output folders for every
 * reference. January has no reference run: the month-by-month chain's first run, on an empty output
 * folder with no state, is itself the from-scratch run of January (its alerts are checked to be all
 * NEW as any from-scratch run's). Each of February to August's references also sees the months
 * after its period in the input and the later periods' tables in its output, and must ignore them.
 *
 * <p>A difference fails with the period, the file and the first differing line of each side ({@link
 * SameAsFromScratch}). {@link CorrectedMonthEqualityTest} covers changes to the past.
 */
class MonthByMonthEqualityTest {
  static final YearMonth FIRST = YearMonth.of(2020, 1);
  static final YearMonth LAST = YearMonth.of(2020, 9);

  @TempDir Path tmp;

  @Test
  void everyPeriodRunMonthByMonthGivesTheTablesOfARunWithoutCarriedState() throws Exception {
    Path input = SampleDelivery.start(tmp.resolve("input"));
    Path output = tmp.resolve("output");
    for (YearMonth m = SampleDelivery.FIRST; m.isBefore(FIRST); m = m.plusMonths(1)) {
      SampleDelivery.deliver(input, m);
    }
    for (YearMonth p = FIRST; !p.isAfter(LAST); p = p.plusMonths(1)) {
      SampleDelivery.deliver(input, p);
      assertEquals(ExitCode.SUCCESS, TestRun.run(input, output, p.toString()), "run " + p);
      assertTrue(
          Files.exists(output.resolve("staging/person_state/_state.json")),
          "the run for " + p + " published its person state");
    }
    Path reference = tmp.resolve("reference");
    assertEquals(
        ExitCode.SUCCESS,
        TestRun.run(input, reference, LAST.toString()),
        "from-scratch run " + LAST);
    SameAsFromScratch.assertSame("month by month", LAST, output, reference);
    // Latest first: no reference run then finds a table published for its P−1, so its alerts
    // are all NEW, as from scratch (SameAsFromScratch checks that too). FIRST needs none: its run
    // was the first on the empty output folder, a from-scratch run itself.
    for (YearMonth p = LAST.minusMonths(1); p.isAfter(FIRST); p = p.minusMonths(1)) {
      deleteTree(reference.resolve("staging/person_state"));
      assertEquals(
          ExitCode.SUCCESS,
          TestRun.run(input, reference, p.toString()),
          "run without carried state " + p);
      SameAsFromScratch.assertSame("month by month", p, output, reference);
    }
    SameAsFromScratch.assertAllNew(
        FIRST,
        SameAsFromScratch.read(output.resolve("reports/" + FIRST), SameAsFromScratch.ALERTS));
  }

  static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
