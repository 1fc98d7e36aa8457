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
 * 建卡贫困人员就业率 (SPEC 4.4, task 29): of the persons flagged POVERTY by the month-end whose latest
 * registration event (any type) says able and willing, the share with status EMPLOYED at the
 * month-end or insured in the month. Town of that latest event (SPEC 9).
 */
public final class PovertyEmploymentRate implements Indicator {
  static final String ID = "poverty_employment_rate";
  private static final String P = Extract.PERSON_KEY;
  private static final String M = MonthWindow.M;

  @Override
  public Dataset<Row> measure(Facts f) {
    RegistrationFacts reg = f.registration();
    Dataset<Row> flagged = reg.flagged("POVERTY");
    Dataset<Row> base =
        reg.latestEventAt(flagged.select(P))
            .join(flagged, P)
            .filter(col("flag_month").leq(col(M)))
            .filter(col("able_and_willing"));
    Dataset<Row> employed =
        reg.statusAt()
            .filter(col("status").equalTo("EMPLOYED"))
            .select(P, M)
            .unionByName(f.insurance().insured().select(P, M));
    Dataset<Row> placed = base.join(employed, new String[] {P, M}, "left_semi");
    List<Dataset<Row>> out = new ArrayList<>();
    for (Scope s : List.of(Scope.DISTRICT, Scope.TOWN)) {
      String key = s == Scope.DISTRICT ? null : "town_code";
      out.add(count(placed, ID, s, key, Measures.NUM));
      out.add(count(base, ID, s, key, Measures.DEN));
    }
    return Measures.union(out);
  }
}
