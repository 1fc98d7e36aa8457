package org.employmentmonitor.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.employmentmonitor.indicators.SmallExtracts.Amounts;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;
import org.employmentmonitor.staging.MonthWindow;

/**
 * 城镇调查失业率 (SPEC 4.4): the survey team's rate for the month, as a fraction (5.2 → 0.052), district
 * only. A month without an accepted row has no denominator: NOT_AVAILABLE.
 */
public final class SurveyedUnemploymentRate implements SourceIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "surveyed_unemployment_rate",
              "城镇调查失业率",
              "Surveyed urban unemployment rate",
              Unit.RATIO)
          .withScopes(Scope.DISTRICT)
          .withSources(Extracts.SURVEY)
          .withDefinition("国家统计局永川调查队提供的本月城镇调查失业率。");

  private static final String ID = DEFINITION.id();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public Extract extract() {
    return Extracts.SURVEY;
  }

  @Override
  public List<String> columns() {
    return List.of("month", "rate");
  }

  @Override
  public void measure(List<Row> latest, MonthWindow w, Amounts out) {
    for (Row r : latest) {
      int m = PersonContext.month((LocalDate) r.get(0));
      if (m >= w.first() && m <= w.last()) {
        out.add(ID, m, Scope.DISTRICT, "", Measures.NUM, r.getDecimal(1).divide(HUNDRED));
        out.add(ID, m, Scope.DISTRICT, "", Measures.DEN, BigDecimal.ONE);
      }
    }
  }
}
