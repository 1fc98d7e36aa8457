package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.model.Unit;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the CLI on a tiny input: the monthly run writes the report and workbook. */
class ReportJobTest {
  @TempDir static Path tmp;
  private static Path out;
  private static Path reports;

  @BeforeAll
  static void runMonthly() {
    TestInput in =
        TestInput.at(tmp.resolve("in"))
            .file(
                "2020-01",
                "registration",
                "record_id,id_number,town_code,event_type,event_date,employment_form",
                "R1," + Ids.person(1) + "," + TestInput.TOWN_A + ",EMPLOYED,2020-01-03,EMPLOYER",
                "R2," + Ids.person(2) + "," + TestInput.TOWN_B + ",UNEMPLOYED,2020-01-05,",
                "R3,5.00118E+17," + TestInput.TOWN_B + ",EMPLOYED,2020-01-05,EMPLOYER")
            .file(
                "2020-01",
                "social_insurance",
                "id_number,employer_credit_code,employer_name,town_code,contribution_month,"
                    + "insurance_type",
                Ids.person(1)
                    + ","
                    + Ids.employer(1)
                    + ",\"<script>alert(1)</script> & Co\","
                    + TestInput.TOWN_A
                    + ",2020-01,PENSION")
            .file("2020-01", "survey", "month,rate", "2020-01,5.3");
    out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-01"));
    reports = out.resolve("reports/2020-01");
  }

  @Test
  void monthlyRunWritesTheReportAndTheWorkbook() throws IOException {
    String html = Files.readString(reports.resolve(HtmlReport.FILE_NAME));
    assertTrue(html.contains("<h1>永川区稳就业重点任务监测月报（2020年1月）</h1>"));
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
    assertFalse(html.contains("http://") || html.contains("https://"));
    int headlines = 0;
    for (CSVRecord r : csv("indicators.csv")) {
      if (r.get("scope").equals("DISTRICT")
          && r.get("month_end").equals("2020-01-31")
          && !r.get("target").isEmpty()) {
        Unit unit = Unit.valueOf(r.get("unit").toUpperCase(Locale.ROOT));
        String v = r.get("value");
        String shown =
            Display.number(r.get("indicator_id"), unit, v.isEmpty() ? null : new BigDecimal(v));
        assertTrue(html.contains(Html.esc(shown)), r.get("indicator_id") + " " + shown);
        headlines++;
      }
    }
    assertEquals(14, headlines);
    assertTrue(html.contains("5.3%"), "the surveyed rate from the survey extract");
    assertTrue(html.contains("中山路街道") && html.contains("青峰镇"));
  }

  @Test
  void workbookHoldsTheCsvRows() throws IOException {
    List<CSVRecord> indicators = csv("indicators.csv");
    List<CSVRecord> quality = csv("data_quality.csv");
    try (InputStream in = Files.newInputStream(reports.resolve(ReportWorkbook.FILE_NAME));
        ReadableWorkbook wb = new ReadableWorkbook(in)) {
      List<Row> sheet = wb.findSheet("指标").orElseThrow().read();
      assertEquals(indicators.size() + 1, sheet.size());
      for (int i = 0; i < indicators.size(); i++) {
        CSVRecord r = indicators.get(i);
        assertEquals(r.get("indicator_id"), sheet.get(i + 1).getCell(2).asString());
        if (!r.get("value").isEmpty()) {
          assertEquals(
              0, new BigDecimal(r.get("value")).compareTo(sheet.get(i + 1).getCell(6).asNumber()));
        }
      }
      assertEquals(quality.size() + 1, wb.findSheet("数据质量").orElseThrow().read().size());
      assertEquals(8, wb.getSheets().count()); // with 任务台账 (issue 28) and 修订 (issue 26)
      assertEquals("本月汇总", wb.getFirstSheet().getName(), "the workbook opens on its summary");
    }
  }

  @Test
  void reportStepAloneRedoesTheReportFromPublishedTables() throws IOException {
    Files.delete(reports.resolve(HtmlReport.FILE_NAME));
    assertEquals(
        ExitCode.SUCCESS, TestRun.run(tmp.resolve("in"), out, "2020-01", "--step", "report"));
    assertTrue(Files.exists(reports.resolve(HtmlReport.FILE_NAME)));
    assertTrue(Files.exists(reports.resolve("indicators.csv")), "the step replaces only its files");
  }

  @Test
  void reportStepWithoutTablesIsAnInputError() {
    assertEquals(
        ExitCode.INPUT_ERROR,
        TestRun.run(tmp.resolve("in"), tmp.resolve("empty-out"), "2020-01", "--step", "report"));
  }

  private static List<CSVRecord> csv(String name) throws IOException {
    try (Reader r = Files.newBufferedReader(reports.resolve(name), StandardCharsets.UTF_8)) {
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(r)
          .getRecords();
    }
  }
}
