package org.employmentmonitor.generator;

import java.nio.file.Path;
import java.util.List;
import org.employmentmonitor.config.DocumentTask;
import org.employmentmonitor.config.DocumentTasks;
import org.employmentmonitor.config.TaskRegister;

/**
 * 重点任务进展 (issue 28): each lead unit's monthly report on its tasks of the built-in register, from
 * March 2020 on (the document's units start reporting in spring). Every unit reports ON_SCHEDULE on
 * every task it leads, except for a fixed scenario that exercises each rule of SPEC 4.7
 * (docs/data-generator.md, "Task reports"):
 *
 * <ul>
 *   <li>区商务委 reports late: nothing in May and June (its tasks red in June), catches up in July;
 *   <li>区发展改革委 falls behind on task 22 in July and August (red in August), back on schedule from
 *       September (yellow one month after red);
 *   <li>区经济信息委 misses August only (its tasks yellow);
 *   <li>区财政局 is behind on task 62 from August (red from September);
 *   <li>永川银保监分局 misses September (tasks 2 and 4 yellow);
 *   <li>区征兵办 has not started task 34 until October (yellow with three months or less left);
 *   <li>tasks done: 47 from June, 21 from August, 1 and 42 in December.
 * </ul>
 *
 * Status codes in even months, Chinese labels in odd ones; report dates late in the month.
 */
final class TaskProgressWriter {
  /** The register is the 2020 document's: its units report in 2020, from March on. */
  static final int DOCUMENT_YEAR = 2020;

  static final int MARCH = 3;

  private final Population pop;
  private final TaskRegister register = DocumentTasks.BUILT_IN;

  TaskProgressWriter(Population pop) {
    this.pop = pop;
  }

  List<BadRows.Written> write(Path out, int month) {
    Months months = pop.months;
    if (months.year(month) != DOCUMENT_YEAR || months.monthOfYear(month) < MARCH) {
      return List.of();
    }
    int cm = months.monthOfYear(month);
    try (ExtractFile f = new ExtractFile(out, pop, Extract.TASK_PROGRESS, month, 100)) {
      int unitIndex = 0;
      for (String unit : register.leadUnits()) {
        unitIndex++;
        if (silent(unit, cm)) {
          continue;
        }
        for (DocumentTask t : register.ledBy(unit)) {
          String[] row = f.newRow();
          row[0] = Integer.toString(t.number());
          row[1] = unit;
          String status = status(unit, t.number(), cm);
          row[2] = cm % 2 == 1 ? label(status) : status;
          row[6] = f.style.date(months.firstDay(month) + 17 + unitIndex % 10);
          f.row(row);
        }
      }
      f.close();
      return f.written();
    }
  }

  /** A unit that sends no report this month. */
  static boolean silent(String unit, int cm) {
    return switch (unit) {
      case "区商务委" -> cm == 5 || cm == 6;
      case "区经济信息委" -> cm == 8;
      case "永川银保监分局" -> cm == 9;
      default -> false;
    };
  }

  /** What the unit reports on the task in calendar month {@code cm}. */
  static String status(String unit, int task, int cm) {
    if ((task == 47 && cm >= 6)
        || (task == 21 && cm >= 8)
        || ((task == 1 || task == 42) && cm == 12)) {
      return "DONE";
    }
    if (task == 22 && "区发展改革委".equals(unit) && (cm == 7 || cm == 8)) {
      return "BEHIND";
    }
    if (task == 62 && cm >= 8) {
      return "BEHIND";
    }
    if (task == 34 && cm <= 10) {
      return "NOT_STARTED";
    }
    return "ON_SCHEDULE";
  }

  private static String label(String code) {
    return switch (code) {
      case "DONE" -> "已完成";
      case "BEHIND" -> "滞后";
      case "NOT_STARTED" -> "未启动";
      default -> "按序时推进";
    };
  }
}
