package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.staging.MonthWindow;

/**
 * What every indicator class returns: membership rows (indicator_id, m, scope, scope_key, part,
 * amount) — "this person (posting, household, …) counts 1 (or this amount) in this cell at this
 * month-end", as the numerator ({@link #NUM}) or denominator ({@link #DEN}) part of the value. The
 * job unions all indicators' rows and sums them in one aggregation ({@link #total}), so a run has
 * one small final shuffle instead of one per cell type.
 *
 * <p>Rows passed to {@link #count} must already be unique per month-end, cell and counted thing;
 * each indicator's facts are built that way (one status per person and month-end, one first event
 * per person, …). Where they are not, {@link #countDistinct} removes duplicates first.
 */
public final class Measures {
  private Measures() {}

  public static final String NUM = "N";
  public static final String DEN = "D";

  static final DecimalType AMOUNT = DataTypes.createDecimalType(38, 10);

  /** Rows unique per (month-end, cell, counted thing): each counts 1. */
  public static Dataset<Row> count(
      Dataset<Row> members, String id, Scope scope, String keyColumn, String part) {
    return amount(members, id, scope, keyColumn, part, lit(1));
  }

  /** As {@link #count} for the numerator. */
  public static Dataset<Row> count(Dataset<Row> members, String id, Scope scope, String keyColumn) {
    return count(members, id, scope, keyColumn, NUM);
  }

  /** Each row adds {@code amount} to its cell. */
  static Dataset<Row> amount(
      Dataset<Row> rows, String id, Scope scope, String keyColumn, String part, Column amount) {
    Column key = keyColumn == null ? lit("") : col(keyColumn).cast("string");
    return rows.select(
        lit(id).as("indicator_id"),
        col(MonthWindow.M).as("m"),
        lit(scope.name()).as("scope"),
        key.as("scope_key"),
        lit(part).as("part"),
        amount.cast(AMOUNT).as("amount"));
  }

  public static Dataset<Row> union(List<Dataset<Row>> parts) {
    Dataset<Row> out = null;
    for (Dataset<Row> p : parts) {
      out = out == null ? p : out.unionByName(p);
    }
    return out;
  }

  /** The one aggregation of a run: every cell's parts summed. */
  public static Dataset<Row> total(Dataset<Row> members) {
    return members
        .groupBy("indicator_id", "m", "scope", "scope_key", "part")
        .agg(sum("amount").cast(AMOUNT).as("amount"));
  }
}
