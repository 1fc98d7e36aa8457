package org.employmentmonitor.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.employmentmonitor.cli.MonitorException;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.CsvFiles;
import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.model.Scope;

/**
 * The indicators step (SPEC 3.2): staging → the indicator table for every month-end from January to
 * P, written as Parquet ({@code indicators/period=P/}) and {@code reports/P/indicators.csv}. The
 * facts are built once; all indicators' measures are collected in one Spark job (they are small:
 * indicators × month-ends × cells), then assembled with targets on the driver.
 */
public final class IndicatorsJob implements Job {
  private static final Logger LOG = LogManager.getLogger(IndicatorsJob.class);

  /** Every indicator class, in catalogue order. */
  static final List<Indicator> INDICATORS =
      List.of(
          new NewUrbanEmployment(),
          new GraduatePlacementRate(),
          new SubsidizedTraining(),
          new SurveyedUnemploymentRate(),
          new RegisteredUnemployment(),
          new UnemployedFollowUpRate(),
          new ReturneeEmployment(),
          new PovertyEmploymentRate(),
          new ZeroEmploymentHouseholds(),
          new Recruitment(),
          new EntrepreneurshipSupport());

  @Override
  public String name() {
    return "indicators";
  }

  @Override
  public void run(RunContext ctx) throws Exception {
    IndicatorCatalog.checkConfig(ctx.config());
    YearMonth period = ctx.period();
    MonthWindow window = new MonthWindow(period);
    Towns towns = Towns.readStaged(ctx.fs(), ctx.published());
    StagedData staged = StagedData.open(ctx.spark(), ctx.fs(), ctx.published(), window);
    for (Extract e : Extracts.MONTHLY) {
      if (e.isMandatory() && !staged.delivered(e.name(), period)) {
        throw MonitorException.input(
            "no staged " + e.name() + " for " + period + ": run the ingest step for " + period);
      }
    }
    long t0 = System.nanoTime();
    ctx.describe("indicators " + period);
    List<IndicatorRow> rows = compute(staged, towns, ctx);
    double seconds = (System.nanoTime() - t0) / 1e9;

    Path parquet = ctx.work().indicators(period);
    ctx.describe("indicators " + period + ": write table");
    IndicatorTable.toDataset(ctx.spark(), rows)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(parquet.toString());
    List<List<String>> csv = new ArrayList<>(rows.size());
    for (IndicatorRow r : rows) {
      csv.add(IndicatorTable.toCsv(r));
    }
    Path reports = ctx.work().reports(period);
    ctx.fs().mkdirs(reports);
    CsvFiles.write(ctx.fs(), new Path(reports, "indicators.csv"), IndicatorTable.CSV_HEADER, csv);

    LOG.info(
        "indicators {}: {} rows for {} month-end(s), {} s",
        period,
        String.format("%,d", rows.size()),
        window.months().size(),
        String.format("%.1f", seconds));
    for (IndicatorRow r : rows) {
      if (r.scope() == Scope.DISTRICT
          && r.monthEnd().equals(period.atEndOfMonth())
          && !IndicatorCatalog.byId(r.indicatorId()).isSubIndicator()
          && r.target() != null) {
        LOG.info(
            "  {} {}: {} (target {}, {})",
            r.indicatorId(),
            r.indicatorName(),
            r.unit().format(r.value()),
            r.unit().format(r.target()),
            r.status());
      }
    }
    ctx.steps()
        .record("indicators", "compute", seconds, java.util.Map.of("rows", (long) rows.size()));
  }

  /** Builds the facts, measures every indicator and assembles the table. */
  public static List<IndicatorRow> compute(StagedData staged, Towns towns, RunContext ctx) {
    Facts facts = new Facts(staged, towns);
    List<Dataset<Row>> measures = new ArrayList<>();
    for (Indicator i : INDICATORS) {
      measures.add(i.measure(facts));
    }
    List<Row> collected = Measures.total(Measures.union(measures)).collectAsList();
    MonthWindow w = staged.window();
    return IndicatorAssembler.assemble(
        collected, w, towns, (def, m) -> available(staged, def, m), ctx.config());
  }

  /**
   * SPEC 9: an indicator is NOT_AVAILABLE for a month-end whose month folder lacks one of its
   * extracts; the graduate rate needs only some snapshot delivered by then.
   */
  static boolean available(StagedData staged, IndicatorDef def, int m) {
    YearMonth month = MonthWindow.month(m);
    for (String source : def.sources()) {
      if (source.equals("graduates")) {
        if (staged.deliveredMonths(source).floor(month) == null) {
          return false;
        }
      } else if (!staged.delivered(source, month)) {
        return false;
      }
    }
    return true;
  }
}
