package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;

/**
 * 城镇调查失业率 (SPEC 4.4): the survey team's rate for the month, as a fraction (5.2 → 0.052), district
 * only. A month without an accepted row has no denominator: NOT_AVAILABLE.
 */
public final class SurveyedUnemploymentRate implements SourceIndicator {
  static final String ID = "surveyed_unemployment_rate";

  @Override
  public Dataset<Row> measure(StagedData staged) {
    MonthWindow w = staged.window();
    Dataset<Row> months =
        staged
            .latest(Extracts.SURVEY)
            .withColumn(MonthWindow.M, MonthWindow.indexOf(col("month")))
            .filter(col(MonthWindow.M).between(w.first(), w.last()));
    Dataset<Row> rate =
        Measures.amount(
            months, ID, Scope.DISTRICT, null, Measures.NUM, col("rate").divide(lit(100)));
    Dataset<Row> present = Measures.amount(months, ID, Scope.DISTRICT, null, Measures.DEN, lit(1));
    return Measures.union(List.of(rate, present));
  }
}
