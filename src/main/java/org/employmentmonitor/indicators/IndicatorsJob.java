package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonInput;
import org.employmentmonitor.indicators.person.PersonState;
import org.employmentmonitor.indicators.person.PersonStream;
import org.employmentmonitor.indicators.person.StateProof;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.CsvFiles;
import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.staging.MonthWindow;
import org.employmentmonitor.staging.StagedData;

/**
 * The indicators step (SPEC 3.2): staging → the indicator table for every month-end from January to
 * P, written as Parquet ({@code indicators/period=P/}) and {@code reports/P/indicators.csv}. The
 * facts are built once; all indicators' measures are collected in one Spark job (they are small:
 * indicators × month-ends × cells), then assembled with targets on the driver.
 */
public final class IndicatorsJob implements Job {
  private static final Logger LOG = LogManager.getLogger(IndicatorsJob.class);

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
    int from = lookBack(window);
    StateProof.Verdict published =
        ctx.reingest()
            ? new StateProof.Verdict(null, null)
            : StateProof.check(ctx.fs(), ctx.published().personState());
    if (published.problem() != null) {
      LOG.warn("person state: {}: rebuilt from staging", published.problem());
    }
    PersonState.Plan plan =
        PersonState.plan(
            published.meta(),
            published.problem(),
            period,
            from,
            staged.fingerprints(Extracts.SOCIAL_INSURANCE.name(), MonthWindow.month(from)),
            shufflePartitions(ctx.spark()),
            ctx.reingest());
    logPlan(plan);
    ctx.describe("indicators " + period);
    Path stateOut = ctx.work().personState();
    PersonState.Meta meta = new PersonState.Meta();
    List<IndicatorRow> rows =
        compute(staged, towns, ctx.config(), plan, ctx.published().personState(), stateOut, meta);
    meta.period = period.toString();
    meta.runId = ctx.runId();
    meta.write(ctx.fs(), stateOut);
    ctx.fs().restrictToOwner(stateOut);
    double seconds = (System.nanoTime() - t0) / 1e9;
    LOG.info(
        "person state {}: {} persons, {} contribution rows in {} spans, {} buckets",
        period,
        String.format("%,d", meta.persons),
        String.format("%,d", meta.entries),
        String.format("%,d", meta.spans),
        meta.buckets);
    LOG.info("同比 {}: {}", period, YearOnYear.describe(staged, period));
    // P−1's table, read once: the restatement log and revisions.csv (SPEC 6, issue 26) both compare
    Map<Revisions.Cell, Revisions.Published> lastTable = Revisions.previous(ctx);
    Restatement.log(ctx, rows, lastTable);
    Revisions.write(ctx, rows, lastTable);

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

  /**
   * The first contribution month the person state holds: October two years before P's year — the
   * 3-month look-back (SPEC 4.1: a start in January looks back to October) of last year's window,
   * whose month-ends give every row its value of a year earlier (SPEC 4.6).
   */
  static int lookBack(MonthWindow window) {
    return window.first() - 12 - 3;
  }

  private static int shufflePartitions(SparkSession spark) {
    return Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions", "200"));
  }

  private static void logPlan(PersonState.Plan plan) {
    LOG.info(
        "person state: {}; kept from it: social_insurance {}; read from staging: {}",
        plan.base() == null ? "built from staging" : "state of " + plan.base().period,
        months(plan.keep(), " staged month(s) "),
        months(plan.read(), " month(s) "));
    for (String note : plan.notes()) {
      LOG.info("person state: {}", note);
    }
  }

  /** "nothing", or "N month(s) FIRST..LAST" with {@code noun} between. */
  private static String months(List<YearMonth> months, String noun) {
    return months.isEmpty()
        ? "nothing"
        : months.size() + noun + months.get(0) + ".." + months.get(months.size() - 1);
  }

