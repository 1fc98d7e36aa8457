package org.employmentmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.SparkTestSupport;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest step end to end on tiny files (issue 3): formats, rejects, reconciliation, staging.
 */
class IngestJobTest {
  @TempDir Path tmp;

  static final String REG_HEADER =
      "record_id,id_number,name,town_code,event_type,event_date,employment_form";
  static final String SI_HEADER =
      "id_number,employer_credit_code,employer_name,town_code,contribution_month,insurance_type";

  private Path output() {
    return tmp.resolve("out");
  }

  private Dataset<Row> staged(String source, String month) {
    return SparkTestSupport.spark()
        .read()
        .schema(Extracts.byName(source).stagedSchema())
        .parquet(output().resolve("staging/" + source + "/extract_month=" + month).toString());
  }

  private Dataset<Row> quarantine(String source, String month) {
    return SparkTestSupport.spark()
        .read()
        .parquet(output().resolve("quarantine/" + source + "/extract_month=" + month).toString());
  }

  @Test
  void everyFormatOfAnExcelDeliveryIsRead() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    Charset gbk = Charset.forName("GBK");
    // GBK, Chinese headers in another order, Chinese labels, CRLF, a quoted comma in a name.
    in.text(
        "2020-09/registration.csv",
        "登记类型,记录编号,公民身份号码,姓名,镇街代码,登记日期,就业形式\r\n"
            + "就业登记,R1,"
            + Ids.person(1)
            + ",\"张,三\",500118001,2020/9/3,单位就业\r\n"
            + "失业登记,R2,"
            + Ids.person(2)
            + ",李四,500118002,20200904,\r\n",
        gbk);
    // gzip with a UTF-8 BOM.
    in.bytes(
        "2020-09/social_insurance.csv.gz",
        gzip(
            "\uFEFF"
                + SI_HEADER
                + "\n"
                + Ids.person(1)
                + ","
                + Ids.employer(1)
                + ",\"Acme, Ltd\",500118001,2020-09,PENSION\n"));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));

    List<Row> reg = staged("registration", "2020-09").orderBy("source_line").collectAsList();
    assertEquals(2, reg.size());
    assertEquals("EMPLOYED", reg.get(0).getAs("event_type"));
    assertEquals("EMPLOYER", reg.get(0).getAs("employment_form"));
    assertEquals("UNEMPLOYED", reg.get(1).getAs("event_type"));
    assertEquals(3, (int) reg.get(1).getAs("source_line"));
    assertEquals(1, staged("social_insurance", "2020-09").count());

    IngestState state =
        IngestState.read(
            new org.employmentmonitor.io.HadoopFs(new org.apache.hadoop.conf.Configuration()),
            new org.apache.hadoop.fs.Path(
                output().resolve("staging/registration/extract_month=2020-09").toString()));
    assertEquals("GB18030", state.encoding);
    assertEquals(2, state.read);
  }

  @Test
  void uniqueColumnsAreStagedWithoutADictionaryAndTheOthersWithOne() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    StringBuilder si = new StringBuilder(SI_HEADER + "\n");
    for (int i = 1; i <= 50; i++) {
      si.append(Ids.person(i))
          .append(',')
          .append(Ids.employer(1))
          .append(",Acme,500118001,")
          .append("2020-09,PENSION\n");
    }
    in.text("2020-09/social_insurance.csv", si.toString(), StandardCharsets.UTF_8);
    in.text(
        "2020-09/registration.csv",
        REG_HEADER + "\nR1," + Ids.person(1) + ",张三,500118001,EMPLOYED,2020-09-03,EMPLOYER\n",
        StandardCharsets.UTF_8);
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));

    Path partition = output().resolve("staging/social_insurance/extract_month=2020-09");
    Path file;
    try (Stream<Path> files = Files.list(partition)) {
      file = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    try (org.apache.parquet.hadoop.ParquetFileReader r =
        org.apache.parquet.hadoop.ParquetFileReader.open(
            org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toString()),
                new org.apache.hadoop.conf.Configuration()))) {
      for (org.apache.parquet.hadoop.metadata.ColumnChunkMetaData c :
          r.getFooter().getBlocks().get(0).getColumns()) {
        String column = c.getPath().toDotString();
        boolean unique = Extracts.SOCIAL_INSURANCE.uniqueColumns().contains(column);
        if (unique || column.equals("employer_name")) {
          assertEquals(!unique, c.hasDictionaryPage(), column);
        }
      }
    }
    assertEquals(50, staged("social_insurance", "2020-09").count());
  }

  @Test
  void badRowsAreQuarantinedWithReasonColumnAndLineAndNothingIsLost() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file(
        "2020-09",
        "registration",
        REG_HEADER,
        "R1," + Ids.person(1) + ",甲,500118001,EMPLOYED,2020-09-03,EMPLOYER",
        "R2,5.00118E+17,乙,500118001,EMPLOYED,2020-09-03,EMPLOYER",
        "R3," + Ids.person(3) + ",丙,999999999,FOLLOW_UP,2020-09-03,",
        "",
        "R4," + Ids.person(4) + ",丁,500118001,FOLLOW_UP,2020-10-03,",
        "R5," + Ids.person(5) + ",戊,500118001,\"HIRED\"x,2020-09-03,",
        "R6," + Ids.person(6) + ",己,500118001,EMPLOYED,2020-09-03",
        "R7," + Ids.person(7) + ",庚,500118001,EMPLOYED,2020-09-03,",
        "R8," + Ids.person(8) + ",辛,500118001,EMPLOYED,2020-09-31,EMPLOYER");
    in.emptyMandatory("2020-09");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));

    assertEquals(1, staged("registration", "2020-09").count());
    List<String> q =
        quarantine("registration", "2020-09")
            .filter("kind = 'QUARANTINED'")
            .orderBy("line")
            .collectAsList()
            .stream()
            .map(
                r ->
                    r.getLong(r.fieldIndex("line"))
                        + " "
                        + r.getAs("reason")
                        + " "
                        + r.getAs("column"))
            .toList();
    assertEquals(
        List.of(
            "3 INVALID_ID_NUMBER id_number",
            "4 UNKNOWN_TOWN town_code",
            "6 DATE_AFTER_EXTRACT event_date",
            "7 MALFORMED_ROW null",
            "8 MALFORMED_ROW null",
            "9 MISSING_REQUIRED employment_form",
            "10 INVALID_DATE event_date"),
        q);
    Row bad = quarantine("registration", "2020-09").filter("line = 3").first();
    assertEquals("2020-09/registration.csv", bad.getAs("file"));
    assertTrue(((String) bad.getAs("raw_record")).contains("5.00118E+17"));

    String quality =
        Files.readString(
            output().resolve("reports/2020-09/data_quality.csv"), StandardCharsets.UTF_8);
    String line =
        quality.lines().filter(l -> l.contains(",registration,2020-09,")).findFirst().orElseThrow();
    // read 8 = accepted 1 + quarantined 7 (the blank line is not a row); then the share and one
    // column per reason in SPEC order: MALFORMED_ROW 2, MISSING_REQUIRED 1, INVALID_ID_NUMBER 1,
    // INVALID_CREDIT_CODE 0, UNKNOWN_TOWN 1, INVALID_DATE 1, DATE_AFTER_EXTRACT 1, INVALID_ENUM 0,
    // INVALID_NUMBER 0.
    assertTrue(line.contains(",8,1,7,0,0.87500000,2,1,1,0,1,1,1,0,0,"), line);
  }

  @Test
  void stagedAndQuarantineFoldersHoldNoRawIdAndAreOwnerOnly() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    String id = Ids.person(11);
    in.file(
        "2020-09",
        "registration",
        REG_HEADER,
        "R1," + id + ",王小明,500118001,EMPLOYED,2020-09-03,EMPLOYER");
    in.emptyMandatory("2020-09");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    List<String> columns = List.of(staged("registration", "2020-09").columns());
    assertFalse(columns.contains("id_number"));
    assertFalse(columns.contains("name"));
    try (Stream<Path> files = Files.walk(output().resolve("staging"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        assertFalse(content.contains(id), p + " holds the raw ID number");
      }
    }
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(output().resolve("staging"));
    assertEquals(
        Set.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE),
        perms);
  }

  @Test
  void lastRowOfAFileAndLatestMonthAreKeptForLaterSteps() throws IOException {
    // Versions are resolved when read (StagedData.latest): both versions are staged, with order.
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file(
        "2020-08",
        "registration",
        REG_HEADER,
        "R1," + Ids.person(1) + ",,500118001,EMPLOYED,2020-08-03,EMPLOYER");
    in.file(
        "2020-09",
        "registration",
        REG_HEADER,
        "R1," + Ids.person(1) + ",,500118002,EMPLOYED,2020-08-03,EMPLOYER",
        "R1," + Ids.person(1) + ",,500118001,EMPLOYED,2020-08-03,FLEXIBLE");
    in.emptyMandatory("2020-08", "2020-09");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    var layout = new org.employmentmonitor.io.OutputLayout(output().toString());
    var fs =
        new org.employmentmonitor.io.HadoopFs(
            SparkTestSupport.spark().sparkContext().hadoopConfiguration());
    var staged =
        org.employmentmonitor.staging.StagedData.open(
            SparkTestSupport.spark(),
            fs,
            layout,
            new org.employmentmonitor.staging.MonthWindow(java.time.YearMonth.of(2020, 9)));
    List<Row> latest = staged.latest(Extracts.REGISTRATION).collectAsList();
    assertEquals(1, latest.size());
    assertEquals("FLEXIBLE", latest.get(0).getAs("employment_form"));
    assertEquals("500118001", latest.get(0).getAs("town_code"));
  }

  @Test
  void reIngestingAMonthReplacesThatMonthOnly() throws IOException, InterruptedException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file(
        "2020-08",
        "registration",
        REG_HEADER,
        "R1," + Ids.person(1) + ",,500118001,EMPLOYED,2020-08-03,EMPLOYER");
    in.file(
        "2020-09",
        "registration",
        REG_HEADER,
        "R2," + Ids.person(2) + ",,500118001,EMPLOYED,2020-09-03,EMPLOYER");
    in.emptyMandatory("2020-08", "2020-09");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    Path aug = output().resolve("staging/registration/extract_month=2020-08/_ingest.json");
    String augState = Files.readString(aug);

    Thread.sleep(1100); // a different modification time for the corrected file
    in.file(
        "2020-09",
        "registration",
        REG_HEADER,
        "R2," + Ids.person(2) + ",,500118001,EMPLOYED,2020-09-03,EMPLOYER",
        "R3," + Ids.person(3) + ",,500118001,EMPLOYED,2020-09-04,EMPLOYER");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    assertEquals(augState, Files.readString(aug), "August was not read again");
    assertEquals(2, staged("registration", "2020-09").count());
    assertEquals(1, staged("registration", "2020-08").count());
    String sept =
        Files.readString(
            output().resolve("staging/registration/extract_month=2020-09/_ingest.json"));
    assertNotEquals(augState, sept);
  }

  @Test
  void inputErrorsExitWithCode3() throws IOException {
    TestInput missing = TestInput.at(tmp.resolve("missing"));
    missing.file("2020-09", "registration", REG_HEADER);
    assertEquals(
        ExitCode.INPUT_ERROR, TestRun.run(missing.root(), output(), "2020-09", "--step", "ingest"));

    TestInput column = TestInput.at(tmp.resolve("column"));
    column.file("2020-09", "registration", "record_id,town_code,event_type,event_date");
    column.emptyMandatory("2020-09");
    assertEquals(
        ExitCode.INPUT_ERROR, TestRun.run(column.root(), output(), "2020-09", "--step", "ingest"));

    TestInput both = TestInput.at(tmp.resolve("both"));
    both.emptyMandatory("2020-09");
    both.bytes("2020-09/registration.csv.gz", gzip(REG_HEADER + "\n"));
    assertEquals(
        ExitCode.INPUT_ERROR, TestRun.run(both.root(), output(), "2020-09", "--step", "ingest"));

    TestInput truncated = TestInput.at(tmp.resolve("truncated"));
    byte[] gz =
        gzip(
            SI_HEADER
                + "\n"
                + (Ids.person(1) + "," + Ids.employer(1) + ",x,500118001,2020-09,PENSION\n")
                    .repeat(2000));
    truncated.bytes("2020-09/social_insurance.csv.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
    truncated.file("2020-09", "registration", REG_HEADER);
    assertEquals(
        ExitCode.INPUT_ERROR,
        TestRun.run(truncated.root(), output(), "2020-09", "--step", "ingest"));

    TestInput empty = TestInput.at(tmp.resolve("empty"));
    empty.emptyMandatory("2020-09");
    empty.bytes("2020-09/training.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertEquals(
        ExitCode.INPUT_ERROR, TestRun.run(empty.root(), output(), "2020-09", "--step", "ingest"));

    TestInput noTowns = TestInput.at(tmp.resolve("notowns"));
    noTowns.emptyMandatory("2020-09");
    Files.delete(noTowns.root().resolve("reference/towns.csv"));
    assertEquals(
        ExitCode.INPUT_ERROR, TestRun.run(noTowns.root(), output(), "2020-09", "--step", "ingest"));
  }

  @Test
  void aHeaderOnlyFileIsDeliveredWithZeroRows() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.emptyMandatory("2020-09");
    in.file(
        "2020-09",
        "training",
        "record_id,id_number,town_code,program_type,subsidized,start_date,status");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    assertEquals(0, staged("training", "2020-09").count());
    assertTrue(
        Files.exists(output().resolve("staging/training/extract_month=2020-09/_ingest.json")));
  }

  @Test
  void aLargeFileReadInChunksGivesTheSameStagingAndQuarantine() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    StringBuilder si = new StringBuilder(SI_HEADER + "\n");
    for (int i = 0; i < 3000; i++) {
      String person = i % 97 == 0 ? "bad" : Ids.person(i % 400);
      String name = i % 50 == 0 ? "\"Acme,\nLtd\"" : "Acme";
      si.append(person)
          .append(',')
          .append(Ids.employer(i % 7))
          .append(',')
          .append(name)
          .append(",500118001,2020-09,")
          .append(i % 2 == 0 ? "PENSION" : "MEDICAL")
          .append('\n');
    }
    in.text("2020-09/social_insurance.csv", si.toString(), StandardCharsets.UTF_8);
    in.emptyMandatory("2020-09");
    assertEquals(
        ExitCode.SUCCESS,
        TestRun.run(in.root(), tmp.resolve("whole"), "2020-09", "--step", "ingest"));
    long saved = SourceReader.minChunkBytes;
    SourceReader.minChunkBytes = 10_000; // cut the ~300 kB file into two chunks (two cores)
    try {
      assertEquals(
          ExitCode.SUCCESS, TestRun.run(in.root(), output(), "2020-09", "--step", "ingest"));
    } finally {
      SourceReader.minChunkBytes = saved;
    }
    try (Stream<Path> q =
        Files.list(output().resolve("quarantine/social_insurance/extract_month=2020-09"))) {
      assertTrue(
          q.anyMatch(p -> p.getFileName().toString().equals("quarantined-1.parquet")),
          "read in chunks");
    }
    var spark = SparkTestSupport.spark();
    for (String kind : List.of("staging", "quarantine")) {
      String a =
          tmp.resolve("whole/" + kind + "/social_insurance/extract_month=2020-09").toString();
      String b = output().resolve(kind + "/social_insurance/extract_month=2020-09").toString();
      var schema =
          kind.equals("staging")
              ? Extracts.SOCIAL_INSURANCE.stagedSchema()
              : spark.read().parquet(a).schema();
      Dataset<Row> x = spark.read().schema(schema).parquet(a);
      Dataset<Row> y = spark.read().schema(schema).parquet(b);
      assertEquals(x.count(), y.count(), kind);
      assertEquals(0, x.exceptAll(y).count(), kind);
    }
    String whole =
        Files.readString(
            tmp.resolve("whole/staging/social_insurance/extract_month=2020-09/_ingest.json"));
    String chunked =
        Files.readString(
            output().resolve("staging/social_insurance/extract_month=2020-09/_ingest.json"));
    assertEquals(field(whole, "sha256"), field(chunked, "sha256"));
    assertEquals(field(whole, "read"), field(chunked, "read"));
    assertEquals(field(whole, "quarantined"), field(chunked, "quarantined"));
  }

  private static String field(String json, String name) {
    int i = json.indexOf("\"" + name + "\"");
    return json.substring(i, json.indexOf('\n', i));
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static String names(List<Row> rows) {
    return rows.stream().map(Row::toString).collect(Collectors.joining("\n"));
  }
}
