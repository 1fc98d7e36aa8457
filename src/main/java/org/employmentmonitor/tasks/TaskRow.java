package org.employmentmonitor.tasks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One row of the task table (tasks/period=P, SPEC 6 {@code tasks.csv}): a task of the register with
 * its rating at one month-end of the run's year.
 *
 * @param reported each lead unit's reported status in the month, in register order (null: none)
 */
public record TaskRow(
    YearMonth period,
    LocalDate monthEnd,
    int taskNo,
    String section,
    String title,
    List<String> leadUnits,
    LocalDate dueDate,
    Rating rating,
    List<String> reasons,
    int monthsRed,
    int monthsYellow,
    Map<String, ReportedStatus> reported) {

  /** Reasons as one cell: joined with the Chinese semicolon. */
  public String reasonsText() {
    return String.join("；", reasons);
  }

  /** Each lead unit's status as one cell: {@code 区商务委:BEHIND; 区财政局:NONE}. */
  public String reportedText() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, ReportedStatus> e : reported.entrySet()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(e.getKey()).append(':').append(e.getValue() == null ? "NONE" : e.getValue().name());
    }
    return b.toString();
  }
}
