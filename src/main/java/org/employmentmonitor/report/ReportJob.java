package org.employmentmonitor.report;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.ingest.DataQuality;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertTable;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.model.RevisionRow;
import org.employmentmonitor.model.RevisionTable;
import org.employmentmonitor.tasks.TaskRow;
import org.employmentmonitor.tasks.TaskTable;
import org.employmentmonitor.tasks.TasksJob;

/**
 * The report step (SPEC 3.4, 6; issue 6): the indicator and alert tables — this run's, else the
 * published ones — plus the data-quality states, towns and configuration, turned into {@code
 * reports/YYYY-MM/report.html} and {@code report.xlsx} in the run's work folder. The CLI publishes
 * them with the rest of the period's outputs.
 */
public final class ReportJob implements Job {
  private static final Logger LOG = LogManager.getLogger(ReportJob.class);

  @Override
  public String name() {
    return "report";
  }

  @Override
  public void run(RunContext ctx) throws Exception {
    long t0 = System.nanoTime();
    YearMonth p = ctx.period();
    ctx.describe("report " + p + ": read indicator and alert tables");
    Path indicatorsPath =
        table(ctx, ctx.work().indicators(p), ctx.published().indicators(p), "indicators");
    Path alertsPath = table(ctx, ctx.work().alerts(p), ctx.published().alerts(p), "alerts");
    List<IndicatorRow> indicators = IndicatorTable.read(ctx.spark(), indicatorsPath.toString());
    List<AlertRow> alerts = AlertTable.read(ctx.spark(), alertsPath.toString());
    ReportData data =
        new ReportData(
            p,
            ctx.config(),
            indicators,
            alerts,
            DataQuality.load(ctx.fs(), ctx.published(), ctx.input(), p),
            Towns.readStaged(ctx.fs(), ctx.published()).list(),
            new ReportData.RunInfo(
                ctx.runId(),
                ctx.startedAt(),
                Instant.now(),
                ctx.input().toString(),
                ctx.config().sourceDescription(),
                ctx.fs()
                    .exists(
                        new Path(
                            ctx.input(),
                            org.employmentmonitor.ingest.InputCatalog.SYNTHETIC_MARKER))),
            tasksOf(ctx));
    data = data.withRevisions(revisions(ctx, p)); // issue 26

    long t1 = System.nanoTime();
    ctx.describe("report " + p + ": write report.html and report.xlsx");
    Path dir = ctx.work().reports(p);
    ctx.fs().mkdirs(dir);
    ctx.fs().writeString(new Path(dir, HtmlReport.FILE_NAME), HtmlReport.render(data));
    ctx.fs().write(new Path(dir, ReportWorkbook.FILE_NAME), ReportWorkbook.write(data));

    long t2 = System.nanoTime();
    double seconds = (t2 - t0) / 1e9;
    LOG.info(
        "report {}: {} and {} from {} indicator rows and {} alerts; read {} s, written {} s",
        p,
        HtmlReport.FILE_NAME,
        ReportWorkbook.FILE_NAME,
        String.format("%,d", indicators.size()),
        alerts.size(),
        String.format("%.1f", (t1 - t0) / 1e9),
        String.format("%.2f", (t2 - t1) / 1e9));
    ctx.steps()
        .record(
            "report",
            "html and workbook",
            seconds,
            Map.of("indicator_rows", (long) indicators.size(), "alerts", (long) alerts.size()));
  }

  /**
   * The revised cells of earlier month-ends (issue 26): this run's revision table, else the
   * published one, else none (a period published before revisions were written).
   */
  private static List<RevisionRow> revisions(RunContext ctx, YearMonth p) throws IOException {
    for (Path t : List.of(ctx.work().revisions(p), ctx.published().revisions(p))) {
      if (ctx.fs().exists(t)) {
        return RevisionTable.read(ctx.spark(), t.toString());
      }
    }
    return List.of();
  }

  /** The task table's rows of P (issue 28), empty when no tasks step ran for P. */
  private static List<TaskRow> tasksOf(RunContext ctx) throws IOException {
    List<TaskRow> rows = TasksJob.readTable(ctx);
    return rows == null ? List.of() : TaskTable.at(rows, ctx.period().atEndOfMonth());
  }

  /** This run's table if an earlier step of the run wrote it, else the published one. */
  private static Path table(RunContext ctx, Path work, Path published, String step)
      throws IOException {
    if (ctx.fs().exists(work)) {
      return work;
    }
    if (ctx.fs().exists(published)) {
      return published;
    }
    throw MonitorException.input(
        "no "
            + step
            + " table for "
            + ctx.period()
            + " under "
            + published
            + ": run the "
            + step
            + " step for "
            + ctx.period()
            + " first");
  }
}