  /**
   * Measures every indicator for every month-end in one Spark job and assembles the table: the
   * person state of P is folded from the previous one and the newly staged contribution months
   * ({@link PersonState}, written to {@code stateOut}, its counts into {@code meta}), then every
   * person is evaluated in one pass over the state and the other person rows ({@link
   * PersonStream}); the households come from its membership rows, the other extracts from small
   * aggregations.
   */
  public static List<IndicatorRow> compute(
      StagedData staged,
      Towns towns,
      MonitorConfig config,
      PersonState.Plan plan,
      Path previousState,
      Path stateOut,
      PersonState.Meta meta) {
    MonthWindow w = staged.window();
    SparkSession spark = staged.spark();
    // SPEC 4.6: last year's month-ends that can have a value, evaluated in the same pass
    YearMonth yearAgo = YearOnYear.lastMonthEnd(staged, w.period());
    MonthWindow lastYear = yearAgo == null ? null : new MonthWindow(yearAgo);
    PersonContext context =
        new PersonContext(
            w,
            staged.earliest("social_insurance").map(MonthWindow::index).orElse(null),
            staged.deliveredMonths("graduates"),
            yearAgo);
    int buckets = plan.buckets();
    LongAccumulator[] counts = {
      spark.sparkContext().longAccumulator("person state persons"),
      spark.sparkContext().longAccumulator("person state rows"),
      spark.sparkContext().longAccumulator("person state spans")
    };
    JavaRDD<InternalRow> previous =
        plan.keep().isEmpty()
            ? null
            : PersonState.internalRows(PersonState.read(spark, previousState, buckets));
    JavaRDD<InternalRow> fresh =
        plan.read().isEmpty() && previous != null
            ? null
            : PersonState.internalRows(
                PersonInput.contributions(staged, plan.read(), plan.from(), buckets));
    PersonState.write(spark, PersonState.fold(previous, fresh, plan, counts), stateOut, buckets);
    meta.buckets = buckets;
    meta.from = MonthWindow.month(plan.from()).toString();
    for (java.util.Map.Entry<YearMonth, String> e : plan.needed().entrySet()) {
      meta.months.put(e.getKey().toString(), e.getValue());
    }
    meta.persons = counts[0].value();
    meta.entries = counts[1].value();
    meta.spans = counts[2].value();

    Dataset<Row> evaluated =
        spark
            .createDataFrame(
                PersonInput.others(staged, context, buckets)
                    .toJavaRDD()
                    .zipPartitions(
                        PersonState.internalRows(PersonState.read(spark, stateOut, buckets)),
                        new PersonStream(
                            context,
                            IndicatorCatalog.PERSON_RULES,
                            ZeroEmploymentHouseholds::member,
                            buckets)),
                PersonStream.OUTPUT)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<Dataset<Row>> parts = new ArrayList<>();
      parts.add(
          evaluated
              .filter(col("type").equalTo(PersonStream.SUM))
              .select("indicator_id", "m", "scope", "scope_key", "part", "amount"));
      parts.add(
          ZeroEmploymentHouseholds.measure(
              evaluated.filter(col("type").equalTo(PersonStream.MEMBER))));
      List<Row> measures = new ArrayList<>(Measures.total(Measures.union(parts)).collectAsList());
      SmallExtracts.Amounts amounts = new SmallExtracts.Amounts();
      for (SourceIndicator i : IndicatorCatalog.SOURCE_RULES) {
        List<Row> latest = SmallExtracts.latest(staged, i.extract(), i.columns());
        i.measure(latest, w, amounts);
        if (lastYear != null) {
          i.measure(latest, lastYear, amounts);
        }
      }
      measures.addAll(amounts.rows());
      List<IndicatorRow> rows =
          IndicatorAssembler.assemble(
              measures, w, towns, (def, m) -> available(staged, def, m), config);
      return lastYear == null
          ? rows
          : YearOnYear.add(
              rows,
              IndicatorAssembler.lastYear(
                  measures, lastYear, towns, (def, m) -> available(staged, def, m), config));
    } finally {
      evaluated.unpersist();
    }
  }

  /**
   * SPEC 9: an indicator is NOT_AVAILABLE for a month-end whose month folder lacks one of its
   * extracts; the graduate rate needs only some snapshot delivered by then.
   */
  static boolean available(StagedData staged, IndicatorDefinition def, int m) {
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

  /**
   * Every month-end row of P's indicator table: the one this run wrote, else the published one;
   * neither is an input error. The steps after this one (tasks, alerts) read it here.
   */
  public static List<IndicatorRow> readTable(RunContext ctx) throws IOException {
    Path work = ctx.work().indicators(ctx.period());
    Path published = ctx.published().indicators(ctx.period());
    Path path = ctx.fs().exists(work) ? work : published;
    if (!ctx.fs().exists(path)) {
      throw MonitorException.input(
          "no indicator table for "
              + ctx.period()
              + " under "
              + published
              + ": run the indicators step for "
              + ctx.period()
              + " first");
    }
    return IndicatorTable.read(ctx.spark(), path.toString());
  }
}
