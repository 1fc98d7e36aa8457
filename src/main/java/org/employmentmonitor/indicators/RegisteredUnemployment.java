package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.employmentmonitor.indicators.Measures.count;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.model.Scope;

/**
 * 登记失业人员, 登记失业率 (proxy) and 参保就业人数 (SPEC 4.4, 9): registered unemployed = persons whose status at
 * the month-end is UNEMPLOYED (town of that event); insured = distinct persons insured in the month
 * (once in each employer town); rate = unemployed ÷ (unemployed + insured), a person who is both
 * counting in both.
 */
public final class RegisteredUnemployment implements Indicator {
  private static final String P = Extract.PERSON_KEY;

  @Override
  public Dataset<Row> measure(Facts f) {
    MonthWindow w = f.window();
    Dataset<Row> unemployed =
        f.registration().statusAt().filter(col("status").equalTo("UNEMPLOYED"));
    // Once per person in the district, once per employer town in a town (SPEC 9).
    Dataset<Row> insuredDistrict =
        f.insurance().insured().filter(col(MonthWindow.M).between(w.first(), w.last()));
    Dataset<Row> insuredTown =
        f.insurance().insuredTown().filter(col(MonthWindow.M).between(w.first(), w.last()));
    List<Dataset<Row>> out = new ArrayList<>();
    for (Scope s : List.of(Scope.DISTRICT, Scope.TOWN)) {
      String key = s == Scope.DISTRICT ? null : "town_code";
      Dataset<Row> u = count(unemployed, "registered_unemployed", s, key, Measures.NUM);
      Dataset<Row> i =
          count(
              s == Scope.DISTRICT ? insuredDistrict : insuredTown,
              "insured_employment",
              s,
              key,
              Measures.NUM);
      out.add(u);
      out.add(i);
      out.add(Measures.as(u, "registered_unemployment_rate"));
      out.add(Measures.asPart(Measures.as(u, "registered_unemployment_rate"), Measures.DEN));
      out.add(Measures.asPart(Measures.as(i, "registered_unemployment_rate"), Measures.DEN));
    }
    return Measures.union(out);
  }
}
