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

  static void write(Worksheet ws, ReportData d) {
    ReportWorkbook.header(ws, HEADERS, 6, 16, 28, 24, 10, 50, 9, 9, 36, 11, 10);
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
      ReportWorkbook.text(ws, row, 9, t.dueDate().toString());
      ReportWorkbook.text(ws, row, 10, t.rating().name());
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
