package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.employmentmonitor.indicators.Measures.amount;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;

/**
 * The labour market's two sides (SPEC 4.4, tasks 32 and 51–54): 岗位数 = positions posted in the
 * month; 求职人数 = distinct persons with a JOB_SEEKING event in the month (once in each town they
 * sought work in); 求人倍率 = their ratio; 区属国企面向毕业生岗位占比 = of the positions posted in the year to date
 * by district SOEs, the share for graduates. Latest version of each posting; cells by the posting's
 * town.
 */
public final class Recruitment implements SourceIndicator {
  private static final String M = MonthWindow.M;

  @Override
  public Dataset<Row> measure(StagedData staged) {
    MonthWindow w = staged.window();
    Dataset<Row> postings =
        staged
            .latest(Extracts.RECRUITMENT)
            .withColumn("post_m", MonthWindow.indexOf(col("posted_date")));
    Dataset<Row> inMonth =
        postings.filter(col("post_m").between(w.first(), w.last())).withColumn(M, col("post_m"));
    Dataset<Row> soe =
        w.fromMonthOn(
            postings.filter(col("is_soe")).filter(col("post_m").geq(w.first())), col("post_m"));

    List<Dataset<Row>> out = new ArrayList<>();
    for (Scope s : List.of(Scope.DISTRICT, Scope.TOWN)) {
      String key = s == Scope.DISTRICT ? null : "town_code";
      Dataset<Row> positions =
          amount(inMonth, "job_postings", s, key, Measures.NUM, col("positions"));
      out.add(positions);
      out.add(Measures.as(positions, "demand_supply_ratio"));
      out.add(
          amount(
              soe,
              "soe_graduate_position_share",
              s,
              key,
              Measures.NUM,
              when(col("for_graduates"), col("positions")).otherwise(lit(0))));
      out.add(amount(soe, "soe_graduate_position_share", s, key, Measures.DEN, col("positions")));
    }
    return Measures.union(out);
  }
}
