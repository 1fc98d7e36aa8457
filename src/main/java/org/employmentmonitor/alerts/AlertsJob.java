package org.employmentmonitor.alerts;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SaveMode;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.indicators.IndicatorsJob;
import org.employmentmonitor.ingest.DataQuality;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.ingest.InputCatalog;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.CsvFiles;
import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.AlertTable;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.staging.MonthWindow;
import org.employmentmonitor.staging.StagedData;
import org.employmentmonitor.tasks.TaskRow;
import org.employmentmonitor.tasks.TasksJob;

/**
 * The alerts step (SPEC 3.3, 7; issue 5): the period's indicator table, the staging and the
 * data-quality counts → the alert table, {@code alerts/period=P/} (Parquet) and {@code
 * reports/P/alerts.csv}, RED first, then rule (in {@link AlertRule} order), subject (DISTRICT
 * first) and indicator. Each rule is a small class of its own; this class only gathers their
 * inputs, runs them, gives what they raise its lifecycle against the alerts published for P−1
 * ({@link AlertLifecycle}) and writes the result, RESOLVED rows last.
 */
public final class AlertsJob implements Job {
  private static final Logger LOG = LogManager.getLogger(AlertsJob.class);
  private static final String SOCIAL_INSURANCE = Extracts.SOCIAL_INSURANCE.name();
  private static final String RECRUITMENT = Extracts.RECRUITMENT.name();

  @Override
  public String name() {
    return "alerts";
  }

