package org.employmentmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;
import org.employmentmonitor.staging.MonthWindow;
import org.employmentmonitor.staging.StagedData;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.SparkTestSupport;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deliveries as they really arrive (issue 19): an extract in parts, an .xlsx export, a Chinese file
 * name — each read as one delivery with the same validation, quarantine and counts as a CSV.
 */
class DeliveryShapesTest {
  private static final YearMonth SEPTEMBER = YearMonth.of(2020, 9);
  static final String REG_HEADER = IngestJobTest.REG_HEADER;
  static final String SI_HEADER = IngestJobTest.SI_HEADER;

  @TempDir Path tmp;

  private Path output() {
    return tmp.resolve("out");
  }

  private IngestState state(String source) throws IOException {
    return IngestState.read(
        new HadoopFs(new Configuration()),
        new org.apache.hadoop.fs.Path(
            output().resolve("staging/" + source + "/extract_month=2020-09").toString()));
  }

  private List<Row> latestRegistration() throws IOException {
    StagedData staged =
        StagedData.open(
            SparkTestSupport.spark(),
            new HadoopFs(new Configuration()),
            new OutputLayout(output().toString()),
            new MonthWindow(SEPTEMBER));
    return staged.latest(Extracts.REGISTRATION).orderBy("record_id").collectAsList();
  }

  private List<String> quarantined(String source) {
    return SparkTestSupport.spark()
        .read()
        .parquet(output().resolve("quarantine/" + source + "/extract_month=2020-09").toString())
        .filter("kind = 'QUARANTINED'")
        .orderBy("file", "line")
        .collectAsList()
        .stream()
        .map(r -> r.getAs("file") + ":" + r.getLong(r.fieldIndex("line")) + " " + r.getAs("reason"))
        .toList();
  }

  private String dataQuality() throws IOException {
    return Files.readString(
        output().resolve("reports/2020-09/data_quality.csv"), StandardCharsets.UTF_8);
  }

  private static String reg(String id, int person, String town, String type, String form) {
    return id + "," + Ids.person(person) + ",某," + town + "," + type + ",2020-09-03," + form;
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(b)) {
      g.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  private TestInput withInsurance() {
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file(
        "2020-09",
        "social_insurance",
        SI_HEADER,
        Ids.person(1) + "," + Ids.employer(1) + ",某公司,500118001,2020-09,PENSION");
    return in;
  }

  @Test
  void partsAreOneDeliveryCountedPerFileAndALaterPartWinsADuplicate() throws IOException {
    TestInput in = withInsurance();
    in.text(
        "2020-09/registration-1.csv",
        TestInput.lines(
            REG_HEADER,
            List.of(
                reg("R1", 1, TestInput.TOWN_A, "EMPLOYED", "EMPLOYER"),
                reg("R2", 2, TestInput.TOWN_A, "UNEMPLOYED", ""))),
        StandardCharsets.UTF_8);
    // Part 2 is gzip, names its columns in Chinese, re-delivers R1 and has one bad row.
    in.bytes(
        "2020-09/registration-2.csv.gz",
        gzip(
            "记录编号,公民身份号码,姓名,镇街代码,登记类型,登记日期,就业形式\n"
                + reg("R1", 1, TestInput.TOWN_B, "UNEMPLOYED", "")
                + "\n"
                + reg("R3", 3, "999999999", "UNEMPLOYED", "")
                + "\n"));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));

    IngestState s = state("registration");
    assertEquals(4, s.read);
    assertEquals(3, s.accepted);
    assertEquals(1, s.quarantined);
    assertEquals("2020-09/registration-1.csv + 2020-09/registration-2.csv.gz", s.file);
    assertEquals(2, s.parts.size());
    assertEquals(2, s.parts.get(0).read);
    assertEquals(2, s.parts.get(1).read);
    assertEquals(1, s.parts.get(1).quarantined);

    String dq = dataQuality();
    assertTrue(
        dq.contains("2020-09,registration,2020-09,2020-09/registration-1.csv,2,2,0,0,0.00000000,"),
        dq);
    assertTrue(
        dq.contains(
            "2020-09,registration,2020-09,2020-09/registration-2.csv.gz,2,1,1,0,0.50000000,"),
        dq);
    assertEquals(
        List.of("2020-09/registration-2.csv.gz:3 UNKNOWN_TOWN"), quarantined("registration"));

