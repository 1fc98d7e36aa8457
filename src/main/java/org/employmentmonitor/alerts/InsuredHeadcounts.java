package org.employmentmonitor.alerts;

import static org.apache.spark.sql.functions.col;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.alerts.InsuredDropRule.AreaChange;
import org.employmentmonitor.alerts.LayoffRule.EmployerChange;
import org.employmentmonitor.indicators.MonthWindow;
import org.employmentmonitor.indicators.StagedData;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;

/**
 * Insured persons in P−1 and P from staged social insurance, the facts LAYOFF and INSURED_DROP
 * judge (SPEC 7, 9). Insured in month m = a contribution row for m, latest accepted version of each
 * identity (SPEC 2.3). A contribution for m is delivered in an extract month ≥ m, so only the
 * extracts of P−1 and P are read, once, for both rules.
 *
 * <ul>
 *   <li>{@link #employerDrops}: per employer, distinct insured persons in P−1 and P (absent in P:
 *       0), the employer's latest delivered name and town;
 *   <li>{@link #areas}: distinct insured persons in the district, and in each town once per
 *       employer town (as the insured_employment indicator counts them).
 * </ul>
 */
public final class InsuredHeadcounts {
  private static final String EMPLOYER = "employer_credit_code";
  private static final String PERSON = Extract.PERSON_KEY;
  private static final String TOWN = "town_code";
  private static final String M = MonthWindow.M;

  private final YearMonth period;
  private final int before;
  private final int after;

  /** Distinct insured persons per (kind, key, month): E = employer, T = town, D = district. */
  private final Map<String, long[]> counts = new HashMap<>();

  /**
   * Per employer: latest delivered name (ignoring empty ones), its order, latest town, its order.
   */
  private final Map<String, Object[]> employers = new HashMap<>();

  private InsuredHeadcounts(Dataset<Row> stagedRows, YearMonth period) {
    this.period = period;
    this.after = MonthWindow.index(period);
    this.before = after - 1;
    // One shuffle brings each person's rows together; each task resolves versions per person
    // and adds to its partition's counters; the driver adds the partitions' counters up.
    Dataset<Row> rows =
        stagedRows
            .withColumn(M, MonthWindow.indexOf(col("contribution_month")))
            .filter(col(M).equalTo(before).or(col(M).equalTo(after)))
            .select(
                col(PERSON),
                col(M),
                col(EMPLOYER),
                col("insurance_type"),
                col(TOWN),
                col("employer_name"),
                col(StagedData.ORD))
            .repartition(col(PERSON))
            .sortWithinPartitions(PERSON);
    for (Row r : rows.mapPartitions(new CountPartition(), Encoders.row(COUNTS)).collectAsList()) {
      String kind = r.getString(0);
      if (kind.equals("EN") || kind.equals("ET")) {
        // The latest name and the latest town of an employer, each by its own delivery order.
        Object[] e = employers.computeIfAbsent(r.getString(1), k -> new Object[4]);
        int i = kind.equals("EN") ? 0 : 2;
        if (e[i + 1] == null || (Long) e[i + 1] < r.getLong(5)) {
          e[i] = kind.equals("EN") ? r.getString(3) : r.getString(4);
          e[i + 1] = r.getLong(5);
        }
      } else {
        long[] c = counts.computeIfAbsent(kind + ":" + r.getString(1), k -> new long[2]);
        c[r.getInt(2) == before ? 0 : 1] += r.getLong(5);
      }
    }
  }

  /** Partition counters: (kind, key, m, name, town, n-or-ord). */
  private static final StructType COUNTS =
      new StructType()
          .add("kind", DataTypes.StringType)
          .add("key", DataTypes.StringType)
          .add("m", DataTypes.IntegerType)
          .add("name", DataTypes.StringType)
          .add("town", DataTypes.StringType)
          .add("n", DataTypes.LongType);

