package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.employmentmonitor.io.CsvFiles;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.RevisionRow;
import org.employmentmonitor.model.RevisionTable;
import org.employmentmonitor.model.Scope;

/**
 * 数据修订 (SPEC 6 {@code revisions.csv}, issue 26): every cell of a month-end before P whose value (or
 * NOT_AVAILABLE) differs from the indicator table published for P−1 in the same output, with both
 * values, the change and the deliveries that changed it ({@link DeliveryChanges}). Written as
 * {@code revisions/period=P/} (Parquet, read by the report) and {@code reports/P/revisions.csv}
 * (header only when nothing changed, when no table was published for P−1, and in January: P−1's
 * table then holds only last year's month-ends, which this run does not output).
 */
final class Revisions {
  private static final Logger LOG = LogManager.getLogger(Revisions.class);

  private Revisions() {}

  /** A cell of the indicator table. */
  record Cell(LocalDate monthEnd, String id, Scope scope, String key) {}

  /**
   * What P−1's table said of a cell: its value (null for NOT_AVAILABLE), numerator and denominator.
   */
  record Published(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {}

  /**
   * The cells of the indicator table published for P−1 in this output, read once for the revisions
   * and the restatement log ({@link Restatement}); null in January (P−1's table then holds only
   * last year's month-ends) and when no table was published for P−1.
   */
  static Map<Cell, Published> previous(RunContext ctx) throws IOException {
    YearMonth period = ctx.period();
    Path previous = ctx.published().indicators(period.minusMonths(1));
    if (period.getMonthValue() == 1 || !ctx.fs().exists(previous)) {
      return null;
    }
    return read(ctx, previous);
  }

  /**
   * Compares with {@code published} ({@link #previous}), writes both forms into the run's work
   * folder, and returns the rows.
   */
  static List<RevisionRow> write(
      RunContext ctx, List<IndicatorRow> rows, Map<Cell, Published> published) throws IOException {
    YearMonth period = ctx.period();
    List<RevisionRow> out = List.of();
    if (published != null) {
      // the deliveries are looked up only when something changed
      if (!revisions(period, rows, published, null).isEmpty()) {
        out = revisions(period, rows, published, DeliveryChanges.of(ctx));
      }
    }
    ctx.describe("indicators " + period + ": write revisions");
    RevisionTable.toDataset(ctx.spark(), out)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(ctx.work().revisions(period).toString());
    List<List<String>> csv = new ArrayList<>(out.size());
    for (RevisionRow r : out) {
      csv.add(RevisionTable.toCsv(r));
    }
    Path reports = ctx.work().reports(period);
    ctx.fs().mkdirs(reports);
    CsvFiles.write(ctx.fs(), new Path(reports, FILE_NAME), RevisionTable.CSV_HEADER, csv);
    LOG.info("revisions {}: {} cell(s) of earlier month-ends revised", period, out.size());
    return out;
  }

  static final String FILE_NAME = "revisions.csv";

  private static Map<Cell, Published> read(RunContext ctx, Path table) {
    Map<Cell, Published> out = new HashMap<>();
    for (Row r :
        ctx.spark()
            .read()
            .parquet(table.toString())
            .select(
                col("month_end"),
                col("indicator_id"),
                col("scope"),
                col("scope_key"),
                col("value"),
                col("numerator"),
                col("denominator"))
            .collectAsList()) {
      Object d = r.get(0);
      LocalDate monthEnd = d instanceof LocalDate l ? l : ((java.sql.Date) d).toLocalDate();
      out.put(
          new Cell(monthEnd, r.getString(1), Scope.valueOf(r.getString(2)), r.getString(3)),
          new Published(r.getDecimal(4), r.getDecimal(5), r.getDecimal(6)));
    }
    return out;
  }

  /**
   * The revision rows of a run for {@code period}: {@code rows} (this run's table) against {@code
   * published} (P−1's), month-ends of P's year before P only, in the indicator table's order. A
   * cell only one of the tables has (a town added to or taken out of the towns list) was not a
   * published figure that changed, and is not listed. {@code changes} null leaves the reason empty.
   */
  static List<RevisionRow> revisions(
      YearMonth period,
      List<IndicatorRow> rows,
      Map<Cell, Published> published,
      DeliveryChanges changes) {
    LocalDate first = period.atDay(1);
    List<RevisionRow> out = new ArrayList<>();
    for (IndicatorRow r : rows) {
      if (!r.monthEnd().isBefore(first) || r.monthEnd().getYear() != period.getYear()) {
        continue;
      }
      Published was =
          published.get(new Cell(r.monthEnd(), r.indicatorId(), r.scope(), r.scopeKey()));
      if (was == null || same(was.value(), r.value())) {
        continue;
      }
      out.add(
          new RevisionRow(
              period,
              r.monthEnd(),
              r.indicatorId(),
              r.indicatorName(),
              r.scope(),
              r.scopeKey(),
              r.scopeName(),
              r.unit(),
              was.value(),
              r.value(),
              RevisionTable.change(was.value(), r.value()),
              changes == null
                  ? ""
                  : changes.reason(IndicatorCatalog.byId(r.indicatorId()), r.monthEnd())));
    }
    out.sort(ORDER);
    return out;
  }

  static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** Month-end, then catalogue order, then scope, then key: the indicator table's order. */
  static final Comparator<RevisionRow> ORDER =
      Comparator.comparing(RevisionRow::monthEnd)
          .thenComparingInt(r -> IndicatorCatalog.order(r.indicatorId()))
          .thenComparing(RevisionRow::scope)
          .thenComparing(RevisionRow::scopeKey);
}
