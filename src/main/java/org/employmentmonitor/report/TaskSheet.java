package org.employmentmonitor.report;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.employmentmonitor.tasks.Rating;
import org.employmentmonitor.tasks.ReportedStatus;
import org.employmentmonitor.tasks.TaskRow;

/**
 * 任务台账 (issue 28): one row per task of the register as rated for P, with filters on every column (a
 * lead unit by "contains", a colour by value) and red / yellow cells coloured, for the office that
 * used to keep the register in a spreadsheet by hand.
 */
final class TaskSheet {
  private TaskSheet() {}

  static final String NAME = "任务台账";

  static final List<String> HEADERS =
      List.of(
          "序号", "部分", "任务", "牵头单位", "评级", "原因", "本年红色月数", "本年黄色月数", "本月各牵头单位报送", "完成时限", "评级（代码）");

  /**
   * Column widths (characters): the long texts wide enough to read, the numbers and codes narrow.
   */
  static final double[] WIDTHS = {6, 24, 28, 22, 10, 46, 8, 8, 36, 11, 10};

  /** The columns whose text wraps: 部分, 任务, 牵头单位, 原因, 本月各牵头单位报送. */
  static final int[] WRAPPED = {1, 2, 3, 5, 8};

  static void write(Worksheet ws, ReportData d) {
    ReportWorkbook.header(ws, HEADERS, WIDTHS);
    int row = 1;
    for (TaskRow t : d.tasks()) {
      ReportWorkbook.number(ws, row, 0, Integer.toString(t.taskNo()), null);
      ReportWorkbook.text(ws, row, 1, t.section());
      ReportWorkbook.text(ws, row, 2, t.title());
      ReportWorkbook.text(ws, row, 3, String.join("、", t.leadUnits()));
      ReportWorkbook.text(ws, row, 4, t.rating().labelZh());
      ReportWorkbook.text(ws, row, 5, t.reasonsText());
      ReportWorkbook.number(ws, row, 6, Integer.toString(t.monthsRed()), ReportWorkbook.COUNT);
      ReportWorkbook.number(ws, row, 7, Integer.toString(t.monthsYellow()), ReportWorkbook.COUNT);
      ReportWorkbook.text(ws, row, 8, reported(t));
      ReportWorkbook.date(ws, row, 9, t.dueDate().toString());
      ReportWorkbook.text(ws, row, 10, t.rating().name());
      // long texts wrap inside their column instead of running under the next one (issue 28:
      // looked at in LibreOffice, the units and the reports were cut off); every cell of the row
      // starts at the top, so a wrapped row reads across
      ws.range(row, 0, row, HEADERS.size() - 1).style().verticalAlignment("top").set();
      String[] texts = {
        t.section(), t.title(), String.join("、", t.leadUnits()), t.reasonsText(), reported(t)
      };
      int lines = 1;
      for (int i = 0; i < WRAPPED.length; i++) {
        int c = WRAPPED[i];
        ws.style(row, c).verticalAlignment("top").wrapText(true).set(); // one alignment, whole
        lines = Math.max(lines, ReportWorkbook.lines(texts[i], WIDTHS[c]));
      }
      ws.rowHeight(row, ReportWorkbook.LINE_HEIGHT * lines);
      if (t.rating() == Rating.RED) {
        ws.style(row, 4).fillColor(ReportWorkbook.BAD_FILL).set();
      } else if (t.rating() == Rating.YELLOW) {
        ws.style(row, 4).fillColor(ReportWorkbook.WARN_FILL).set();
      }
      row++;
    }
    ReportWorkbook.finish(ws, HEADERS.size() - 1, d);
  }

  /** "区发展改革委：滞后；区商务委：未报送". */
  static String reported(TaskRow t) {
    StringBuilder b = new StringBuilder();
    t.reported()
        .forEach(
            (u, s) -> {
              if (b.length() > 0) {
                b.append("；");
              }
              b.append(u).append('：').append(s == null ? "未报送" : label(s));
            });
    return b.toString();
  }

  private static String label(ReportedStatus s) {
    return s.labelZh();
  }
}
