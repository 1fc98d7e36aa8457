package org.employmentmonitor.tasks;

import java.time.YearMonth;
import java.util.Map;

/**
 * The task reports of one month folder (SPEC 9 "Tasks"): whether a task_progress extract was
 * delivered for the month, and each lead unit's report on each task in it (the latest version
 * within that folder). A month without a delivery is a month without a report from any unit.
 *
 * @param byTask task number → lead unit → reported status
 */
public record MonthReports(
    YearMonth month, boolean delivered, Map<Integer, Map<String, ReportedStatus>> byTask) {

  public MonthReports {
    byTask = Map.copyOf(byTask);
  }

  /** No delivery for the month. */
  public static MonthReports none(YearMonth month) {
    return new MonthReports(month, false, Map.of());
  }

  /** The unit's report on the task this month, or null when it sent none. */
  public ReportedStatus status(int task, String unit) {
    Map<String, ReportedStatus> units = byTask.get(task);
    return units == null ? null : units.get(unit);
  }
}
