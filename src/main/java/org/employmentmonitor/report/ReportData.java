package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.RevisionRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.tasks.TaskRow;

/**
 * Everything the report shows, read once by {@link ReportJob} (or built by hand in a test): the
 * indicator and alert tables, the data-quality states, the towns, the configuration and the run's
 * facts. Plain Java, no Spark: the writers are pure functions of this.
 */
public final class ReportData {
  /**
   * Facts about the run for the appendix; {@code synthetic} when the input carries the generator's
   * marker (the title block and the workbook then say 演示数据（虚构）).
   */
  public record RunInfo(
      String runId,
      Instant startedAt,
      Instant generatedAt,
      String input,
      String configSource,
      boolean synthetic) {
    public RunInfo(
        String runId, Instant startedAt, Instant generatedAt, String input, String configSource) {
      this(runId, startedAt, generatedAt, input, configSource, false);
    }
  }

  /** What the title block and the workbook say when the input is synthetic (issue 29). */
  public static final String SYNTHETIC_NOTE = "演示数据（虚构）";

  /** True when the report is built from the generator's synthetic data. */
  public boolean synthetic() {
    return run != null && run.synthetic();
  }

  private record Key(LocalDate monthEnd, String id, Scope scope, String scopeKey) {}

  private final YearMonth period;
  private final MonitorConfig config;
  private final List<IndicatorRow> indicators;
  private final List<AlertRow> alerts;
  private final List<IngestState> quality;
  private final List<Towns.Town> towns;
  private final RunInfo run;
  private final List<TaskRow> tasks;
  private final Map<Key, IndicatorRow> index = new HashMap<>();
  private List<RevisionRow> revisions = List.of();

  public ReportData(
      YearMonth period,
      MonitorConfig config,
      List<IndicatorRow> indicators,
      List<AlertRow> alerts,
      List<IngestState> quality,
      List<Towns.Town> towns,
      RunInfo run) {
    this(period, config, indicators, alerts, quality, towns, run, List.of());
  }

  /**
   * @param tasks the task table's rows of P (SPEC 4.7); empty when the run has none
   */
  public ReportData(
      YearMonth period,
      MonitorConfig config,
      List<IndicatorRow> indicators,
      List<AlertRow> alerts,
      List<IngestState> quality,
      List<Towns.Town> towns,
      RunInfo run,
      List<TaskRow> tasks) {
    this.tasks = List.copyOf(tasks);
    this.period = period;
    this.config = config;
    this.indicators = List.copyOf(indicators);
    this.alerts = List.copyOf(alerts);
    this.quality = List.copyOf(quality);
    this.towns = List.copyOf(towns);
    this.run = run;
    for (IndicatorRow r : indicators) {
      index.put(new Key(r.monthEnd(), r.indicatorId(), r.scope(), r.scopeKey()), r);
    }
  }

  /**
   * This report's data with the revised cells of earlier month-ends (SPEC 6 revisions.csv, issue
   * 26); without this call there are none.
   */
  public ReportData withRevisions(List<RevisionRow> rows) {
    ReportData d = new ReportData(period, config, indicators, alerts, quality, towns, run, tasks);
    d.revisions = List.copyOf(rows);
    return d;
  }

  /** The revised cells of earlier month-ends, in the revision table's order. */
  public List<RevisionRow> revisions() {
    return revisions;
  }

  /** The document's tasks as rated for P, in task order; empty without a task table. */
  public List<TaskRow> tasks() {
    return tasks;
  }

  public YearMonth period() {
    return period;
  }

  public MonitorConfig config() {
    return config;
  }

  /** The indicator table, in its stored order. */
  public List<IndicatorRow> indicators() {
    return indicators;
  }

  /** The alert table, in its stored order. */
  public List<AlertRow> alerts() {
    return alerts;
  }

  public List<IngestState> quality() {
    return quality;
  }

