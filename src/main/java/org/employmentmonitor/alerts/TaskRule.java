package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.tasks.Rating;
import org.employmentmonitor.tasks.TaskRow;

/**
 * TASK (SPEC 7, 4.7): a task rated RED at P is a RED alert, YELLOW a YELLOW one; subject the task
 * number and its short title, addressed to the task's lead units (joined with 、), the message its
 * reasons. value = the month-ends of the year so far at that colour (months_red or months_yellow),
 * no threshold: the lifecycle then moves on the severity alone (docs/alerts.md).
 */
public final class TaskRule {
  private TaskRule() {}

  public static List<AlertRow> judge(List<TaskRow> rows, YearMonth period) {
    List<AlertRow> out = new ArrayList<>();
    for (TaskRow t : rows) {
      if (!t.monthEnd().equals(period.atEndOfMonth())) {
        continue;
      }
      AlertRow.Severity severity;
      int months;
      if (t.rating() == Rating.RED) {
        severity = AlertRow.Severity.RED;
        months = t.monthsRed();
      } else if (t.rating() == Rating.YELLOW) {
        severity = AlertRow.Severity.YELLOW;
        months = t.monthsYellow();
      } else {
        continue;
      }
      out.add(
          new AlertRow(
              period,
              severity,
              AlertRule.TASK.name(),
              null,
              t.taskNo() + " " + t.title(),
              BigDecimal.valueOf(months),
              null,
              "任务"
                  + t.taskNo()
                  + "（"
                  + t.title()
                  + "）"
                  + t.rating().labelZh()
                  + "："
                  + t.reasonsText(),
              String.join("、", t.leadUnits())));
    }
    return out;
  }
}
