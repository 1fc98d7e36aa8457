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
 * 登记失业人员每月跟踪服务覆盖率 (SPEC 4.4, task 54): of the persons UNEMPLOYED at the month-end whose UNEMPLOYED
 * event is dated before the month's first day, the share with a FOLLOW_UP event in the month. Cells
 * by the town of the UNEMPLOYED status event.
 */
public final class UnemployedFollowUpRate implements Indicator {
  static final String ID = "unemployed_follow_up_rate";
  private static final String P = Extract.PERSON_KEY;
  private static final String M = MonthWindow.M;

  @Override
  public Dataset<Row> measure(Facts f) {
    Dataset<Row> due =
        f.registration()
            .statusAt()
            .filter(col("status").equalTo("UNEMPLOYED"))
            .filter(MonthWindow.indexOf(col("status_date")).lt(col(M)));
    Dataset<Row> followUps =
        f.registration()
            .events("FOLLOW_UP")
            .select(col(P), col(RegistrationFacts.EVENT_MONTH).as(M))
            .distinct();
    Dataset<Row> followed = due.join(followUps, new String[] {P, M}, "left_semi");
    List<Dataset<Row>> out = new ArrayList<>();
    for (Scope s : List.of(Scope.DISTRICT, Scope.TOWN)) {
      String key = s == Scope.DISTRICT ? null : "town_code";
      out.add(count(followed, ID, s, key, Measures.NUM));
      out.add(count(due, ID, s, key, Measures.DEN));
    }
    return Measures.union(out);
  }
}
