package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.employmentmonitor.indicators.Measures.amount;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;

/**
 * Entrepreneurship support (SPEC 4.4, tasks 22 and 23): 创业担保贷款发放额 = amounts issued in the year to
 * date (district only); 新增市场主体 = entities registered in the year to date, and the jobs they created
 * (an empty jobs_created counts 0). Latest version of each loan and entity.
 */
public final class EntrepreneurshipSupport implements SourceIndicator {
  @Override
  public Dataset<Row> measure(StagedData staged) {
    MonthWindow w = staged.window();
    Dataset<Row> loans =
        w.fromMonthOn(
            staged
                .latest(Extracts.LOANS)
                .filter(col("issue_date").geq(lit(w.yearStart())))
                .withColumn("_f", MonthWindow.indexOf(col("issue_date"))),
            col("_f"));
    Dataset<Row> entities =
        w.fromMonthOn(
            staged
                .latest(Extracts.MARKET_ENTITIES)
                .filter(col("registered_date").geq(lit(w.yearStart())))
                .withColumn("_f", MonthWindow.indexOf(col("registered_date"))),
            col("_f"));
    List<Dataset<Row>> out = new ArrayList<>();
    out.add(
        amount(loans, "guarantee_loans_amount", Scope.DISTRICT, null, Measures.NUM, col("amount")));
    for (Scope s : List.of(Scope.DISTRICT, Scope.TOWN)) {
      String key = s == Scope.DISTRICT ? null : "town_code";
      out.add(amount(entities, "new_market_entities", s, key, Measures.NUM, lit(1)));
      out.add(
          amount(
              entities,
              "market_entity_jobs",
              s,
              key,
              Measures.NUM,
              coalesce(col("jobs_created"), lit(0))));
    }
    return Measures.union(out);
  }
}
