package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {
  private static final ReportData DATA = ReportFixtures.data();
  private static List<String> sheetNames;
  private static List<Row> indicators;
  private static List<Row> towns;
  private static List<Row> alerts;
  private static List<Row> quality;

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
    }
  }

  @Test
  void fourSheetsInOrder() {
    assertEquals(List.of("指标", "镇街", "预警", "数据质量"), sheetNames);
  }

  @Test
  void indicatorSheetEqualsIndicatorsCsv() {
    List<String> header = new ArrayList<>(ReportWorkbook.INDICATOR_HEADERS);
    header.add("状态说明");
    assertEquals(header, texts(indicators.get(0)));
    assertEquals(DATA.indicators().size() + 1, indicators.size());
    Set<Integer> numbers = Set.of(6, 7, 8, 10, 12, 13, 14);
    for (int i = 0; i < DATA.indicators().size(); i++) {
      IndicatorRow r = DATA.indicators().get(i);
      List<String> csv = IndicatorTable.toCsv(r);
      Row row = indicators.get(i + 1);
      for (int c = 0; c < csv.size(); c++) {
        if (c == 1) {
          Cell cell = row.getCell(c);
          assertEquals(CellType.NUMBER, cell.getType());
          assertEquals(csv.get(c), cell.asDate().toLocalDate().toString());
        } else {
          assertCell(csv.get(c), row, c, numbers.contains(c), "row " + (i + 1) + " col " + c);
        }
      }
      assertEquals(r.status().labelZh(), row.getCell(csv.size()).asString());
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
      if (r.timeProgress() != null) {
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
        IndicatorRow r = byName(name.substring(0, name.indexOf('（')), town.code());
        String csv = r.value() == null ? "" : r.unit().format(r.value());
        assertCell(csv, row, c, true, town.code() + " " + name);
      }
    }
    assertEquals("全区", towns.get(towns.size() - 1).getCell(1).asString());
  }

  @Test
  void alertSheetEqualsAlertsCsvWithFormulasNeutralised() {
    assertEquals(
        ReportWorkbook.ALERT_HEADERS,
        texts(alerts.get(0)).subList(0, ReportWorkbook.ALERT_HEADERS.size()));
    assertEquals(DATA.alerts().size() + 1, alerts.size());
    for (int i = 0; i < DATA.alerts().size(); i++) {
      AlertRow a = DATA.alerts().get(i);
      List<String> csv = AlertTable.toCsv(a);
      for (int c = 0; c < csv.size(); c++) {
        assertCell(csv.get(c), alerts.get(i + 1), c, c == 5 || c == 6, "alert " + i + " col " + c);
      }
    }
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
        assertCell(csv.get(i).get(c), quality.get(i + 1), c, c >= 4 && c < width - 2, "dq " + i);
      }
    }
    assertEquals("0.00%", quality.get(4).getCell(8).getDataFormatString());
    assertEquals("镇街代码未知", quality.get(0).getCell(13).asString());
  }

  // ---- helpers ----

  /** The cell equals the CSV's text: a number cell for a number column, neutralised text else. */
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