  /**
   * Per person: the latest version of each contribution identity (SPEC 2.3); then +1 per (employer,
   * month), per (employer town, month) and per month; and per employer the latest delivered name
   * (ignoring empty ones) and town (kind N, with its delivery order).
   */
  static final class CountPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Map<List<Object>, Long> counters = new HashMap<>();
      Map<String, Object[]> names = new HashMap<>();
      Map<String, Object[]> towns = new HashMap<>();
      List<Row> person = new ArrayList<>();
      Long current = null;
      while (true) {
        Row r = rows.hasNext() ? rows.next() : null;
        if (r == null || (current != null && r.getLong(0) != current)) {
          countPerson(person, counters);
          person.clear();
        }
        if (r == null) {
          break;
        }
        current = r.getLong(0);
        person.add(r);
        long ord = r.getLong(6);
        String employer = r.getString(2);
        if (!r.isNullAt(5)) {
          names.merge(employer, new Object[] {ord, r.getString(5)}, InsuredHeadcounts::later);
        }
        towns.merge(employer, new Object[] {ord, r.getString(4)}, InsuredHeadcounts::later);
      }
      List<Row> out = new ArrayList<>();
      counters.forEach(
          (k, n) -> out.add(RowFactory.create(k.get(0), k.get(1), k.get(2), null, null, n)));
      names.forEach(
          (employer, n) -> out.add(RowFactory.create("EN", employer, 0, n[1], null, n[0])));
      towns.forEach(
          (employer, t) -> out.add(RowFactory.create("ET", employer, 0, null, t[1], t[0])));
      return out.iterator();
    }

    private static void countPerson(List<Row> rows, Map<List<Object>, Long> counters) {
      Map<List<Object>, Row> latest = new HashMap<>();
      for (Row r : rows) {
        latest.merge(
            List.of(r.getString(2), r.getInt(1), r.getString(3)),
            r,
            (a, b) -> a.getLong(6) >= b.getLong(6) ? a : b);
      }
      java.util.Set<List<Object>> seen = new java.util.HashSet<>();
      for (Row r : latest.values()) {
        int m = r.getInt(1);
        for (List<Object> k :
            List.of(
                List.<Object>of("E", r.getString(2), m),
                List.<Object>of("T", r.getString(4), m),
                List.<Object>of("D", "", m))) {
          if (seen.add(k)) {
            counters.merge(k, 1L, Long::sum);
          }
        }
      }
    }
  }

  private static Object[] later(Object[] a, Object[] b) {
    return (Long) a[0] >= (Long) b[0] ? a : b;
  }

  /** From the staged extracts of P−1 and P. */
  public static InsuredHeadcounts read(StagedData staged) {
    YearMonth period = staged.window().period();
    return new InsuredHeadcounts(
        staged.read(Extracts.SOCIAL_INSURANCE, period.minusMonths(1)), period);
  }

  /**
   * From staged rows as {@link StagedData#read} returns them (person_key, employer_credit_code,
   * employer_name, town_code, contribution_month, insurance_type, ord); rows of other months are
   * ignored.
   */
  public static InsuredHeadcounts of(Dataset<Row> stagedRows, YearMonth period) {
    return new InsuredHeadcounts(stagedRows, period);
  }

  private long[] count(String kind, String key) {
    return counts.getOrDefault(kind + ":" + key, new long[2]);
  }

  /**
   * Employers whose headcount fell by at least {@code minDrop} persons (the smallest drop any
   * severity can need), in credit-code order.
   */
  public List<EmployerChange> employerDrops(long minDrop) {
    List<EmployerChange> out = new ArrayList<>();
    for (Map.Entry<String, Object[]> e : employers.entrySet()) {
      long[] c = count("E", e.getKey());
      if (c[0] - c[1] >= Math.max(1L, minDrop)) {
        Object[] v = e.getValue();
        out.add(new EmployerChange(e.getKey(), (String) v[0], (String) v[2], c[0], c[1]));
      }
    }
    out.sort(Comparator.comparing(EmployerChange::creditCode));
    return out;
  }

  /** The district first, then every reference town (zeros included) and any other town seen. */
  public List<AreaChange> areas(Towns towns) {
    List<AreaChange> out = new ArrayList<>();
    long[] d = count("D", "");
    out.add(new AreaChange(Subjects.DISTRICT, null, d[0], d[1]));
    TreeSet<String> codes = new TreeSet<>(towns.codes());
    for (String k : counts.keySet()) {
      if (k.startsWith("T:")) {
        codes.add(k.substring(2));
      }
    }
    for (String code : codes) {
      long[] c = count("T", code);
      out.add(new AreaChange(code, towns.name(code), c[0], c[1]));
    }
    return out;
  }

  public YearMonth period() {
    return period;
  }
}
