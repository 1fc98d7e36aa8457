package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.employmentmonitor.ingest.DataQuality;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.io.CsvFiles;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertTable;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {
  private static final ReportData DATA = ReportFixtures.data();
  private static List<String> sheetNames;
  private static List<Row> indicators;
  private static List<Row> towns;
  private static List<Row> alerts;
  private static List<Row> quality;
  private static List<Row> summary;
  private static List<Row> trend;
  private static Map<String, String> sheetXml;
  private static String workbookXml;

  @BeforeAll
  static void readBack() throws IOException {
    byte[] xlsx = ReportWorkbook.write(DATA);
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      sheetNames = wb.getSheets().map(Sheet::getName).toList();
      indicators = wb.findSheet("指标").orElseThrow().read();
      towns = wb.findSheet("镇街").orElseThrow().read();
      alerts = wb.findSheet("预警").orElseThrow().read();
      quality = wb.findSheet("数据质量").orElseThrow().read();
      summary = wb.findSheet("本月汇总").orElseThrow().read();
      trend = wb.findSheet("趋势").orElseThrow().read();
    }
    sheetXml = new HashMap<>();
    // The package's entries carry data descriptors: read them through the central directory.
    Path file = Files.createTempFile("report", ".xlsx");
    try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        if (e.getName().startsWith("xl/worksheets/sheet")) {
          sheetXml.put(e.getName(), text);
        } else if (e.getName().equals("xl/workbook.xml")) {
          workbookXml = text;
        }
      }
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void inputStatusIsInChinese() {
    assertEquals("已报送", ReportWorkbook.inputStatus("delivered"));
    assertEquals("沿用已入库数据（输入目录中已无文件）", ReportWorkbook.inputStatus("staged_without_input"));
  }

  @Test
  void opensOnTheMonthlySummaryThenTrendThenTheTables() {
    assertEquals(List.of("本月汇总", "趋势", "指标", "镇街", "预警", "数据质量", "修订"), sheetNames);
  }

  @Test
  void summaryHasOneRowPerTargetWithChineseStatusPaceAndLeadUnit() {
    assertEquals(ReportWorkbook.SUMMARY_HEADERS, texts(summary.get(0)));
    assertEquals(DATA.targeted().size() + 1, summary.size());
    Row nue = rowOf(summary, "城镇新增就业人数");
    // Fixture: 1,897 a month, new_urban_employment district = 17,073 at September.
    assertEquals(0, new BigDecimal("17073").compareTo(nue.getCell(1).asNumber()));
    assertEquals(0, new BigDecimal("24000").compareTo(nue.getCell(3).asNumber()));
    assertEquals("累计目标", nue.getCell(4).asString());
    assertEquals("0.0%", nue.getCell(5).getDataFormatString());
    assertEquals("进度滞后", nue.getCell(7).asString());
    assertEquals(0, new BigDecimal("1897").compareTo(nue.getCell(8).asNumber()), "this month");
    assertEquals(0, new BigDecimal("1897").compareTo(nue.getCell(9).asNumber()), "recent pace");
    // (24,000 − 17,073) ÷ 3 = 2,309
    assertEquals(0, new BigDecimal("2309").compareTo(nue.getCell(10).asNumber()), "needed");
    // the one projection: indicators.csv's 17,073 × 12 ÷ 9 = 22,764, as the alert judges it
    assertEquals(0, new BigDecimal("22764").compareTo(nue.getCell(11).asNumber()), "projection");
    assertEquals("区人力社保局", nue.getCell(13).asString());
    assertEquals("AT_RISK", nue.getCell(16).asString());
    Row ceiling = rowOf(summary, "零就业家庭");
    assertEquals("本月超出上限", ceiling.getCell(7).asString());
    assertEquals("9个月中1个月（9月）", ceiling.getCell(12).asString());
    Row due = rowOf(summary, "区属国企面向毕业生岗位占比");
    assertEquals("目前已达标", due.getCell(7).asString(), "not 已完成 before December");
    assertEquals("12月底考核", due.getCell(12).asString());
    assertEquals("暂低于目标", rowOf(summary, "离校未就业高校毕业生就业率").getCell(7).asString());
  }

  @Test
  void trendSheetHasEveryHeadlineIndicatorByMonth() {
    List<String> head = texts(trend.get(0));
    assertEquals(List.of("指标", "单位", "1月", "2月"), head.subList(0, 4));
    assertEquals("9月", head.get(10));
    Row nue = rowOf(trend, "城镇新增就业人数");
    for (int m = 1; m <= 9; m++) {
      assertEquals(0, BigDecimal.valueOf(1897L * m).compareTo(nue.getCell(m + 1).asNumber()));
    }
    Row survey = rowOf(trend, "城镇调查失业率");
    BigDecimal january =
        DATA.at(
                java.time.LocalDate.of(2020, 1, 31),
                "surveyed_unemployment_rate",
                Scope.DISTRICT,
                "")
            .value();
    assertEquals(
        0, new BigDecimal(Unit.RATIO.format(january)).compareTo(survey.getCell(2).asNumber()));
    assertTrue(survey.getCell(10) == null || survey.getCell(10).getType() == CellType.EMPTY);
    assertEquals("0.0%", survey.getCell(2).getDataFormatString());
    Row proxy = rowOf(trend, "登记失业人员占比（参考口径）");
    assertEquals("%", proxy.getCell(1).asString());
  }

  @Test
  void everySheetPrintsOnA4FittedToWidthWithTheHeaderRowRepeated() {
    assertEquals(7, sheetXml.size());
    for (Map.Entry<String, String> e : sheetXml.entrySet()) {
      String xml = e.getValue();
      assertTrue(xml.contains("<pageSetUpPr fitToPage=\"true\""), e.getKey());
      assertTrue(xml.contains("paperSize=\"9\""), e.getKey() + ": A4 is paper size 9");
      assertTrue(xml.contains("fitToWidth=\"1\" fitToHeight=\"0\""), e.getKey());
      assertTrue(xml.contains("orientation=\"landscape\""), e.getKey() + ": every sheet is wide");
    }
    for (int i = 0; i < 6; i++) {
      assertTrue(
          workbookXml.contains("localSheetId=\"" + i + "\" name=\"_xlnm.Print_Titles\""),
          "sheet " + i + " repeats its header row");
    }
    assertTrue(workbookXml.contains("!$1:$1</definedName>"));
  }

  /**
   * Looked at in LibreOffice (jobs/screenshots.sh): 本月汇总's 状态 and 今年未达标月份 and the 预警 sheet's
   * message were cut off at the next filled cell. The columns are wide enough for their words, and
   * the message wraps, set off from the threshold before it, every cell of its row from the top.
   */
  @Test
  void longTextsAreReadableNotCutOff() throws IOException {
    WorkbookXml x = new WorkbookXml(ReportWorkbook.write(DATA));
    assertEquals("状态", summaryHeader(7));
    assertTrue(x.width(1, 7) >= "本月未达标，差距较大".length() * 2, "状态 holds its longest words");
    assertEquals("今年未达标月份", summaryHeader(12));
    assertTrue(x.width(1, 12) >= "9个月中8个月（1—4月、6—9月）".length() * 1.5, "今年未达标月份");
    assertEquals("预警内容", ReportWorkbook.ALERT_HEADERS.get(ReportWorkbook.ALERT_MESSAGE_COL));
    String message = x.style(5, "H2"); // 预警, the fifth sheet, first alert
    assertTrue(message.contains("wrapText=\"true\""), message);
    assertTrue(message.contains("indent=\"1\""), message);
    assertTrue(message.contains("vertical=\"top\""), message);
    assertTrue(x.style(5, "F2").contains("vertical=\"top\""), "the value beside it too");
  }

  private static String summaryHeader(int col) {
    return ReportWorkbook.SUMMARY_HEADERS.get(col);
  }

  @Test
  void indicatorSheetEqualsIndicatorsCsv() {
    List<String> header = new ArrayList<>(ReportWorkbook.INDICATOR_HEADERS);
    header.addAll(ReportWorkbook.INDICATOR_CODE_HEADERS);
    assertEquals(header, texts(indicators.get(0)));
    assertEquals(DATA.indicators().size() + 1, indicators.size());
    Set<Integer> numbers = Set.of(6, 7, 8, 10, 12, 13, 14, 17, 18, 19);
    for (int i = 0; i < DATA.indicators().size(); i++) {
      IndicatorRow r = DATA.indicators().get(i);
      List<String> csv = IndicatorTable.toCsv(r);
      Row row = indicators.get(i + 1);
      boolean cumulative = "CUMULATIVE".equals(csv.get(ReportWorkbook.KIND_COL));
      for (int c = 0; c < csv.size(); c++) {
        if (c == ReportWorkbook.UNIT_COL) {
          assertEquals(
              Display.columnUnit(r.indicatorId(), r.unit()), row.getCell(c).asString(), "unit");
        } else if ((c == 12 || c == 13) && !cumulative) {
          assertCell("", row, c, true, "row " + (i + 1) + ": no 时间进度/完成率 for a rate");
        } else if (r.unit() == Unit.YUAN && (c == 6 || c == 10 || c == 14)) {
          String wan =
              csv.get(c).isEmpty()
                  ? ""
                  : new BigDecimal(csv.get(c)).divide(new BigDecimal(10000)).toPlainString();
          assertCell(wan, row, c, true, "row " + (i + 1) + " in 万元");
        } else if (c == 1) {
          Cell cell = row.getCell(c);
          assertEquals(CellType.NUMBER, cell.getType());
          assertEquals(csv.get(c), cell.asDate().toLocalDate().toString());
        } else if (c == ReportWorkbook.SCOPE_COL
            || c == ReportWorkbook.KIND_COL
            || c == ReportWorkbook.STATUS_COL) {
          // Chinese here, the code at the end
          int code =
              csv.size()
                  + List.of(
                          ReportWorkbook.SCOPE_COL,
                          ReportWorkbook.KIND_COL,
                          ReportWorkbook.STATUS_COL)
                      .indexOf(c);
          assertCell(csv.get(c), row, code, false, "row " + (i + 1) + " code col " + code);
        } else if (c == ReportWorkbook.NAME_COL) {
          // the report's name: the registration proxy never reads as the official rate
          String name =
              r.indicatorId().equals("registered_unemployment_rate")
                  ? "登记失业人员占比（参考口径）"
                  : csv.get(c);
          assertCell(name, row, c, false, "row " + (i + 1) + " name");
        } else {
          assertCell(csv.get(c), row, c, numbers.contains(c), "row " + (i + 1) + " col " + c);
        }
      }
    }
    assertTrue(
        indicators.stream().noneMatch(x -> "登记失业率".equals(x.getCell(3).asString())),
        "登记失业率 on the 指标 sheet");
    Row first = indicators.get(1);
    assertEquals("全区", first.getCell(ReportWorkbook.SCOPE_COL).asString());
    assertEquals("累计目标", first.getCell(ReportWorkbook.KIND_COL).asString());
    assertEquals("进度滞后", first.getCell(ReportWorkbook.STATUS_COL).asString());
    Row town = indicators.get(2);
    assertEquals("镇街", town.getCell(ReportWorkbook.SCOPE_COL).asString());
    assertEquals("无目标", town.getCell(ReportWorkbook.STATUS_COL).asString());
  }

  @Test
  void theLoanRowEqualsTheCsvValueInTheStatedUnit() {
    IndicatorRow loans = DATA.district("guarantee_loans_amount");
    BigDecimal yuan = new BigDecimal(Unit.YUAN.format(loans.value()));
    for (List<Row> sheet : List.of(summary, trend)) {
      Row row = rowOf(sheet, "创业担保贷款发放额");
      assertEquals("万元", row.getCell(sheet == summary ? 2 : 1).asString());
    }
    Row row = rowOf(summary, "创业担保贷款发放额");
    // the cell × 10,000 is the CSV's yuan, exactly
    assertEquals(0, yuan.compareTo(row.getCell(1).asNumber().movePointRight(4)));
    assertEquals(0, new BigDecimal("8000").compareTo(row.getCell(3).asNumber()), "8000万元");
    assertEquals("#,##0.00", row.getCell(1).getDataFormatString());
    Row t = rowOf(trend, "创业担保贷款发放额");
    assertEquals(0, yuan.compareTo(t.getCell(10).asNumber().movePointRight(4)));
  }

  @Test
  void completionAndTimeProgressOnlyForCumulativeTargetsAndPacesWhole() {
    Row survey = rowOf(summary, "城镇调查失业率");
    assertTrue(survey.getCell(5) == null || survey.getCell(5).getType() == CellType.EMPTY);
    assertTrue(survey.getCell(6) == null || survey.getCell(6).getType() == CellType.EMPTY);
    Row due = rowOf(summary, "离校未就业高校毕业生就业率");
    assertTrue(due.getCell(6) == null || due.getCell(6).getType() == CellType.EMPTY, "no 时间进度");
    Row nue = rowOf(summary, "城镇新增就业人数");
    for (int c = 8; c <= 11; c++) {
      BigDecimal v = nue.getCell(c).asNumber();
      assertTrue(v.stripTrailingZeros().scale() <= 0, "whole: " + v);
      assertEquals("#,##0", nue.getCell(c).getDataFormatString());
    }
    for (int c = 1; c < SUMMARY_UNITS_ROWS; c++) {
      assertTrue(
          List.of("人", "人次", "户", "个", "万元", "%", "倍")
              .contains(summary.get(c).getCell(2).asString()),
          summary.get(c).getCell(2).asString());
    }
  }

  private static final int SUMMARY_UNITS_ROWS = DATA.targeted().size() + 1;

  @Test
  void alertValuesAreFormattedAsTheReportShowsThem() {
    for (int i = 0; i < DATA.alerts().size(); i++) {
      AlertRow a = DATA.alerts().get(i);
      Cell v = alerts.get(i + 1).getCell(5);
      if (a.value() == null) {
        continue;
      }
      String expected =
          switch (a.rule()) {
            case "TARGET_PROGRESS", "INSURED_DROP", "RECRUITMENT_DROP" -> "0.0%";
            case "DATA_QUALITY" -> AlertText.def(a) == null ? "0.00%" : "0.0%";
            case "LAYOFF" -> "#,##0";
            default -> ReportWorkbook.unitFormat(a.indicatorId(), AlertText.def(a).unit());
          };
      assertEquals(expected, v.getDataFormatString(), a.rule() + " " + a.subject());
    }
  }

  @Test
  void ratiosArePercentagesAndCountsAreGrouped() {
    for (int i = 0; i < DATA.indicators().size(); i++) {
      IndicatorRow r = DATA.indicators().get(i);
      Row row = indicators.get(i + 1);
      if (r.value() == null) {
        continue;
      }
      String format = row.getCell(6).getDataFormatString();
      if (r.unit().isRatio() && !r.indicatorId().equals("demand_supply_ratio")) {
        assertEquals("0.0%", format, r.indicatorId());
      } else if (!r.unit().isRatio()) {
        assertTrue(format.startsWith("#,##0"), r.indicatorId() + " " + format);
      }
      if (r.timeProgress() != null && "CUMULATIVE".equals(r.targetKind())) {
        assertEquals("0.0%", row.getCell(12).getDataFormatString());
      }
    }
  }

  @Test
  void townSheetHoldsEveryTownAtThePeriod() {
    Row head = towns.get(0);
    assertEquals("镇街代码", head.getCell(0).asString());
    assertEquals(ReportFixtures.TOWNS.size() + 2, towns.size());
    for (int t = 0; t < ReportFixtures.TOWNS.size(); t++) {
      Towns.Town town = ReportFixtures.TOWNS.get(t);
      Row row = towns.get(t + 1);
      assertEquals(town.code(), row.getCell(0).asString());
      assertEquals(town.name(), row.getCell(1).asString());
      for (int c = 2; c < head.getCellCount(); c++) {
        String name = head.getCell(c).asString();
        String nameZh =
            name.startsWith(TargetText.REGISTERED_RATE_NAME)
                ? "登记失业率"
                : name.substring(0, name.indexOf('（'));
        IndicatorRow r = byName(nameZh, town.code());
        String csv = r.value() == null ? "" : r.unit().format(r.value());
        assertCell(csv, row, c, true, town.code() + " " + name);
      }
    }
    assertEquals("全区", towns.get(towns.size() - 1).getCell(1).asString());
  }

  @Test
  void alertSheetEqualsAlertsCsvWithFormulasNeutralised() {
    List<String> header = new ArrayList<>(ReportWorkbook.ALERT_HEADERS);
    header.addAll(ReportWorkbook.ALERT_CODE_HEADERS);
    assertEquals(header, texts(alerts.get(0)));
    assertEquals(DATA.alerts().size() + 1, alerts.size());
    // Severity, rule, subject and state read in Chinese; their codes are the extra columns.
    List<Integer> translated = List.of(1, 2, 4, 9);
    for (int i = 0; i < DATA.alerts().size(); i++) {
      AlertRow a = DATA.alerts().get(i);
      List<String> csv = AlertTable.toCsv(a);
      for (int c = 0; c < csv.size(); c++) {
        int at = translated.contains(c) ? csv.size() + translated.indexOf(c) : c;
        assertCell(
            csv.get(c), alerts.get(i + 1), at, c == 5 || c == 6 || c == 11, "alert " + i + " " + c);
      }
    }
    Row layoff = alerts.get(3);
    assertEquals("红色", layoff.getCell(1).asString());
    assertEquals("规模性裁员", layoff.getCell(2).asString());
    assertEquals(ReportFixtures.HOSTILE_EMPLOYER, layoff.getCell(4).asString());
    assertEquals("新增", layoff.getCell(9).asString());
    assertEquals("胜利路街道", alerts.get(4).getCell(4).asString());
    Cell formula = alerts.get(2).getCell(7);
    assertEquals(CellType.STRING, formula.getType());
    assertEquals("'" + ReportFixtures.FORMULA_MESSAGE, formula.asString());
    assertEquals(ReportFixtures.HOSTILE_MESSAGE, alerts.get(3).getCell(7).asString());
  }

  @Test
  void dataQualitySheetEqualsDataQualityCsv() {
    List<List<String>> csv = DataQuality.toCsv(DATA.period(), DATA.quality());
    assertEquals(csv.size() + 1, quality.size());
    int width = DataQuality.CSV_HEADER.size();
    for (int i = 0; i < csv.size(); i++) {
      for (int c = 0; c < width; c++) {
        int at = c == 1 ? width : c; // the source in Chinese, its code at the end
        String expected =
            c == width - 1 ? ReportWorkbook.inputStatus(csv.get(i).get(c)) : csv.get(i).get(c);
        assertCell(expected, quality.get(i + 1), at, c >= 4 && c < width - 2, "dq " + i);
      }
    }
    assertEquals("就业失业登记", quality.get(1).getCell(1).asString());
    assertEquals("0.00%", quality.get(4).getCell(8).getDataFormatString());
    assertEquals("镇街代码未知", quality.get(0).getCell(13).asString());
  }

  // ---- helpers ----

  /** The cell equals the CSV's text: a number cell for a number column, neutralised text else. */
  @Test
  void lastYearsValueChangeAndRateAreNumbersInTheValuesFormat() throws IOException {
    List<IndicatorRow> rows = new ArrayList<>(DATA.indicators());
    IndicatorRow count = rows.get(0);
    assertEquals(Unit.PERSONS, count.unit());
    rows.set(
        0,
        count.withLastYear(
            new BigDecimal("1500"), new BigDecimal("397"), new BigDecimal("0.26466667")));
    int ratioAt = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).unit() == Unit.RATIO && rows.get(i).value() != null) {
        ratioAt = i;
        break;
      }
    }
    IndicatorRow ratio = rows.get(ratioAt);
    rows.set(ratioAt, ratio.withLastYear(new BigDecimal("0.8"), new BigDecimal("-0.0123"), null));
    ReportData data =
        new ReportData(
            DATA.period(),
            DATA.config(),
            rows,
            DATA.alerts(),
            DATA.quality(),
            DATA.towns(),
            DATA.run());
    List<Row> sheet;
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            new ByteArrayInputStream(ReportWorkbook.write(data)),
            new ReadingOptions(true, false))) {
      sheet = wb.findSheet("指标").orElseThrow().read();
    }
    List<String> header = texts(sheet.get(0));
    assertEquals(List.of("上年同期", "同比增减", "同比增长率"), header.subList(17, 20));
    Row c = sheet.get(1);
    assertEquals(0, new BigDecimal("1500").compareTo(c.getCell(17).asNumber()));
    assertEquals(0, new BigDecimal("397").compareTo(c.getCell(18).asNumber()));
    assertEquals(0, new BigDecimal("0.26466667").compareTo(c.getCell(19).asNumber()));
    assertEquals(ReportWorkbook.COUNT, c.getCell(17).getDataFormatString());
    assertEquals(ReportWorkbook.PERCENT, c.getCell(19).getDataFormatString());
    Row r = sheet.get(ratioAt + 1);
    assertEquals(0, new BigDecimal("-0.0123").compareTo(r.getCell(18).asNumber()));
    assertEquals(ReportWorkbook.PERCENT, r.getCell(18).getDataFormatString(), "fraction points");
    assertTrue(r.getCell(19) == null || r.getCell(19).getType() == CellType.EMPTY, "no rate");
  }

  private static void assertCell(String csv, Row row, int c, boolean number, String where) {
    Cell cell = row.getCell(c);
    if (csv.isEmpty()) {
      assertTrue(cell == null || cell.getType() == CellType.EMPTY, where + ": empty, was " + cell);
      return;
    }
    if (number) {
      assertEquals(CellType.NUMBER, cell.getType(), where);
      assertEquals(0, new BigDecimal(csv).compareTo(cell.asNumber()), where + ": " + csv);
    } else {
      assertEquals(CellType.STRING, cell.getType(), where);
      assertEquals(CsvFiles.neutralise(csv), cell.asString(), where);
    }
  }

  private static Row rowOf(List<Row> sheet, String first) {
    for (Row r : sheet) {
      if (r.getCell(0) != null && first.equals(r.getCell(0).asString())) {
        return r;
      }
    }
    throw new AssertionError("no row " + first);
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      out.add(row.getCell(c).asString());
    }
    return out;
  }

  private static IndicatorRow byName(String nameZh, String town) {
    for (IndicatorRow r : DATA.indicators()) {
      if (r.indicatorName().equals(nameZh)
          && r.scope() == Scope.TOWN
          && r.scopeKey().equals(town)
          && r.monthEnd().equals(DATA.monthEnd())) {
        return r;
      }
    }
    throw new AssertionError("no town row for " + nameZh);
  }
}
