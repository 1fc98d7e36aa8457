package org.employmentmonitor.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One task's rating at one month-end (SPEC 4.7): the rating, its reasons in Chinese in the order of
 * 4.7's rules, the month-ends of the year so far rated RED and YELLOW (this one included), and what
 * each lead unit reported for the month (null: no report).
 */
public record TaskRating(
    int taskNo,
    LocalDate monthEnd,
    Rating rating,
    List<String> reasons,
    int monthsRed,
    int monthsYellow,
    Map<String, ReportedStatus> reported) {

  public TaskRating {
    reasons = List.copyOf(reasons);
  }
}
