package org.employmentmonitor.model;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * The indicator table's one schema (Parquet under {@code indicators/period=YYYY-MM/}) and its CSV
 * form ({@code reports/YYYY-MM/indicators.csv}, SPEC 6): conversions both ways, so every writer and
 * reader agrees on the columns.
 */
public final class IndicatorTable {
  private IndicatorTable() {}

  private static final DataType NUMBER = DataTypes.createDecimalType(38, 10);

  public static final StructType SCHEMA =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("month_end", DataTypes.DateType, false)
          .add("indicator_id", DataTypes.StringType, false)
          .add("indicator_name", DataTypes.StringType, false)
          .add("scope", DataTypes.StringType, false)
          .add("scope_key", DataTypes.StringType, false)
          .add("value", NUMBER, true)
          .add("numerator", NUMBER, true)
          .add("denominator", NUMBER, true)
          .add("unit", DataTypes.StringType, false)
          .add("target", NUMBER, true)
          .add("target_kind", DataTypes.StringType, false)
          .add("time_progress", NUMBER, true)
          .add("completion", NUMBER, true)
          .add("projection", NUMBER, true)
          .add("status", DataTypes.StringType, false)
          .add("lead_unit", DataTypes.StringType, false)
          .add("value_last_year", NUMBER, true)
          .add("yoy_change", NUMBER, true)
          .add("yoy_rate", NUMBER, true)
          .add("scope_name", DataTypes.StringType, false);

  /**
   * indicators.csv columns: SPEC 6's list, in its order (last year's value, its change and rate
   * after lead_unit, SPEC 4.6), then the cell's human name.
   */
  public static final List<String> CSV_HEADER = List.of(SCHEMA.fieldNames());

  public static Dataset<Row> toDataset(SparkSession spark, List<IndicatorRow> rows) {
    List<Row> out = new ArrayList<>(rows.size());
    for (IndicatorRow r : rows) {
      out.add(
          RowFactory.create(
              r.period().toString(),
              r.monthEnd(),
              r.indicatorId(),
              r.indicatorName(),
              r.scope().name(),
              r.scopeKey(),
              r.value(),
              r.numerator(),
              r.denominator(),
              r.unit().name().toLowerCase(java.util.Locale.ROOT),
              r.target(),
              r.targetKind(),
              r.timeProgress(),
              r.completion(),
              r.projection(),
              r.status().name(),
              r.leadUnit(),
              r.valueLastYear(),
              r.yoyChange(),
              r.yoyRate(),
              r.scopeName()));
    }
    return spark.createDataFrame(out, SCHEMA);
  }

  /** Reads a written table back, in its stored order. */
  public static List<IndicatorRow> read(SparkSession spark, String path) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (Row r : spark.read().schema(SCHEMA).parquet(path).collectAsList()) {
      rows.add(
          new IndicatorRow(
              YearMonth.parse(r.getString(0)),
              toLocalDate(r.get(1)),
              r.getString(2),
              r.getString(3),
              Scope.valueOf(r.getString(4)),
              r.getString(5),
              r.getString(20),
              r.getDecimal(6),
              r.getDecimal(7),
              r.getDecimal(8),
              Unit.valueOf(r.getString(9).toUpperCase(java.util.Locale.ROOT)),
              r.getDecimal(10),
              r.getString(11),
              r.getDecimal(12),
              r.getDecimal(13),
              r.getDecimal(14),
              Status.valueOf(r.getString(15)),
              r.getString(16),
              r.getDecimal(17),
              r.getDecimal(18),
              r.getDecimal(19)));
    }
    return rows;
  }

  static LocalDate toLocalDate(Object o) {
    return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
  }

  /** One CSV line: counts as integers, amounts with cents, ratios with fixed decimals. */
  public static List<String> toCsv(IndicatorRow r) {
    Unit u = r.unit();
    return List.of(
        r.period().toString(),
        r.monthEnd().toString(),
        r.indicatorId(),
        r.indicatorName(),
        r.scope().name(),
        r.scopeKey(),
        printedValue(r),
        plain(r.numerator()),
        plain(r.denominator()),
        u.name().toLowerCase(java.util.Locale.ROOT),
        u.format(r.target()),
        r.targetKind(),
        Unit.RATIO.format(r.timeProgress()),
        Unit.RATIO.format(r.completion()),
        u.isRatio() ? Unit.RATIO.format(r.projection()) : Unit.YUAN.format(r.projection()),
        r.status().name(),
        r.leadUnit(),
        u.format(r.valueLastYear()),
        u.format(r.yoyChange()),
        Unit.RATIO.format(r.yoyRate()),
        r.scopeName());
  }

  /**
   * The value as the CSV prints it. A ratio is its numerator ÷ denominator rounded once to the
   * printed decimals: rounding the table's 10-decimal value again would round twice (2627 ÷ 5191 =
   * 0.50606819495… is 0.5060681950 at 10 decimals, then 0.50606820 instead of 0.50606819).
   */
  static String printedValue(IndicatorRow r) {
    BigDecimal n = r.numerator();
    BigDecimal d = r.denominator();
    if (!r.unit().isRatio() || r.value() == null || n == null || d == null || d.signum() == 0) {
      return r.unit().format(r.value());
    }
    return n.divide(d, Unit.RATIO_DECIMALS, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A ratio's numerator or denominator: a count stays an integer, a rate keeps its digits. */
  static String plain(BigDecimal v) {
    if (v == null) {
      return "";
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
  }
}