    // SPEC 2.3 / 9: within a delivery a later part is later; R1 of part 2 replaces part 1's.
    List<Row> latest = latestRegistration();
    assertEquals(List.of("R1", "R2"), latest.stream().map(r -> r.getAs("record_id")).toList());
    assertEquals("UNEMPLOYED", latest.get(0).getAs("event_type"));
    assertEquals(TestInput.TOWN_B, latest.get(0).getAs("town_code"));
  }

  @Test
  void reDeliveringOnePartReIngestsTheMonth() throws IOException {
    TestInput in = withInsurance();
    in.file(
        "2020-09",
        "registration-1",
        REG_HEADER,
        reg("R1", 1, TestInput.TOWN_A, "EMPLOYED", "EMPLOYER"));
    in.file(
        "2020-09", "registration-2", REG_HEADER, reg("R2", 2, TestInput.TOWN_A, "UNEMPLOYED", ""));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    String firstRun = state("registration").runId;

    // The same files again: nothing to read.
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    assertEquals(firstRun, state("registration").runId);

    // Part 2 corrected: the whole month is read again, part 1 included.
    in.file(
        "2020-09",
        "registration-2",
        REG_HEADER,
        reg("R2", 2, TestInput.TOWN_A, "UNEMPLOYED", ""),
        reg("R3", 3, TestInput.TOWN_C, "JOB_SEEKING", ""));
    Files.setLastModifiedTime(
        in.root().resolve("2020-09/registration-2.csv"),
        FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    IngestState again = state("registration");
    assertNotEquals(firstRun, again.runId);
    assertEquals(3, again.read);
    assertEquals(List.of(1L, 2L), again.parts.stream().map(p -> p.read).toList());
    assertEquals(3, latestRegistration().size());
  }

  @Test
  void aPartMovedOutOfTheInputDoesNotDropItsRowsFromStaging() throws IOException {
    TestInput in = withInsurance();
    in.file(
        "2020-09",
        "registration-1",
        REG_HEADER,
        reg("R1", 1, TestInput.TOWN_A, "EMPLOYED", "EMPLOYER"));
    in.file(
        "2020-09", "registration-2", REG_HEADER, reg("R2", 2, TestInput.TOWN_A, "UNEMPLOYED", ""));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    String firstRun = state("registration").runId;

    // Part 2 moved out, part 1 unchanged: the staged month (both parts) is kept and said so — in
    // the log, data_quality.csv and the manifest (the report's note: HtmlReportTest).
    Files.delete(in.root().resolve("2020-09/registration-2.csv"));
    try (org.employmentmonitor.testing.LogCapture log =
        new org.employmentmonitor.testing.LogCapture()) {
      assertEquals(
          ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
      assertTrue(
          log.text().contains("part(s) [2020-09/registration-2.csv] no longer in the input"),
          log.text());
    }
    assertEquals(firstRun, state("registration").runId);
    assertEquals(2, state("registration").read);
    // Issue 27: data_quality.csv says which part is staged without its file.
    String dq =
        Files.readString(
            output().resolve("reports/2020-09/data_quality.csv"), StandardCharsets.UTF_8);
    assertTrue(dq.matches("(?s).*,2020-09/registration-1\\.csv,[^\\r\\n]*,delivered\\r?\\n.*"), dq);
    assertTrue(
        dq.matches("(?s).*,2020-09/registration-2\\.csv,[^\\r\\n]*,staged_without_input\\r?\\n.*"),
        dq);
    // Issue 27: the manifest says it of the month and of each part.
    com.fasterxml.jackson.databind.JsonNode registration = null;
    for (com.fasterxml.jackson.databind.JsonNode i :
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(output().resolve("reports/2020-09/manifest.json").toFile())
            .get("inputs")) {
      if (i.get("source").asText().equals("registration")) {
        registration = i;
      }
    }
    assertEquals("partly_staged_without_input", registration.get("input_status").asText());
    assertEquals(
        "2020-09/registration-1.csv", registration.get("parts").get(0).get("file").asText());
    assertEquals("delivered", registration.get("parts").get(0).get("input_status").asText());
    assertEquals(
        "staged_without_input", registration.get("parts").get(1).get("input_status").asText());

    // --reingest is the explicit act: the month is then staged from part 1 alone.
    assertEquals(
        ExitCode.SUCCESS,
        TestRun.run(in.root(), output(), "2020-09", "--step", "ingest", "--reingest"));
    assertEquals(1, state("registration").read);
  }

  @Test
  void aPartMovedOutWhileTheTownsOrTheKeyChangeIsRefusedNotShrunk() throws IOException {
    TestInput in = withInsurance();
    in.file(
        "2020-09",
        "registration-1",
        REG_HEADER,
        reg("R1", 1, TestInput.TOWN_A, "EMPLOYED", "EMPLOYER"));
    in.file(
        "2020-09", "registration-2", REG_HEADER, reg("R2", 2, TestInput.TOWN_A, "UNEMPLOYED", ""));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    String firstRun = state("registration").runId;

    // Part 2 moved out and a town added to towns.csv: the month would have to be read again, from
    // part 1 alone. Refused (exit 3), the staged month untouched.
    Files.delete(in.root().resolve("2020-09/registration-2.csv"));
    String towns = Files.readString(in.root().resolve("reference/towns.csv"));
    Files.writeString(
        in.root().resolve("reference/towns.csv"),
        "\n500118200,新城街道,STREET\n",
        java.nio.file.StandardOpenOption.APPEND);
    try (org.employmentmonitor.testing.LogCapture log =
        new org.employmentmonitor.testing.LogCapture()) {
      assertEquals(
          ExitCode.INPUT_ERROR, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
      assertTrue(
          log.text()
              .contains(
                  "staging registration 2020-09 must be read again (reference/towns.csv changed),"
                      + " but part(s) [2020-09/registration-2.csv] are no longer in the input"
                      + " folder"),
          log.text());
      assertTrue(log.text().contains("Put the part(s) back"), log.text());
    }
    assertEquals(firstRun, state("registration").runId);
    assertEquals(2, state("registration").read);
    // The same with the towns as before and the key changed instead (issue 27: one key, one
    // person, and no month shrunk to re-key it).
    Files.writeString(in.root().resolve("reference/towns.csv"), towns);
    Path key = tmp.resolve("key");
    Files.writeString(key, "a-long-random-secret-of-the-bureau-0123456789\n");
    try (org.employmentmonitor.testing.LogCapture log =
        new org.employmentmonitor.testing.LogCapture()) {
      assertEquals(
          ExitCode.INPUT_ERROR,
          TestRun.run(
              in.root(), output(), "2020-09", "--step", "ingest", "--key-file", key.toString()));
      assertTrue(
          log.text()
              .contains(
                  "staging registration 2020-09 must be read again (the pseudonymisation key"
                      + " changed), but part(s) [2020-09/registration-2.csv] are no longer in the"
                      + " input folder"),
          log.text());
    }
    assertEquals(firstRun, state("registration").runId);
    assertEquals(2, state("registration").read);
    // --reingest is the explicit act.
    assertEquals(
        ExitCode.SUCCESS,
        TestRun.run(in.root(), output(), "2020-09", "--step", "ingest", "--reingest"));
    assertEquals(1, state("registration").read);
  }

  @Test
  void aKeyChangeWithAnArchivedMonthStopsNamingTheMonthsAndTheWaysOut() throws IOException {
    TestInput in = withInsurance();
    in.file(
        "2020-08", "registration", REG_HEADER, reg("R1", 1, TestInput.TOWN_A, "UNEMPLOYED", ""));
    in.emptyMandatory("2020-08", "2020-09");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    Path key = tmp.resolve("key");
    Files.writeString(key, "a-long-random-secret-of-the-bureau-0123456789\n");

    // August archived, then the key changed: August cannot be staged again under the new key.
    Files.move(in.root().resolve("2020-08"), tmp.resolve("archived-2020-08"));
    try (org.employmentmonitor.testing.LogCapture log =
        new org.employmentmonitor.testing.LogCapture()) {
      assertEquals(
          ExitCode.INPUT_ERROR,
          TestRun.run(
              in.root(), output(), "2020-09", "--step", "ingest", "--key-file", key.toString()));
      String text = log.text();
      assertTrue(
          text.contains(
              "staged month(s) registration:2020-08, social_insurance:2020-08 were staged under"
                  + " another pseudonymisation key"),
          text);
      assertTrue(text.contains("Either restore those month folders"), text);
      assertTrue(text.contains("--withdraw registration:2020-08,social_insurance:2020-08"), text);
    }
    // September was not re-staged under the new key: nothing was read.
    String september = state("registration").keyFingerprint;
    // Way out 1: restore the folder; every month is then staged under the new key.
    Files.move(tmp.resolve("archived-2020-08"), in.root().resolve("2020-08"));
    assertEquals(
        ExitCode.SUCCESS,
        TestRun.run(
            in.root(), output(), "2020-09", "--step", "ingest", "--key-file", key.toString()));
    assertTrue(!september.equals(state("registration").keyFingerprint), "September re-staged");
    // Way out 2: August archived again and the key changed back (the development key): with
    // August withdrawn, the run goes through.
    Files.move(in.root().resolve("2020-08"), tmp.resolve("archived-2020-08"));
    assertEquals(
        ExitCode.SUCCESS,
        TestRun.run(in.root(), output(), "2020-09", "--step", "ingest", "--withdraw", "2020-08"));
  }

  @Test
  void aChineseFileNameIsItsExtract() throws IOException {
    TestInput in = withInsurance();
    in.file(
        "2020-09", "就业失业登记", REG_HEADER, reg("R1", 1, TestInput.TOWN_A, "EMPLOYED", "EMPLOYER"));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    IngestState s = state("registration");
    assertEquals("2020-09/就业失业登记.csv", s.file);
    assertEquals(1, s.accepted);
  }

  /** A workbook as a clerk's Excel export: text, numbers typed into text columns, dates. */
  private static void workbook(Path file, WorkbookFiller filler) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("登记");
      filler.fill(ws);
      wb.finish();
    }
  }

  interface WorkbookFiller {
    void fill(Worksheet ws);
  }

  @Test
  void anXlsxExportIsReadCellByCellAsText() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    workbook(
        in.root().resolve("2020-09/就业失业登记.xlsx"),
        ws -> {
          // A title row left empty, then the header on sheet row 2.
          String[] header = {"记录编号", "公民身份号码", "姓名", "镇街代码", "登记类型", "登记日期", "就业形式"};
          for (int c = 0; c < header.length; c++) {
            ws.value(1, c, header[c]);
          }
          // Row 3: a good row, the date a real date cell (serial number with a date format),
          // the town code typed as a number.
          ws.value(2, 0, "R1");
          ws.value(2, 1, Ids.person(1));
          ws.value(2, 2, "张三");
          ws.value(2, 3, 500118001L);
          ws.value(2, 4, "就业登记");
          ws.value(2, 5, LocalDate.of(2020, 9, 3));
          ws.style(2, 5).format("yyyy-mm-dd").set();
          ws.value(2, 6, "单位就业");
          // Row 4 is blank: not a row. Row 5: an ID typed as a number (Excel shows 5.00118E+17,
          // keeps 15-17 significant digits): the double's digits no longer pass the check.
          ws.value(4, 0, "R2");
          ws.value(4, 1, 500118197804171100.0);
          ws.value(4, 3, "500118001");
          ws.value(4, 4, "FOLLOW_UP");
          ws.value(4, 5, "2020-09-04");
          // Row 6: a value beyond the header's seven columns.
          ws.value(5, 0, "R3");
          ws.value(5, 1, Ids.person(3));
          ws.value(5, 3, "500118001");
          ws.value(5, 4, "FOLLOW_UP");
          ws.value(5, 5, "2020-09-04");
          ws.value(5, 8, "stray");
        });
    workbook(
        in.root().resolve("2020-09/social_insurance.xlsx"),
        ws -> {
          String[] header = SI_HEADER.split(",");
          for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
          }
          ws.value(1, 0, Ids.person(1));
          ws.value(1, 1, Ids.employer(1));
          ws.value(1, 3, "500118001");
          // The contribution month as a date cell: read as 2020-09 in a month column.
          ws.value(1, 4, LocalDate.of(2020, 9, 1));
          ws.style(1, 4).format("yyyy/m").set();
          ws.value(1, 5, "养老");
        });
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));

    IngestState reg = state("registration");
    assertEquals(3, reg.read);
    assertEquals(1, reg.accepted);
    assertEquals(
        List.of("2020-09/就业失业登记.xlsx:5 INVALID_ID_NUMBER", "2020-09/就业失业登记.xlsx:6 MALFORMED_ROW"),
        quarantined("registration"));
    String detail =
        SparkTestSupport.spark()
            .read()
            .parquet(output().resolve("quarantine/registration/extract_month=2020-09").toString())
            .filter("line = 5")
            .first()
            .getAs("raw_record");
    // The number became plain digits (no exponent), as SPEC 9 says, and failed its check.
    assertTrue(detail.startsWith("R2,500118197804171072,"), detail);
    Row r1 = latestRegistration().get(0);
    assertEquals(LocalDate.of(2020, 9, 3), r1.getAs("event_date"));
    assertEquals("EMPLOYER", r1.getAs("employment_form"));
    assertEquals(3, (int) r1.getAs("source_line"));

    IngestState si = state("social_insurance");
    assertEquals(1, si.accepted);
    Row contribution =
        SparkTestSupport.spark()
            .read()
            .schema(Extracts.SOCIAL_INSURANCE.stagedSchema())
            .parquet(output().resolve("staging/social_insurance/extract_month=2020-09").toString())
            .first();
    Object month = contribution.getAs("contribution_month");
    assertEquals(LocalDate.of(2020, 9, 1), month);
  }

  @Test
  void aFileThatMatchesNoExtractIsNamedInTheLogAndTheRunGoesOn() throws IOException {
    TestInput in = withInsurance();
    in.file(
        "2020-09",
        "registration",
        REG_HEADER,
        reg("R1", 1, TestInput.TOWN_A, "EMPLOYED", "EMPLOYER"));
    in.text("2020-09/参保缴费明细(1).csv", "x\n", StandardCharsets.UTF_8);
    try (org.employmentmonitor.testing.LogCapture log =
        new org.employmentmonitor.testing.LogCapture()) {
      assertEquals(
          ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
      assertTrue(log.text().contains("2020-09/参保缴费明细(1).csv: not read"), log.text());
    }
    assertFalse(dataQuality().contains("参保缴费明细(1)"));
  }
}
