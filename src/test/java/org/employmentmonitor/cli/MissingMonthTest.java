package org.employmentmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.LogCapture;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, SPEC 2: a month folder moved out of the input (archived) never deletes its staged copy;
 * the run says so in the log, data_quality.csv and the report. Withdrawing is explicit.
 */
class MissingMonthTest {
  @TempDir Path tmp;

  @Test
  void anArchivedMonthKeepsItsStagedCopyAndEveryOutputSaysSo() throws IOException {
    TestInput in = ReliabilityTest.input(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    byte[] indicators = Files.readAllBytes(out.resolve("reports/2020-09/indicators.csv"));

    Files.move(in.root().resolve("2020-08"), tmp.resolve("archived-2020-08"));
    String log;
    try (LogCapture capture = new LogCapture()) {
      assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
      log = capture.text();
    }
    assertArrayEquals(
        indicators,
        Files.readAllBytes(out.resolve("reports/2020-09/indicators.csv")),
        "the year's numbers do not move");
    assertTrue(
        Files.exists(out.resolve("staging/registration/extract_month=2020-08/_ingest.json")));
    assertTrue(
        log.contains(
            "staging registration 2020-08 kept and used: 2020-08/registration.csv is no longer in"
                + " the input folder"),
        log);
    List<String> quality =
        Files.readAllLines(out.resolve("reports/2020-09/data_quality.csv")).stream()
            .filter(l -> l.contains(",2020-08,"))
            .toList();
    assertEquals(2, quality.size(), quality.toString());
    for (String l : quality) {
      assertTrue(l.endsWith(",staged_without_input"), l);
    }
    assertTrue(
        Files.readAllLines(out.resolve("reports/2020-09/data_quality.csv")).stream()
            .filter(l -> l.contains(",2020-09,"))
            .allMatch(l -> l.endsWith(",delivered")));
    String html = Files.readString(out.resolve("reports/2020-09/report.html"));
    assertTrue(html.contains("输入目录中已无对应文件（已归档或移出）：就业失业登记 2020-08"), html);
    // Not a missing month: no DATA_QUALITY alert names August.
    String alerts = Files.readString(out.resolve("reports/2020-09/alerts.csv"));
    assertFalse(alerts.contains("registration/2020-08"), alerts);
    assertTrue(alerts.contains("RED,DATA_QUALITY,,registration/2020-07"), alerts);
  }

  @Test
  void aMonthIsWithdrawnOnlyOnPurposeAndOnlyOnceItsInputIsGone() throws IOException {
    TestInput in = ReliabilityTest.input(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    try (LogCapture capture = new LogCapture()) {
      assertEquals(
          ExitCode.USAGE_OR_CONFIG,
          TestRun.run(in.root(), out, "2020-09", "--withdraw", "registration:2020-08"));
      assertTrue(
          capture.text().contains("2020-08/registration.csv is still in the input folder"),
          capture.text());
    }
    assertTrue(Files.exists(out.resolve("staging/registration/extract_month=2020-08")));

    // Delivered again under its Chinese name: still in the input, so refused as well.
    Files.move(
        in.root().resolve("2020-08/registration.csv"), in.root().resolve("2020-08/就业失业登记.csv"));
    try (LogCapture capture = new LogCapture()) {
      assertEquals(
          ExitCode.USAGE_OR_CONFIG,
          TestRun.run(in.root(), out, "2020-09", "--withdraw", "registration:2020-08"));
      assertTrue(
          capture.text().contains("2020-08/就业失业登记.csv is still in the input folder"),
          capture.text());
    }
    assertTrue(Files.exists(out.resolve("staging/registration/extract_month=2020-08")));

    Files.delete(in.root().resolve("2020-08/就业失业登记.csv"));
    String log;
    try (LogCapture capture = new LogCapture()) {
      assertEquals(
          ExitCode.SUCCESS,
          TestRun.run(in.root(), out, "2020-09", "--withdraw", "registration:2020-08"));
      log = capture.text();
    }
    assertTrue(
        log.contains("withdrawn on request (--withdraw): staging registration 2020-08"), log);
    assertFalse(Files.exists(out.resolve("staging/registration/extract_month=2020-08")));
    assertTrue(Files.exists(out.resolve("staging/social_insurance/extract_month=2020-08")));
    String alerts = Files.readString(out.resolve("reports/2020-09/alerts.csv"));
    assertTrue(alerts.contains("RED,DATA_QUALITY,,registration/2020-08"), alerts);
    assertFalse(alerts.contains("social_insurance/2020-08"), alerts);
  }
}
