package org.employmentmonitor.tasks;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SaveMode;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.DocumentTask;
import org.employmentmonitor.config.TaskRegister;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorsJob;
import org.employmentmonitor.ingest.TaskRegisterFile;
import org.employmentmonitor.io.CsvFiles;
import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.staging.MonthWindow;
import org.employmentmonitor.staging.StagedData;

/**
 * The tasks step (SPEC 4.7, 6; issue 28), between indicators and alerts: the staged register and
 * task reports and the run's indicator table → every task rated at every month-end of the year
 * ({@link TaskRater}), written as {@code tasks/period=P/} (Parquet, all month-ends) and {@code
 * reports/P/tasks.csv} (P's rows). The alerts step raises TASK alerts from it, the report shows it.
 */
public final class TasksJob implements Job {
  private static final Logger LOG = LogManager.getLogger(TasksJob.class);

  @Override
  public String name() {
    return "tasks";
  }

  @Override
  public void run(RunContext ctx) throws Exception {
    YearMonth period = ctx.period();
    TaskRegister register = TaskRegisterFile.readStaged(ctx.fs(), ctx.published());
    checkLinks(register);
    ctx.describe("tasks " + period + ": read reports and indicators");
    LinkedIndicators indicators = new LinkedIndicators(IndicatorsJob.readTable(ctx));
    StagedData staged =
        StagedData.open(ctx.spark(), ctx.fs(), ctx.published(), new MonthWindow(period));
    Map<YearMonth, MonthReports> reports = TaskReports.read(staged, period);
    Map<YearMonth, List<TaskRating>> rated =
        TaskRater.rateYear(register, period, reports, indicators);

    List<TaskRow> rows = new ArrayList<>();
    for (List<TaskRating> month : rated.values()) {
      for (TaskRating r : month) {
        DocumentTask t = register.task(r.taskNo());
        rows.add(
            new TaskRow(
                period,
                r.monthEnd(),
                t.number(),
                t.section(),
                t.title(),
                t.leadUnits(),
                t.dueIn(period.getYear()),
                r.rating(),
                r.reasons(),
                r.monthsRed(),
                r.monthsYellow(),
                r.reported()));
      }
    }
    write(ctx, rows);
    Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
    for (TaskRating r : rated.get(period)) {
      counts.merge(r.rating(), 1, Integer::sum);
    }
    if (counts.containsKey(Rating.NO_REPORT)) {
      LOG.warn(
          "tasks {}: no task_progress delivered in {} yet: the {} task(s) of the register ({}) are"
              + " not rated",
          period,
          period.getYear(),
          register.size(),
          register.origin());
    } else {
      LOG.info(
          "tasks {}: {} task(s) of the register ({}): {}",
          period,
          register.size(),
          register.origin(),
          counts);
    }
  }

  /** Every linked indicator must be one of section 4: a typo would silently never rate the task. */
  static void checkLinks(TaskRegister register) {
    List<String> bad = new ArrayList<>();
    for (DocumentTask t : register.tasks()) {
      for (String id : t.indicatorIds()) {
        if (IndicatorCatalog.find(id).isEmpty()) {
          bad.add("task " + t.number() + ": indicator_ids '" + id + "'");
        }
      }
    }
    if (!bad.isEmpty()) {
      throw MonitorException.input(
          "the task register "
              + register.origin()
              + " links to indicators that do not exist: "
              + String.join(", ", bad)
              + "; use the ids of docs/indicators.md");
    }
  }

  private static void write(RunContext ctx, List<TaskRow> rows) throws IOException {
    ctx.describe("tasks " + ctx.period() + ": write table");
    TaskTable.toDataset(ctx.spark(), rows)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(ctx.work().tasks(ctx.period()).toString());
    List<List<String>> csv = new ArrayList<>();
    for (TaskRow r : TaskTable.at(rows, ctx.period().atEndOfMonth())) {
      csv.add(TaskTable.toCsv(r));
    }
    Path reports = ctx.work().reports(ctx.period());
    ctx.fs().mkdirs(reports);
    CsvFiles.write(ctx.fs(), new Path(reports, "tasks.csv"), TaskTable.CSV_HEADER, csv);
  }

  /** The published (or this run's) task table of {@code period}, or null when none was written. */
  public static List<TaskRow> readTable(RunContext ctx) throws IOException {
    Path work = ctx.work().tasks(ctx.period());
    Path published = ctx.published().tasks(ctx.period());
    Path path = ctx.fs().exists(work) ? work : ctx.fs().exists(published) ? published : null;
    return path == null ? null : TaskTable.read(ctx.spark(), path.toString());
  }
}
