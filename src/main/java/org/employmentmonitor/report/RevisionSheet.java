package org.employmentmonitor.report;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.employmentmonitor.model.RevisionRow;
import org.employmentmonitor.model.RevisionTable;

/**
 * The workbook's 修订 sheet (issue 26): the rows of revisions.csv with Chinese headers, values as the
 * 指标 sheet shows them (ratios as percentages, the change of a ratio in percentage points, yuan with
 * cents, counts with separators), the unit in Chinese, the scope and the reason in words, their
 * codes in extra columns at the end. Header only when nothing was revised.
 */
final class RevisionSheet {
  private RevisionSheet() {}

  /** Chinese headers of revisions.csv's columns, in {@link RevisionTable#CSV_HEADER} order. */
  static final List<String> HEADERS =
      List.of(
          "统计期",
          "月末",
          "指标代码",
          "指标名称",
          "范围",
          "范围代码",
          "原数值",
          "修订后数值",
          "修订幅度",
          "修订原因",
          "单位",
          "范围名称",
          "范围（代码）",
          "修订原因（代码）");

  static void write(Worksheet ws, ReportData d) {
    ReportWorkbook.header(ws, HEADERS, 9, 11, 24, 24, 8, 12, 12, 12, 12, 40, 6, 14, 12, 40);
    int row = 1;
    for (RevisionRow r : d.revisions()) {
      List<String> csv = RevisionTable.toCsv(r);
      for (int c = 0; c < csv.size(); c++) {
        String v = csv.get(c);
        switch (c) {
          case 1 -> ReportWorkbook.date(ws, row, c, v);
          case ReportWorkbook.NAME_COL ->
              ReportWorkbook.text(ws, row, c, TargetText.name(r.indicatorId(), v));
          case 4 -> ReportWorkbook.text(ws, row, c, ReportWorkbook.scopeZh(r.scope()));
          case 6, 7, 8 ->
              ReportWorkbook.number(
                  ws,
                  row,
                  c,
                  ReportWorkbook.sheetNumber(r.unit(), v),
                  ReportWorkbook.unitFormat(r.indicatorId(), r.unit()));
          case 9 -> ReportWorkbook.text(ws, row, c, RevisionText.reason(v, d.period()));
          case 10 -> ReportWorkbook.text(ws, row, c, unit(r));
          default -> ReportWorkbook.text(ws, row, c, v);
        }
      }
      ReportWorkbook.text(ws, row, csv.size(), csv.get(4));
      ReportWorkbook.text(ws, row, csv.size() + 1, csv.get(9));
      row++;
    }
    ReportWorkbook.finish(ws, HEADERS.size() - 1, d);
  }

  /** The unit the sheet shows the values in: the same as every other sheet (amounts in 万元). */
  static String unit(RevisionRow r) {
    return Display.columnUnit(r.indicatorId(), r.unit());
  }
}
