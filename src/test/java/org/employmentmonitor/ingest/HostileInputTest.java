package org.employmentmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.LogCapture;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded work for hostile input (issue 18), with small limits configured in the test: no file here
 * is larger than a few hundred kilobytes.
 */
class HostileInputTest {
  static final String REG_HEADER = IngestJobTest.REG_HEADER;

  @TempDir Path tmp;

  private Path output() {
    return tmp.resolve("out");
  }

  private Path config(String yaml) throws IOException {
    Path p = tmp.resolve("limits.yaml");
    Files.writeString(p, yaml);
    return p;
  }

  private static String reg(int n) {
    return "R" + n + "," + Ids.person(n) + ",某,500118001,FOLLOW_UP,2020-09-03,";
  }

  private static String[] regs(int count) {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(reg(i));
    }
    return rows.toArray(new String[0]);
  }

  private ExitCode ingest(Path in, String period, Path config) {
    return TestRun.run(in, output(), period, "--step", "ingest", "--config", config.toString());
  }

  private String dataQuality(String period) throws IOException {
    return Files.readString(
        output().resolve("reports/" + period + "/data_quality.csv"), StandardCharsets.UTF_8);
  }

  @Test
  void aHugeLineOfCommasAndAnOverlongRecordAreCutOffAndQuarantined() throws IOException {
    Path limits = config("ingest:\n  max_fields: 32\n  max_record_bytes: 4096\n");
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.text(
        "2020-09/registration.csv",
        TestInput.lines(
            REG_HEADER, List.of(reg(1), ",".repeat(300_000), reg(3) + "x".repeat(10_000), reg(4))),
        StandardCharsets.UTF_8);
    in.emptyMandatory("2020-09");
    assertEquals(ExitCode.SUCCESS, ingest(in.root(), "2020-09", limits));
    String dq = dataQuality("2020-09");
    // 4 read, 2 accepted, 2 quarantined, both MALFORMED_ROW.
    assertTrue(
        dq.contains(
            "2020-09,registration,2020-09,2020-09/registration.csv,4,2,2,0,0.50000000,2,0,"),
        dq);
  }

  @Test
  void farMoreRowsThanPlausibleWithoutHistoryStopsTheRunBeforeAnythingIsStaged()
      throws IOException {
    // Without a previous delivery: at most factor x floor = 2 x 3 = 6 rows.
    Path limits = config("ingest:\n  plausible_rows:\n    factor: 2\n    floor: 3\n");
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file("2020-09", "registration", REG_HEADER, regs(7));
    in.emptyMandatory("2020-09");
    try (LogCapture log = new LogCapture()) {
      assertEquals(ExitCode.INPUT_ERROR, ingest(in.root(), "2020-09", limits));
      assertTrue(
          log.text().contains("2020-09/registration.csv holds more than 6 rows"), log.text());
    }
    assertFalse(Files.exists(output().resolve("staging/registration/extract_month=2020-09")));
    assertFalse(Files.exists(output().resolve("staging/social_insurance/extract_month=2020-09")));
  }

  @Test
  void aGzipOfOneValidRowRepeatedStopsAtTheLimitNotAtTheEnd() throws IOException {
    // A small stand-in for a gzip bomb: 200,000 copies of one valid row (a few hundred KB
    // compressed); the limit is 2 x 50 = 100 rows, so reading stops early with exit 3.
    Path limits = config("ingest:\n  plausible_rows:\n    factor: 2\n    floor: 50\n");
    TestInput in = TestInput.at(tmp.resolve("in"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write((REG_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] row = (reg(1) + "\n").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200_000; i++) {
        gz.write(row);
      }
    }
    in.bytes("2020-09/registration.csv.gz", bytes.toByteArray());
    in.file(
        "2020-09",
        "social_insurance",
        "id_number,employer_credit_code,town_code,contribution_month,insurance_type");
    try (LogCapture log = new LogCapture()) {
      assertEquals(ExitCode.INPUT_ERROR, ingest(in.root(), "2020-09", limits));
      assertTrue(
          log.text().contains("2020-09/registration.csv.gz holds more than 100 rows"), log.text());
    }
    assertFalse(Files.exists(output().resolve("staging/registration/extract_month=2020-09")));
  }

  @Test
  void farMoreRowsThanThePreviousDeliveryStopsTheRun() throws IOException {
    Path limits = config("ingest:\n  plausible_rows:\n    factor: 2\n    floor: 3\n");
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file("2020-08", "registration", REG_HEADER, regs(2).clone());
    in.emptyMandatory("2020-08");
    assertEquals(ExitCode.SUCCESS, ingest(in.root(), "2020-08", limits));
    // August delivered 2 rows: September may hold max(floor 3, 2 x 2) = 4.
    in.file("2020-09", "registration", REG_HEADER, regs(4));
    in.emptyMandatory("2020-09");
    assertEquals(ExitCode.SUCCESS, ingest(in.root(), "2020-09", limits));
    in.file("2020-09", "registration", REG_HEADER, regs(5));
    try (LogCapture log = new LogCapture()) {
      assertEquals(ExitCode.INPUT_ERROR, ingest(in.root(), "2020-09", limits));
      assertTrue(
          log.text().contains("2020-09/registration.csv holds more than 4 rows"), log.text());
    }
  }

  @Test
  void anArchivedPreviousMonthStillBoundsTheNextDelivery() throws IOException {
    // Archiving August's folder (SPEC 2: kept and used) must not lift the bound to factor x floor.
    Path limits = config("ingest:\n  plausible_rows:\n    factor: 2\n    floor: 3\n");
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file("2020-08", "registration", REG_HEADER, regs(2).clone());
    in.emptyMandatory("2020-08");
    assertEquals(ExitCode.SUCCESS, ingest(in.root(), "2020-08", limits));
    Files.move(in.root().resolve("2020-08"), tmp.resolve("archived-2020-08"));
    // August staged 2 rows: September may hold max(floor 3, 2 x 2) = 4, not 6.
    in.file("2020-09", "registration", REG_HEADER, regs(5));
    in.emptyMandatory("2020-09");
    try (LogCapture log = new LogCapture()) {
      assertEquals(ExitCode.INPUT_ERROR, ingest(in.root(), "2020-09", limits));
      assertTrue(
          log.text().contains("2020-09/registration.csv holds more than 4 rows"), log.text());
    }
  }

  @Test
  void headerOnlyFilesNulsAndWhiteSpaceLinesAreCountedAsWarnings() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.text(
        "2020-09/registration.csv",
        REG_HEADER + "\n" + reg(1) + "\n   \n" + reg(2).replace("某", "某\0") + "\n\n\t\n",
        StandardCharsets.UTF_8);
    in.file("2020-09", "loans", "loan_id,id_number,amount,issue_date");
    in.emptyMandatory("2020-09");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    String dq = dataQuality("2020-09");
    assertTrue(
        dq.contains(
            "2020-09,registration,2020-09,2020-09/registration.csv,2,2,0,3,0.00000000,"
                + "0,0,0,0,0,0,0,0,0,BLANK_LINE=2; NUL_STRIPPED=1"),
        dq);
    assertTrue(
        dq.contains(
            "2020-09,loans,2020-09,2020-09/loans.csv,0,0,0,1,,0,0,0,0,0,0,0,0,0,HEADER_ONLY=1"),
        dq);
  }

  @Test
  void aHeaderOfThousandsOfUnknownColumnsIsLoggedInOneShortLine() throws IOException {
    StringBuilder header = new StringBuilder(REG_HEADER);
    for (int i = 0; i < 3000; i++) {
      header.append(",extra_column_").append(i);
    }
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.text("2020-09/registration.csv", header + "\n", StandardCharsets.UTF_8);
    in.emptyMandatory("2020-09");
    try (LogCapture log = new LogCapture()) {
      assertEquals(
          ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
      String line =
          log.text()
              .lines()
              .filter(l -> l.contains("column(s) not in the schema"))
              .findFirst()
              .orElseThrow();
      assertTrue(line.length() < 1000, line);
      assertTrue(line.endsWith("extra_column_19, … and 2980 more]"), line);
    }
  }
}
