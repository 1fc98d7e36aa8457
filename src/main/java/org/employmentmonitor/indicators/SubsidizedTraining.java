package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.employmentmonitor.indicators.Measures.count;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;

/**
 * 补贴性职业技能培训人次 (SPEC 4.3): distinct (person, program_type, start_date) over the latest version of
 * each training record with subsidized = Y, status COMPLETED and end_date in the year to date; by
 * town (once in each town it has a record in) and programme. With the sub-indicators 创业培训 (distinct
 * persons, ENTREPRENEURSHIP) and 电商培训 (person-times, E_COMMERCE), task 26.
 */
public final class SubsidizedTraining implements Indicator {
  private static final String P = Extract.PERSON_KEY;

  @Override
  public Dataset<Row> measure(Facts f) {
    MonthWindow w = f.window();
    Dataset<Row> completed =
        f.staged()
            .latest(Extracts.TRAINING)
            .filter(col("subsidized").and(col("status").equalTo("COMPLETED")))
            .filter(col("end_date").geq(lit(w.yearStart())))
            .withColumn("end_m", MonthWindow.indexOf(col("end_date")));
    List<Dataset<Row>> out = new ArrayList<>();
    addPersonTimes(out, w, completed, "subsidized_training", true);
    addPersonTimes(
        out,
        w,
        completed.filter(col("program_type").equalTo("E_COMMERCE")),
        "ecommerce_training",
        false);

    Dataset<Row> entrepreneurs = completed.filter(col("program_type").equalTo("ENTREPRENEURSHIP"));
    out.add(
        count(
            firstCompletion(w, entrepreneurs, P),
            "entrepreneurship_training",
            Scope.DISTRICT,
            null));
    out.add(
        count(
            firstCompletion(w, entrepreneurs, P, "town_code"),
            "entrepreneurship_training",
            Scope.TOWN,
            "town_code"));
    return Measures.union(out);
  }

  private static void addPersonTimes(
      List<Dataset<Row>> out, MonthWindow w, Dataset<Row> rows, String id, boolean byProgram) {
    String[] time = {P, "program_type", "start_date"};
    Dataset<Row> district = firstCompletion(w, rows, time);
    out.add(count(district, id, Scope.DISTRICT, null));
    out.add(
        count(
            firstCompletion(w, rows, P, "program_type", "start_date", "town_code"),
            id,
            Scope.TOWN,
            "town_code"));
    if (byProgram) {
      out.add(count(district, id, Scope.PROGRAM, "program_type"));
    }
  }

  /** Each key counts from the month-end of its first completion on. */
  private static Dataset<Row> firstCompletion(MonthWindow w, Dataset<Row> rows, String... key) {
    Dataset<Row> first =
        rows.groupBy(key[0], java.util.Arrays.copyOfRange(key, 1, key.length))
            .agg(min("end_m").as("_f"));
    return w.fromMonthOn(first, col("_f"));
  }
}
