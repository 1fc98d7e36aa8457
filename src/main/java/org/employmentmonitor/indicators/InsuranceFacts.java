package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;

import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;

/**
 * Person-month facts from social insurance, built once per run (SPEC 4 "Insured in month m", 4.1
 * "Insurance start"). The contribution rows — the big table — are read once, hash partitioned by
 * person once, and every later step (latest version per identity, distinct person-months, the
 * look-back for starts) runs inside those partitions without another shuffle.
 *
 * <ul>
 *   <li>{@link #insuredTown}: (person_key, m, town_code), the person insured in month m at an
 *       employer of that town (latest version of each contribution row);
 *   <li>{@link #insured}: (person_key, m, town_code) one row per person-month, the smallest town;
 *   <li>{@link #starts}: (person_key, m, town_code, decidable) months in the window with the person
 *       insured and not in any of m−1..m−3; decidable when m−3 is not before the earliest delivered
 *       social_insurance month.
 * </ul>
 */
public final class InsuranceFacts {
  /** Gap of SPEC 4.1: a start needs no insurance in the 3 months before. */
  static final int LOOK_BACK = 3;

  private final MonthWindow window;
  private final Optional<Integer> earliestDelivered;
  private final Dataset<Row> insuredTown;
  private final Dataset<Row> insured;
  private Dataset<Row> starts;

  public InsuranceFacts(StagedData staged) {
    this.window = staged.window();
    this.earliestDelivered = staged.earliest("social_insurance").map(MonthWindow::index);
    int from = window.first() - LOOK_BACK;
    int partitions =
        Integer.parseInt(staged.spark().conf().get("spark.sql.shuffle.partitions", "200"));
    // A contribution for month m is delivered in an extract month >= m: older extracts can hold
    // nothing the window needs, so their partitions are not read at all.
    Dataset<Row> rows =
        staged
            .read(Extracts.SOCIAL_INSURANCE, MonthWindow.month(from))
            .select(
                col(Extract.PERSON_KEY),
                col("employer_credit_code"),
                MonthWindow.indexOf(col("contribution_month")).as(MonthWindow.M),
                col("insurance_type"),
                col("town_code"),
                col(StagedData.ORD))
            .filter(col(MonthWindow.M).geq(from).and(col(MonthWindow.M).leq(window.last())))
            .repartition(partitions, col(Extract.PERSON_KEY));
    this.insuredTown =
        rows.groupBy(Extract.PERSON_KEY, "employer_credit_code", MonthWindow.M, "insurance_type")
            .agg(max_by(col("town_code"), col(StagedData.ORD)).as("town_code"))
            .select(Extract.PERSON_KEY, MonthWindow.M, "town_code")
            .distinct()
            .persist(StorageLevel.MEMORY_AND_DISK());
    this.insured =
        insuredTown
            .groupBy(Extract.PERSON_KEY, MonthWindow.M)
            .agg(min("town_code").as("town_code"))
            .persist(StorageLevel.MEMORY_AND_DISK());
  }

  public Dataset<Row> insuredTown() {
    return insuredTown;
  }

  public Dataset<Row> insured() {
    return insured;
  }

  /** Month index of the earliest delivered social_insurance extract, if any. */
  public Optional<Integer> earliestDelivered() {
    return earliestDelivered;
  }

  public Dataset<Row> starts() {
    if (starts == null) {
      int earliest = earliestDelivered.orElse(Integer.MAX_VALUE);
      Dataset<Row> withPrevious =
          insured.withColumn(
              "_prev",
              lag(col(MonthWindow.M), 1)
                  .over(Window.partitionBy(Extract.PERSON_KEY).orderBy(MonthWindow.M)));
      starts =
          withPrevious
              .filter(
                  col("_prev").isNull().or(col(MonthWindow.M).minus(col("_prev")).gt(LOOK_BACK)))
              .filter(col(MonthWindow.M).between(window.first(), window.last()))
              .withColumn("decidable", col(MonthWindow.M).minus(LOOK_BACK).geq(lit(earliest)))
              .drop("_prev")
              .persist(StorageLevel.MEMORY_AND_DISK());
    }
    return starts;
  }

  /** Starts that count (SPEC 4.1: undecidable starts are not counted). */
  public Dataset<Row> decidableStarts() {
    return starts().filter(col("decidable"));
  }
}
