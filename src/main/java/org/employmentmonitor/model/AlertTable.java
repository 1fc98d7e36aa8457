package org.employmentmonitor.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The alert table's schema (Parquet under {@code alerts/period=YYYY-MM/}) and CSV form. */
public final class AlertTable {
  private AlertTable() {}

  private static final DataType NUMBER = DataTypes.createDecimalType(38, 10);

  public static final StructType SCHEMA =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("severity", DataTypes.StringType, false)
          .add("rule", DataTypes.StringType, false)
          .add("indicator_id", DataTypes.StringType, true)
          .add("subject", DataTypes.StringType, false)
          .add("value", NUMBER, true)
          .add("threshold", NUMBER, true)
          .add("message", DataTypes.StringType, false)
          .add("lead_unit", DataTypes.StringType, false)
          .add("state", DataTypes.StringType, true)
          .add("since", DataTypes.StringType, true)
          .add("months_active", DataTypes.IntegerType, true);

  public static final List<String> CSV_HEADER = List.of(SCHEMA.fieldNames());

  public static Dataset<Row> toDataset(SparkSession spark, List<AlertRow> rows) {
    List<Row> out = new ArrayList<>(rows.size());
    for (AlertRow a : rows) {
      out.add(
          RowFactory.create(
              a.period().toString(),
              a.severity().name(),
              a.rule(),
              a.indicatorId(),
              a.subject(),
              a.value(),
              a.threshold(),
              a.message(),
              a.leadUnit(),
              a.state().name(),
              a.since().toString(),
              a.monthsActive()));
    }
    return spark.createDataFrame(out, SCHEMA);
  }

  /**
   * The alerts under {@code path}. A table written before the lifecycle columns existed (issue 17)
   * reads with them null: each of its alerts counts as {@code NEW}, active since its own period for
   * one month (docs/alerts.md "Lifecycle").
   */
  public static List<AlertRow> read(SparkSession spark, String path) {
    List<AlertRow> rows = new ArrayList<>();
    for (Row r : spark.read().schema(SCHEMA).parquet(path).collectAsList()) {
      YearMonth period = YearMonth.parse(r.getString(0));
      rows.add(
          new AlertRow(
              period,
              AlertRow.Severity.valueOf(r.getString(1)),
              r.getString(2),
              r.getString(3),
              r.getString(4),
              r.getDecimal(5),
              r.getDecimal(6),
              r.getString(7),
              r.getString(8),
              r.isNullAt(9) ? AlertRow.State.NEW : AlertRow.State.valueOf(r.getString(9)),
              r.isNullAt(10) ? period : YearMonth.parse(r.getString(10)),
              r.isNullAt(11) ? 1 : r.getInt(11)));
    }
    return rows;
  }

  /** One CSV line; value and threshold as plain decimals without trailing zeros. */
  public static List<String> toCsv(AlertRow a) {
    return List.of(
        a.period().toString(),
        a.severity().name(),
        a.rule(),
        a.indicatorId() == null ? "" : a.indicatorId(),
        a.subject(),
        plain(a.value()),
        plain(a.threshold()),
        a.message(),
        a.leadUnit(),
        a.state().name(),
        a.since().toString(),
        Integer.toString(a.monthsActive()));
  }

  static String plain(java.math.BigDecimal v) {
    return v == null ? "" : v.stripTrailingZeros().toPlainString();
  }
}
