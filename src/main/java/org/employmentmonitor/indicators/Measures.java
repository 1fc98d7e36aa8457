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
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.staging.MonthWindow;

/**
 * The one shape all measures take before they are assembled: rows (indicator_id, m, scope,
 * scope_key, part, amount) — "this cell at this month-end gets this amount", as the numerator
 * ({@link #NUM}) or denominator ({@link #DEN}) part of the value. The person engine's cell sums,
 * the households ({@link ZeroEmploymentHouseholds}, the only Spark-side counting left, via {@link
 * #count}) and the small extracts' amounts all come in this shape; the job unions the Spark ones
 * and sums them in one aggregation ({@link #total}), so a run has one small final shuffle.
 *
 * <p>Rows passed to {@link #count} must already be unique per month-end, cell and counted thing
 * (one row per household and month-end): there is no distinct step.
 */
public final class Measures {
  private Measures() {}

  /** The part names the person engine's {@link Cells} writes too (declared there: no back-edge). */
  public static final String NUM = Cells.NUM;

  public static final String DEN = Cells.DEN;

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
