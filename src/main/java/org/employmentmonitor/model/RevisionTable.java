package org.employmentmonitor.model;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The revision table's one schema (Parquet under {@code revisions/period=YYYY-MM/}) and its CSV
 * form ({@code reports/YYYY-MM/revisions.csv}, SPEC 6): SPEC's columns in its order, then the unit
 * and the cell's human name, as in indicators.csv.
 */
public final class RevisionTable {
  private RevisionTable() {}

  /**
   * How a reason reads: tokens {@code CAUSE SOURCE/YYYY-MM} joined by {@code "; "}, CAUSE one of
   * {@code redelivered} (an earlier month delivered again with other content), {@code withdrawn}
   * (an earlier month's staged delivery taken out), {@code delivered_late} (an earlier month first
   * delivered after P−1's table), {@code dated_back} (P's own delivery holds rows dated in or
   * before the month-end); or the single word {@code deliveries_unchanged} (no delivery of its
   * sources changed: another version or a run in between) or {@code deliveries_unknown} (P−1 has no
   * manifest to compare with).
   */
  public static final String REASON_FORMAT = "CAUSE SOURCE/YYYY-MM[; ...]";

  private static final DataType NUMBER = DataTypes.createDecimalType(38, 10);

  public static final StructType SCHEMA =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("month_end", DataTypes.DateType, false)
          .add("indicator_id", DataTypes.StringType, false)
          .add("indicator_name", DataTypes.StringType, false)
          .add("scope", DataTypes.StringType, false)
          .add("scope_key", DataTypes.StringType, false)
          .add("previous_value", NUMBER, true)
          .add("value", NUMBER, true)
          .add("change", NUMBER, true)
          .add("reason", DataTypes.StringType, false)
          .add("unit", DataTypes.StringType, false)
          .add("scope_name", DataTypes.StringType, false);

  public static final List<String> CSV_HEADER = List.of(SCHEMA.fieldNames());

  public static Dataset<Row> toDataset(SparkSession spark, List<RevisionRow> rows) {
    List<Row> out = new ArrayList<>(rows.size());
    for (RevisionRow r : rows) {
      out.add(
          RowFactory.create(
              r.period().toString(),
              r.monthEnd(),
              r.indicatorId(),
              r.indicatorName(),
              r.scope().name(),
              r.scopeKey(),
              r.previousValue(),
              r.value(),
              r.change(),
              r.reason(),
              r.unit().name().toLowerCase(Locale.ROOT),
              r.scopeName()));
    }
    return spark.createDataFrame(out, SCHEMA);
  }

  /** Reads a written table back, in its stored order. */
  public static List<RevisionRow> read(SparkSession spark, String path) {
    List<RevisionRow> rows = new ArrayList<>();
    for (Row r : spark.read().schema(SCHEMA).parquet(path).collectAsList()) {
      rows.add(
          new RevisionRow(
              YearMonth.parse(r.getString(0)),
              IndicatorTable.toLocalDate(r.get(1)),
              r.getString(2),
              r.getString(3),
              Scope.valueOf(r.getString(4)),
              r.getString(5),
              r.getString(11),
              Unit.valueOf(r.getString(10).toUpperCase(Locale.ROOT)),
              r.getDecimal(6),
              r.getDecimal(7),
              r.getDecimal(8),
              r.getString(9)));
    }
    return rows;
  }

  /** One CSV line: values as in indicators.csv; a ratio's change in fraction points. */
  public static List<String> toCsv(RevisionRow r) {
    Unit u = r.unit();
    return List.of(
        r.period().toString(),
        r.monthEnd().toString(),
        r.indicatorId(),
        r.indicatorName(),
        r.scope().name(),
        r.scopeKey(),
        u.format(r.previousValue()),
        u.format(r.value()),
        u.format(r.change()),
        r.reason(),
        u.name().toLowerCase(Locale.ROOT),
        r.scopeName());
  }

  /** value − previous, or null when either is missing. */
  public static BigDecimal change(BigDecimal previous, BigDecimal value) {
    return previous == null || value == null ? null : value.subtract(previous);
  }
}