  /**
   * The district's towns in code order; without a towns list, the town keys the indicator table
   * holds.
   */
  public List<Towns.Town> towns() {
    if (!towns.isEmpty()) {
      return towns;
    }
    List<Towns.Town> out = new ArrayList<>();
    LocalDate end = monthEnd();
    for (IndicatorRow r : indicators) {
      if (r.scope() == Scope.TOWN
          && r.monthEnd().equals(end)
          && r.indicatorId().equals(indicators.get(0).indicatorId())) {
        out.add(new Towns.Town(r.scopeKey(), r.scopeName(), null));
      }
    }
    return out;
  }

  public RunInfo run() {
    return run;
  }

  /** The report's title, e.g. 永川区稳就业重点任务监测月报（2020年9月）. */
  public String title() {
    return config.districtName()
        + config.reportTitle()
        + "（"
        + period.getYear()
        + "年"
        + period.getMonthValue()
        + "月）";
  }

  public LocalDate monthEnd() {
    return period.atEndOfMonth();
  }

  /** The indicator's DISTRICT row at P's month-end, or null. */
  public IndicatorRow district(String id) {
    return cell(id, Scope.DISTRICT, "");
  }

  /** The row of one cell at P's month-end, or null. */
  public IndicatorRow cell(String id, Scope scope, String key) {
    return at(monthEnd(), id, scope, key);
  }

  public IndicatorRow at(LocalDate monthEnd, String id, Scope scope, String key) {
    return index.get(new Key(monthEnd, id, scope, key == null ? "" : key));
  }

  /** Every row of the indicator in one scope at P's month-end, in table order. */
  public List<IndicatorRow> cells(String id, Scope scope) {
    List<IndicatorRow> out = new ArrayList<>();
    LocalDate end = monthEnd();
    for (IndicatorRow r : indicators) {
      if (r.scope() == scope && r.indicatorId().equals(id) && r.monthEnd().equals(end)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * A DISTRICT series over January..P of P's year: element m-1 is month m's number (from {@code
   * pick}) as a double for charts, null where there is no row or no value.
   */
  public Double[] series(String id, Function<IndicatorRow, BigDecimal> pick) {
    Double[] out = new Double[period.getMonthValue()];
    for (int m = 1; m <= out.length; m++) {
      IndicatorRow r = at(YearMonth.of(period.getYear(), m).atEndOfMonth(), id, Scope.DISTRICT, "");
      BigDecimal v = r == null ? null : pick.apply(r);
      out[m - 1] = v == null ? null : v.doubleValue();
    }
    return out;
  }

  /**
   * How a target judged month by month (monthly rates, ceilings) fared this year: the months of
   * January..P whose DISTRICT status missed it, out of the months that have a value.
   */
  public record MonthRecord(List<Integer> missed, int judged) {}

  public MonthRecord monthRecord(String id) {
    List<Integer> missed = new ArrayList<>();
    int judged = 0;
    for (int m = 1; m <= period.getMonthValue(); m++) {
      IndicatorRow r = at(YearMonth.of(period.getYear(), m).atEndOfMonth(), id, Scope.DISTRICT, "");
      if (r == null || r.value() == null) {
        continue;
      }
      judged++;
      if (TargetText.lagging(r.status())) {
        missed.add(m);
      }
    }
    return new MonthRecord(List.copyOf(missed), judged);
  }

  /** The configured target of a headline indicator, or null for a sub-indicator. */
  public TargetSpec target(IndicatorDefinition def) {
    return def.isSubIndicator() ? null : config.targets().get(def.id());
  }

  /** The indicators with a target (the headline panel), in catalogue order. */
  public List<IndicatorDefinition> targeted() {
    List<IndicatorDefinition> out = new ArrayList<>();
    for (IndicatorDefinition d : IndicatorCatalog.ALL) {
      TargetSpec t = target(d);
      if (t != null && t.kind() != TargetKind.NONE) {
        out.add(d);
      }
    }
    return out;
  }

  /** Headline indicators reported without a target, in catalogue order. */
  public List<IndicatorDefinition> untargeted() {
    List<IndicatorDefinition> out = new ArrayList<>();
    for (IndicatorDefinition d : IndicatorCatalog.ALL) {
      TargetSpec t = target(d);
      if (t != null && t.kind() == TargetKind.NONE) {
        out.add(d);
      }
    }
    return out;
  }
}
