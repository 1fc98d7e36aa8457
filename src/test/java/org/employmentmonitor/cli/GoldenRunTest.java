package org.employmentmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.generator.GenerateData;
import org.employmentmonitor.generator.Scale;
import org.employmentmonitor.report.OfficialStyleTest;
import org.employmentmonitor.testing.ReportOutline;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole batch on the generator's tiny data set, compared with golden files checked in beside
 * the tests (like Spark's SQLQueryTestSuite results): a change that moves any number shows up as a
 * diff of {@code src/test/resources/golden/2020-09/}. After a deliberate change run {@code mvn test
 * -Dtest=GoldenRunTest -Dem.regenerateGolden=true} and review the diff.
 */
class GoldenRunTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/2020-09");
  static final String OUTLINE = "report-outline.txt";
  static final List<String> FILES =
      List.of("indicators.csv", "alerts.csv", "data_quality.csv", OUTLINE);

  @TempDir Path tmp;

  @Test
  void theTinyDistrictGivesTheCheckedInTables() throws IOException {
    Path input = tmp.resolve("input");
    GenerateData.run(Scale.TINY, input, GenerateData.DEFAULT_SEED, 2);
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, tmp.resolve("out"), "2020-09"));
    boolean regenerate = Boolean.getBoolean("em.regenerateGolden");
    for (String f : FILES) {
      Path reports = tmp.resolve("out/reports/2020-09/");
      String actual =
          f.equals(OUTLINE)
              ? ReportOutline.of(reports)
              : Files.readString(reports.resolve(f), StandardCharsets.UTF_8);
      Path golden = GOLDEN.resolve(f);
      if (regenerate) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(golden), golden + " missing: run with -Dem.regenerateGolden=true");
      assertEquals(
          Files.readString(golden, StandardCharsets.UTF_8), actual, f + " differs from " + golden);
    }
    // official style on a real report (tasks, 督办单, quality notes), not only on the fixture's
    String html =
        Files.readString(tmp.resolve("out/reports/2020-09/report.html"), StandardCharsets.UTF_8);
    assertEquals(
        List.of(),
        OfficialStyleTest.latinWordsOutsideTheTechnicalAppendix(html),
        "Latin words outside 运行信息");
  }
}
