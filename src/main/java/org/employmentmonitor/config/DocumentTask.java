package org.employmentmonitor.config;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One numbered task of the document's division of work (SPEC 2.2 reference/tasks.csv, 4.7): its
 * number, the part of the document it sits in, a short title, the units that lead it (牵头单位, who
 * report on it) and those that share it (责任单位), its due date and the indicators that measure it.
 *
 * @param dueDate the date the task's text names, or null: 31 December of the year rated (SPEC 9)
 * @param indicatorIds section 4 indicator ids that measure the task, in the register's order
 */
public record DocumentTask(
    int number,
    String section,
    String title,
    List<String> leadUnits,
    List<String> responsibleUnits,
    LocalDate dueDate,
    List<String> indicatorIds)
    implements Serializable {

  public DocumentTask {
    if (number < 1) {
      throw new IllegalArgumentException("task number " + number + " is not positive");
    }
    if (leadUnits.isEmpty()) {
      throw new IllegalArgumentException("task " + number + " has no lead unit");
    }
    leadUnits = List.copyOf(leadUnits);
    responsibleUnits = List.copyOf(responsibleUnits);
    indicatorIds = List.copyOf(indicatorIds);
  }

  /** The due date in the year rated: the named date, else 31 December of {@code year} (SPEC 9). */
  public LocalDate dueIn(int year) {
    return dueDate != null ? dueDate : LocalDate.of(year, 12, 31);
  }

  /** A task's units as the document writes them: joined with 、. */
  public static String joined(List<String> units) {
    return String.join("、", units);
  }
}
