package org.employmentmonitor.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.staging.LatestVersion;
import org.employmentmonitor.staging.StagedData;

/**
 * The extracts that are small by nature — postings, loans, new market entities, the survey: a few
 * thousand rows a year in a district, a few hundred thousand in a province. Their indicators are
 * computed on the driver in plain Java: the needed columns are read once, the latest version of
 * each identity kept (SPEC 2.3), and a handful of sums made; a Spark aggregation per cell would
 * cost far more in planning and scheduling than the data does.
 */
public final class SmallExtracts {
  private SmallExtracts() {}

  /**
   * The latest accepted version of each identity of {@code e}, as rows of {@code columns} (in that
   * order), read column-pruned from staging ({@link LatestVersion#collect}).
   */
  public static List<Row> latest(StagedData staged, Extract e, List<String> columns) {
    return LatestVersion.collect(staged.read(e), e, columns);
  }

  /** Decimal sums per cell, turned into {@link Measures} rows for the assembler. */
  public static final class Amounts {
    private record Key(String id, int m, Scope scope, String key, String part) {}

    private final Map<Key, BigDecimal> sums = new HashMap<>();

    public void add(String id, int m, Scope scope, String key, String part, BigDecimal amount) {
      sums.merge(new Key(id, m, scope, key, part), amount, BigDecimal::add);
    }

    /** Adds to the DISTRICT cell and to the town's cell. */
    public void addDistrictAndTown(String id, int m, String town, String part, BigDecimal amount) {
      add(id, m, Scope.DISTRICT, "", part, amount);
      add(id, m, Scope.TOWN, town, part, amount);
    }

    /** Rows of the {@link Measures} shape (indicator_id, m, scope, scope_key, part, amount). */
    public List<Row> rows() {
      List<Row> out = new ArrayList<>(sums.size());
      for (Map.Entry<Key, BigDecimal> e : sums.entrySet()) {
        Key k = e.getKey();
        out.add(
            RowFactory.create(k.id(), k.m(), k.scope().name(), k.key(), k.part(), e.getValue()));
      }
      return out;
    }
  }
}
