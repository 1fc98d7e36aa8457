package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.employmentmonitor.indicators.Measures.count;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.model.Scope;

/**
 * 返乡就业创业人数 (SPEC 4.4, tasks 25 and 31): newly employed persons (SPEC 4.1) flagged MIGRANT_RETURNEE
 * on a registration event by the month-end; town of the counting event.
 */
public final class ReturneeEmployment implements Indicator {
  static final String ID = "returnee_employment";
  private static final String P = Extract.PERSON_KEY;

  @Override
  public Dataset<Row> measure(Facts f) {
    Dataset<Row> newly = f.window().fromMonthOn(f.newlyEmployed().persons(), col("first_m"));
    Dataset<Row> returnees =
        newly
            .join(f.registration().flagged("MIGRANT_RETURNEE"), P)
            .filter(col("flag_month").leq(col(MonthWindow.M)));
    return Measures.union(
        List.of(
            count(returnees, ID, Scope.DISTRICT, null),
            count(returnees, ID, Scope.TOWN, "town_code")));
  }
}
