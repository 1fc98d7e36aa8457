package org.employmentmonitor.tasks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;

/**
 * The district status of every indicator at every month-end of the run's indicator table, with its
 * Chinese name: what a task's linked indicators say at each month-end (SPEC 4.7, "from the
 * indicator table of the same run").
 */
public final class LinkedIndicators {
  private final Map<String, Map<LocalDate, Status>> status = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  public LinkedIndicators(List<IndicatorRow> rows) {
    for (IndicatorRow r : rows) {
      if (r.scope() == Scope.DISTRICT) {
        status.computeIfAbsent(r.indicatorId(), k -> new HashMap<>()).put(r.monthEnd(), r.status());
        names.putIfAbsent(r.indicatorId(), r.indicatorName());
      }
    }
  }

  /** The indicator's district status at the month-end, or null when the table has none. */
  public Status status(String indicatorId, LocalDate monthEnd) {
    Map<LocalDate, Status> s = status.get(indicatorId);
    return s == null ? null : s.get(monthEnd);
  }

  public String name(String indicatorId) {
    return names.getOrDefault(indicatorId, indicatorId);
  }
}
