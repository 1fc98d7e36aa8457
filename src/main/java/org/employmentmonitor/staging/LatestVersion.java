package org.employmentmonitor.staging;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.ToLongFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.employmentmonitor.ingest.schema.Extract;

/**
 * SPEC 2.3, written once: of several accepted versions of one identity, the latest delivered wins —
 * the latest extract month, within a file the last row — which is the highest delivery order {@link
 * StagedData#ORD}. Three readers need it in three shapes: a Spark column plan ({@link #keep}), the
 * driver over a small extract ({@link #collect}), and a per-person merge inside a task ({@link
 * #merge}); all three decide by {@link #wins} alone.
 */
public final class LatestVersion {
  private LatestVersion() {}

  /**
   * True when the version delivered at {@code ord} replaces the one already kept at {@code
   * keptOrd}: a later delivery wins; of two with the same order the one kept stays.
   */
  public static boolean wins(long ord, long keptOrd) {
    return ord > keptOrd;
  }

  /**
   * The merge function for {@link Map#merge}: keeps the existing value unless the new one {@link
   * #wins}.
   */
  public static <T> BinaryOperator<T> merge(ToLongFunction<T> ord) {
    return (kept, next) -> wins(ord.applyAsLong(next), ord.applyAsLong(kept)) ? next : kept;
  }

  /** Keeps, per identity, the row with the highest {@link StagedData#ORD} (Spark, no collect). */
  public static Dataset<Row> keep(Dataset<Row> stagedRows, List<String> identity) {
    Column[] keys = identity.stream().map(functions::col).toArray(Column[]::new);
    return stagedRows
        .withColumn(
            "_version",
            row_number().over(Window.partitionBy(keys).orderBy(col(StagedData.ORD).desc())))
        .filter(col("_version").equalTo(1))
        .drop("_version");
  }

  /**
   * The latest version of each identity of {@code e}, as rows of {@code columns} (in that order),
   * collected to the driver: for the extracts that are small by nature. {@code stagedRows} are rows
   * of {@code e} as {@link StagedData#read} returns them (its identity columns, {@code columns} and
   * {@link StagedData#ORD}).
   */
  public static List<Row> collect(Dataset<Row> stagedRows, Extract e, List<String> columns) {
    Set<String> read = new LinkedHashSet<>(columns);
    read.addAll(e.identity());
    read.add(StagedData.ORD);
    List<String> names = new ArrayList<>(read);
    Column[] cols = names.stream().map(functions::col).toArray(Column[]::new);
    int ord = names.indexOf(StagedData.ORD);
    int[] id = e.identity().stream().mapToInt(names::indexOf).toArray();
    int[] out = columns.stream().mapToInt(names::indexOf).toArray();
    Map<List<Object>, Row> latest = new HashMap<>();
    BinaryOperator<Row> later = merge(r -> r.getLong(ord));
    for (Row r : stagedRows.select(cols).collectAsList()) {
      List<Object> key = new ArrayList<>(id.length);
      for (int i : id) {
        key.add(r.get(i));
      }
      latest.merge(key, r, later);
    }
    List<Row> rows = new ArrayList<>(latest.size());
    for (Row r : latest.values()) {
      Object[] v = new Object[out.length];
      for (int i = 0; i < out.length; i++) {
        v[i] = r.get(out[i]);
      }
      rows.add(RowFactory.create(v));
    }
    return rows;
  }
}
