package org.employmentmonitor.incremental;

import static org.employmentmonitor.incremental.HandRows.REG;
import static org.employmentmonitor.incremental.HandRows.SI;
import static org.employmentmonitor.incremental.HandRows.si;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.indicators.InsuredEmployment;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.LogCapture;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the log says what the person state kept and read, which earlier month-ends a run
 * restates and why, and a re-delivered month changes the numbers it should (two persons insured in
 * August, one of them withdrawn by August's corrected file).
 */
class RestatementLogTest {

  @TempDir Path tmp;

  @Test
  void theLogNamesKeptAndReadMonthsAndTheMonthEndsARedeliveryRestates() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file(
        "2020-08",
        "registration",
        REG,
        "R1," + Ids.person(1) + ",王秀英," + TestInput.TOWN_A + ",H1,UNEMPLOYED,2020-08-03,");
    in.file("2020-08", "social_insurance", SI, si(2, 1, "2020-08"), si(4, 2, "2020-08"));
    in.file(
        "2020-09",
        "registration",
        REG,
        "R2," + Ids.person(2) + ",李建国," + TestInput.TOWN_B + ",,EMPLOYED,2020-09-03,EMPLOYER");
    in.file("2020-09", "social_insurance", SI, si(2, 1, "2020-09"));
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-08"));
    assertEquals("2", insured(out, "2020-08", "2020-08-31"));

    String log;
    try (LogCapture capture = new LogCapture()) {
      assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
      log = capture.text();
    }
    assertTrue(
        log.contains(
            "person state: state of 2020-08; kept from it: social_insurance 1 staged month(s)"
                + " 2020-08..2020-08; read from staging: 1 month(s) 2020-09..2020-09"),
        log);
    assertTrue(log.contains("person state: social_insurance 2020-09 new"), log);
    assertTrue(
        log.contains(
            "restatement: month-ends 2020-01..2020-08 are unchanged from the table published for"
                + " 2020-08"),
        log);

    // August corrected: person 4's row withdrawn. The run for September reads August again and
    // restates its month-end.
    in.file("2020-08", "social_insurance", SI, si(2, 1, "2020-08"));
    try (LogCapture capture = new LogCapture()) {
      assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
      log = capture.text();
    }
    assertTrue(
        log.contains(
            "person state: social_insurance 2020-08 staged again since the state of 2020-09 was"
                + " built (re-delivered, --reingest, or the key or towns.csv changed): read again"),
        log);
    assertTrue(
        log.contains(
            "restatement: month-ends restated against the table published for 2020-08: 2020-08 ("),
        log);
    assertTrue(
        log.contains(
            "restatement: why: earlier months delivered again in this run: social_insurance"
                + " 2020-08"),
        log);
    assertEquals("1", insured(out, "2020-09", "2020-08-31"), "August restated: one insured");
    assertEquals("1", insured(out, "2020-09", "2020-09-30"));

    // The state is owner-only like all of staging.
    try (java.util.stream.Stream<Path> files = Files.walk(out.resolve("staging/person_state"))) {
      for (Path f : files.toList()) {
        assertEquals(
            Files.isDirectory(f) ? "rwx------" : "rw-------",
            java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
            f.toString());
      }
    }
  }

  /** The district value of insured employment at a month-end, from reports/P/indicators.csv. */
  private static String insured(Path out, String period, String monthEnd) throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("reports/" + period + "/indicators.csv"));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int id = header.indexOf("indicator_id");
    int me = header.indexOf("month_end");
    int scope = header.indexOf("scope");
    int value = header.indexOf("value");
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      if (f[id].equals(InsuredEmployment.DEFINITION.id())
          && f[me].equals(monthEnd)
          && f[scope].equals("DISTRICT")) {
        return f[value];
      }
    }
    throw new AssertionError("no district insured_employment row for " + monthEnd);
  }
}
