package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.SourceRows.SEPT;
import static org.employmentmonitor.indicators.SourceRows.cell;
import static org.employmentmonitor.indicators.SourceRows.day;
import static org.employmentmonitor.indicators.SourceRows.district;
import static org.employmentmonitor.indicators.SourceRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.employmentmonitor.indicators.SmallExtracts.Amounts;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/** 城镇调查失业率 (SPEC 4.4): the survey's percentage as a fraction, district only. */
class SurveyedUnemploymentRateTest {
  @Test
  void theRateIsAFractionOfItsMonthAndAMonthWithoutARowHasNoDenominator() {
    Amounts a = new Amounts();
    new SurveyedUnemploymentRate()
        .measure(
            List.of(
                row(day("2020-09-01"), new BigDecimal("5.2")),
                row(day("2020-07-01"), new BigDecimal("5.5"))),
            SEPT,
            a);
    String id = "surveyed_unemployment_rate";
    assertEquals(0, new BigDecimal("0.052").compareTo(district(a, id, "2020-09")));
    assertEquals(BigDecimal.ONE, cell(a, id, "2020-09", Scope.DISTRICT, "", "D"));
    assertEquals(0, new BigDecimal("0.055").compareTo(district(a, id, "2020-07")));
    assertNull(cell(a, id, "2020-08", Scope.DISTRICT, "", "D"), "NOT_AVAILABLE, not 0 %");
  }
}
