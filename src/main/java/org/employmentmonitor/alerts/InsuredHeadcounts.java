package org.employmentmonitor.alerts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
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

  /** Each employer's latest delivered name (ignoring empty ones) and town. */
  private final Map<String, String[]> employers = new HashMap<>();

  private InsuredHeadcounts(Dataset<Row> stagedRows, YearMonth period) {
    this.period = period;
    this.after = MonthWindow.index(period);
    this.before = after - 1;
    Dataset<Row> rows =
        stagedRows
            .withColumn(M, MonthWindow.indexOf(col("contribution_month")))
            .filter(col(M).equalTo(before).or(col(M).equalTo(after)));
    Dataset<Row> latest =
        StagedData.keepLatest(rows, Extracts.SOCIAL_INSURANCE.identity())
            .select(PERSON, EMPLOYER, "employer_name", TOWN, M, StagedData.ORD)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // Every count in one job: small results (employers × 2 months at most).
      Dataset<Row> byEmployer =
          latest
              .groupBy(col(EMPLOYER).as("key"), col(M))
              .agg(count_distinct(col(PERSON)).as("n"))
              .withColumn("kind", lit("E"));
      Dataset<Row> byTown =
          latest
              .groupBy(col(TOWN).as("key"), col(M))
              .agg(count_distinct(col(PERSON)).as("n"))
              .withColumn("kind", lit("T"));
      Dataset<Row> district =
          latest
              .groupBy(lit("").as("key"), col(M))
              .agg(count_distinct(col(PERSON)).as("n"))
              .withColumn("kind", lit("D"));
      for (Row r : byEmployer.unionByName(byTown).unionByName(district).collectAsList()) {
        long[] c = counts.computeIfAbsent(r.getAs("kind") + ":" + r.getAs("key"), k -> new long[2]);
        c[r.<Integer>getAs(M) == before ? 0 : 1] = r.<Long>getAs("n");
      }
      for (Row r :
          latest
              .groupBy(EMPLOYER)
              .agg(
                  max(when(
                          col("employer_name").isNotNull(),
                          struct(col(StagedData.ORD), col("employer_name"))))
                      .as("_name"),
                  max(struct(col(StagedData.ORD), col(TOWN))).as("_town"))
              .select(col(EMPLOYER), col("_name.employer_name"), col("_town." + TOWN))
              .collectAsList()) {
        employers.put(r.getString(0), new String[] {r.getString(1), r.getString(2)});
      }
    } finally {
      latest.unpersist();
    }
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
    for (Map.Entry<String, String[]> e : employers.entrySet()) {
      long[] c = count("E", e.getKey());
      if (c[0] - c[1] >= Math.max(1L, minDrop)) {
        out.add(new EmployerChange(e.getKey(), e.getValue()[0], e.getValue()[1], c[0], c[1]));
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
