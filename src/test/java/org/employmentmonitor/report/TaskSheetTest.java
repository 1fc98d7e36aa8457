package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** 任务台账 (issue 28): one row per task, filterable, only when the run has a task table. */
class TaskSheetTest {
  @Test
  void oneRowPerTaskWithFilters() throws IOException {
    byte[] xlsx = ReportWorkbook.write(TaskSectionTest.data(TaskSectionTest.TASKS));
    List<Row> rows;
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      assertEquals(
          List.of("本月汇总", "趋势", "指标", "镇街", "预警", "任务台账", "数据质量", "修订"),
          wb.getSheets().map(Sheet::getName).toList());
      rows = wb.findSheet("任务台账").orElseThrow().read();
    }
    assertEquals(1 + 5, rows.size());
    assertEquals("牵头单位", rows.get(0).getCell(3).asString());
    Row two = rows.get(1);
    assertEquals(2, two.getCell(0).asNumber().intValue());
    assertEquals("人行永川中心支行、永川银保监分局", two.getCell(3).asString());
    assertEquals("红色督办", two.getCell(4).asString());
    assertEquals("人行永川中心支行 连续两月未报送；永川银保监分局 连续两月未报送", two.getCell(5).asString());
    assertEquals(2, two.getCell(6).asNumber().intValue());
    assertEquals("人行永川中心支行：未报送；永川银保监分局：未报送", two.getCell(8).asString());
    assertEquals("RED", two.getCell(10).asString());
    assertEquals("已完成", rows.get(4).getCell(4).asString());
    assertTrue(sheetXml(xlsx, 6).contains("<autoFilter ref=\"A1:K"), "filters on every column");
  }

  /**
   * What the office sees in LibreOffice (issue 28, jobs/screenshots.sh's xlsx-tasks.png): the
   * header frozen and filterable, the long texts wrapped in readable columns instead of cut off at
   * the next cell, the due date a date, and the sheet printed landscape, fitted to the page width,
   * the header row on every page.
   */
  @Test
  void readableFilterableAndPrintedLandscapeWithTheHeaderRepeated() throws IOException {
    byte[] xlsx = ReportWorkbook.write(TaskSectionTest.data(TaskSectionTest.TASKS));
    WorkbookXml x = new WorkbookXml(xlsx);
    String sheet = x.sheet(6); // 任务台账, the sixth sheet
    assertTrue(
        sheet.contains(
            "ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\""));
    assertTrue(sheet.contains("<autoFilter ref=\"A1:K6\""), "filters on every column and row");
    // row 2 (task 2, two lead units, two reasons) is as high as its longest wrapped text: the
    // reasons, 36 characters in a column of 46 wide, two lines
    assertTrue(sheet.contains("<row r=\"2\" ht=\"30.0\""), "two lines high");
    assertTrue(sheet.contains("orientation=\"landscape\""));
    assertTrue(sheet.contains("fitToWidth=\"1\" fitToHeight=\"0\""));
    assertTrue(sheet.contains("<pageSetUpPr fitToPage=\"true\""));
    assertTrue(sheet.contains("paperSize=\"9\""), "A4");
    assertTrue(
        x.part("xl/workbook.xml").contains("localSheetId=\"5\" name=\"_xlnm.Print_Titles\""));
    // 部分, 任务, 牵头单位, 原因, 本月各牵头单位报送 wrap, from the top of the row
    for (String ref : List.of("B2", "C2", "D2", "F2", "I2")) {
      String xf = x.style(6, ref);
      assertTrue(xf.contains("wrapText=\"true\""), ref + " wraps: " + xf);
      assertTrue(xf.contains("vertical=\"top\""), ref + " starts at the top: " + xf);
    }
    assertFalse(x.style(6, "E2").contains("wrapText"), "the rating is one word");
    assertTrue(x.width(6, 2) >= 28, "任务");
    assertTrue(x.width(6, 3) >= 22, "牵头单位");
    assertTrue(x.width(6, 5) >= 40, "原因");
    assertTrue(x.width(6, 8) >= 36, "本月各牵头单位报送");
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      Row two = wb.findSheet("任务台账").orElseThrow().read().get(1);
      assertEquals(java.time.LocalDate.of(2020, 12, 31), two.getCell(9).asDate().toLocalDate());
      assertEquals("yyyy-mm-dd", two.getCell(9).getDataFormatString());
    }
  }

  @Test
  void noSheetWithoutATaskTable() throws IOException {
    byte[] xlsx = ReportWorkbook.write(ReportFixtures.data());
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertFalse(wb.findSheet("任务台账").isPresent());
    }
  }

  private static String sheetXml(byte[] xlsx, int n) throws IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("tasks", ".xlsx");
    try (ZipFile zip = new ZipFile(java.nio.file.Files.write(file, xlsx).toFile())) {
      ZipEntry e = zip.getEntry("xl/worksheets/sheet" + n + ".xml");
      return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
