package org.employmentmonitor.tasks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.staging.LatestVersion;
import org.employmentmonitor.staging.StagedData;

/**
 * The staged task reports a rating needs (SPEC 9 "Tasks"): for each month folder from December of
 * the year before P to P, each lead unit's accepted report on each task in that folder, the latest
 * version within the folder (a later line or part wins, {@link LatestVersion}). Reports of another
 * month never stand in: a month is judged by its own folder. A few hundred rows a month: read onto
 * the driver.
 */
public final class TaskReports {
  private TaskReports() {}

  public static Map<YearMonth, MonthReports> read(StagedData staged, YearMonth period) {
    Extract e = Extracts.TASK_PROGRESS;
    YearMonth from = YearMonth.of(period.getYear() - 1, 12);
    NavigableSet<YearMonth> months =
        staged.deliveredMonths(e.name()).subSet(from, true, period, true);
    Map<YearMonth, MonthReports> out = new TreeMap<>();
    if (months.isEmpty()) {
      return out;
    }
    Map<YearMonth, Map<Integer, Map<String, Object[]>>> latest = new HashMap<>();
    for (YearMonth m : months) {
      latest.put(m, new HashMap<>());
    }
    for (Row r :
        staged
            .read(e, new ArrayList<>(months))
            .select(
                functions.col(Extract.EXTRACT_MONTH),
                functions.col("task_no"),
                functions.col("unit"),
                functions.col("status"),
                functions.col(StagedData.ORD))
            .collectAsList()) {
      YearMonth m = YearMonth.parse(r.getString(0));
      Object[] v = {r.getString(3), r.getLong(4)};
      latest
          .get(m)
          .computeIfAbsent(r.getInt(1), k -> new HashMap<>())
          .merge(r.getString(2), v, LatestVersion.merge(x -> (Long) x[1]));
    }
    for (YearMonth m : months) {
      Map<Integer, Map<String, ReportedStatus>> byTask = new HashMap<>();
      latest
          .get(m)
          .forEach(
              (task, units) -> {
                Map<String, ReportedStatus> s = new HashMap<>();
                units.forEach((u, v) -> s.put(u, ReportedStatus.valueOf((String) v[0])));
                byTask.put(task, s);
              });
      out.put(m, new MonthReports(m, true, byTask));
    }
    return out;
  }
}