  @Override
  public void run(RunContext ctx) throws Exception {
    YearMonth period = ctx.period();
    MonitorConfig config = ctx.config();
    MonitorConfig.Alerts thresholds = config.alerts();
    long t0 = System.nanoTime();
    ctx.describe("alerts " + period + ": read indicators");
    List<IndicatorRow> table = IndicatorsJob.readTable(ctx);
    List<IndicatorRow> indicators =
        table.stream().filter(r -> r.monthEnd().equals(period.atEndOfMonth())).toList();
    Towns towns = Towns.readStaged(ctx.fs(), ctx.published());
    StagedData staged =
        StagedData.open(ctx.spark(), ctx.fs(), ctx.published(), new MonthWindow(period));
    if (!staged.delivered(SOCIAL_INSURANCE, period)) {
      throw MonitorException.input(
          "no staged "
              + SOCIAL_INSURANCE
              + " for "
              + period
              + ": run the ingest step for "
              + period);
    }
    List<IngestState> quality = DataQuality.load(ctx.fs(), ctx.published(), ctx.input(), period);

    List<AlertRow> alerts = new ArrayList<>();
    Map<AlertRule, String> notes = new EnumMap<>(AlertRule.class);
    alerts.addAll(TargetRules.judge(indicators, period, config));
    alerts.addAll(SurveyCeiling.judge(indicators, period, thresholds));
    alerts.addAll(ProjectionRule.judge(indicators, period));

    YearMonth previous = period.minusMonths(1);
    if (staged.delivered(SOCIAL_INSURANCE, previous)) {
      ctx.describe("alerts " + period + ": insured headcounts " + previous + " and " + period);
      {
        InsuredHeadcounts heads = InsuredHeadcounts.read(staged);
        long minDrop =
            Math.min(
                thresholds.layoffRedPersons(),
                Math.min(
                    thresholds.layoffYellowPersons(), thresholds.layoffYellowShareMinPersons()));
        List<LayoffRule.EmployerChange> employers = heads.employerDrops(minDrop);
        notes.put(
            AlertRule.LAYOFF,
            employers.size() + " employer(s) down by " + minDrop + " or more insured persons");
        alerts.addAll(LayoffRule.judge(employers, towns, period, thresholds));
        alerts.addAll(InsuredDropRule.judge(heads.areas(towns), period, thresholds));
      }
    } else {
      String why = "not judged: no " + SOCIAL_INSURANCE + " delivered for " + previous;
      notes.put(AlertRule.LAYOFF, why);
      notes.put(AlertRule.INSURED_DROP, why);
    }

    int months = thresholds.recruitmentDropMonths();
    List<YearMonth> missing = new ArrayList<>();
    for (int back = months; back >= 0; back--) {
      if (!staged.delivered(RECRUITMENT, period.minusMonths(back))) {
        missing.add(period.minusMonths(back));
      }
    }
    if (missing.isEmpty()) {
      ctx.describe("alerts " + period + ": positions posted");
      alerts.addAll(
          RecruitmentDropRule.judge(
              PostedPositions.read(staged, months, towns), period, thresholds));
    } else {
      notes.put(
          AlertRule.RECRUITMENT_DROP,
          "not judged: no " + RECRUITMENT + " delivered for " + missing);
    }

    List<TaskRow> tasks = TasksJob.readTable(ctx);
    if (tasks == null) {
      notes.put(AlertRule.TASK, "not judged: no task table for " + period + " (the tasks step)");
    } else {
      alerts.addAll(TaskRule.judge(tasks, period));
    }

    alerts.addAll(DataQualityRule.quarantine(quality, period, config));
    alerts.addAll(DataQualityRule.missingMonths(quality, period, config));
    alerts.addAll(DataQualityRule.missingOptional(quality, period, config));
    alerts.addAll(
        DataQualityRule.unrecognisedFiles(
            InputCatalog.unrecognisedIn(ctx.fs(), ctx.input(), period).stream()
                .map(InputCatalog.Unrecognised::relativePath)
                .toList(),
            period,
            config));
    alerts.addAll(
        DataQualityRule.undecidableStarts(
            indicators, period, staged.earliest(SOCIAL_INSURANCE), config));

    ctx.describe("alerts " + period + ": lifecycle against " + previous);
    Optional<List<AlertRow>> before = publishedAlerts(ctx, previous);
    alerts =
        new ArrayList<>(
            AlertLifecycle.apply(
                alerts,
                before,
                period,
                SeriesStreaks.of(table, period, thresholds)
                    .withTasks(tasks == null ? List.of() : tasks)));
    alerts.sort(AlertOrder.COMPARATOR);
    write(ctx, alerts);
    List<AlertRow> active = alerts.stream().filter(AlertRow::active).toList();
    for (AlertRule rule : AlertRule.values()) {
      List<AlertRow> raised = active.stream().filter(a -> a.rule().equals(rule.name())).toList();
      String note = notes.get(rule);
      LOG.info(
          "alerts {} {}: {} RED, {} YELLOW{}",
          period,
          rule,
          red(raised),
          raised.size() - red(raised),
          note == null ? "" : " (" + note + ")");
    }
    long red = red(active);
    Map<AlertRow.State, Long> states = new EnumMap<>(AlertRow.State.class);
    for (AlertRow a : alerts) {
      states.merge(a.state(), 1L, Long::sum);
    }
    LOG.info(
        "alerts {}: {} RED, {} YELLOW; lifecycle against {}: {}",
        period,
        red,
        active.size() - red,
        before.isPresent() ? previous : "nothing (no alerts published for " + previous + ")",
        states);
    ctx.steps()
        .record(
            "alerts",
            "judge",
            (System.nanoTime() - t0) / 1e9,
            Map.of(
                "red",
                red,
                "yellow",
                active.size() - red,
                "resolved",
                (long) alerts.size() - active.size()));
  }

  /**
   * The alerts published for {@code month} in this output (the lifecycle's "previous period"), or
   * empty when that month was never published here.
   */
  static Optional<List<AlertRow>> publishedAlerts(RunContext ctx, YearMonth month)
      throws IOException {
    Path path = ctx.published().alerts(month);
    if (!ctx.fs().exists(path)) {
      return Optional.empty();
    }
    return Optional.of(AlertTable.read(ctx.spark(), path.toString()));
  }

  private static void write(RunContext ctx, List<AlertRow> alerts) throws IOException {
    ctx.describe("alerts " + ctx.period() + ": write table");
    AlertTable.toDataset(ctx.spark(), alerts)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(ctx.work().alerts(ctx.period()).toString());
    Path reports = ctx.work().reports(ctx.period());
    ctx.fs().mkdirs(reports);
    List<List<String>> csv = new ArrayList<>(alerts.size());
    for (AlertRow a : alerts) {
      csv.add(AlertTable.toCsv(a));
    }
    CsvFiles.write(ctx.fs(), new Path(reports, "alerts.csv"), AlertTable.CSV_HEADER, csv);
  }

  private static long red(List<AlertRow> alerts) {
    return alerts.stream().filter(a -> a.severity() == Severity.RED).count();
  }
}
