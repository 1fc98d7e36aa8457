package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
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

/** 招聘岗位数, the numerator of 求人倍率 and the SOE graduate-position share (SPEC 4.4) on rows. */
class RecruitmentTest {
  private static Amounts measure(org.apache.spark.sql.Row... rows) {
    Amounts out = new Amounts();
    new Recruitment().measure(List.of(rows), SEPT, out);
    return out;
  }

  @Test
  void postingsCountInTheirMonthAndAreTheRatiosNumerator() {
    Amounts a =
        measure(
            row(day("2020-09-03"), A, 5, false, false),
            row(day("2020-09-20"), B, 2, false, false),
            row(day("2020-08-31"), A, 7, false, false));
    assertEquals(new BigDecimal(7), district(a, "job_postings", "2020-09"), "not cumulative");
    assertEquals(new BigDecimal(7), district(a, "job_postings", "2020-08"));
    assertEquals(new BigDecimal(5), cell(a, "job_postings", "2020-09", Scope.TOWN, A, "N"));
    assertEquals(new BigDecimal(7), district(a, "demand_supply_ratio", "2020-09"));
    assertNull(cell(a, "demand_supply_ratio", "2020-09", Scope.DISTRICT, "", "D"), "JobSeekers");
  }

  @Test
  void theSoeShareIsOfTheYearToDateSoePositions() {
    Amounts a =
        measure(
            row(day("2020-03-10"), A, 10, true, true),
            row(day("2020-06-10"), A, 30, true, false),
            row(day("2020-06-11"), B, 99, false, true), // not an SOE: neither part
            row(day("2019-12-10"), A, 50, true, true)); // last year: outside the window
    String id = "soe_graduate_position_share";
    assertEquals(new BigDecimal(10), district(a, id, "2020-05"));
    assertEquals(new BigDecimal(10), cell(a, id, "2020-05", Scope.DISTRICT, "", "D"));
    assertEquals(new BigDecimal(10), district(a, id, "2020-09"));
    assertEquals(new BigDecimal(40), cell(a, id, "2020-09", Scope.DISTRICT, "", "D"));
    assertEquals(new BigDecimal(40), cell(a, id, "2020-09", Scope.TOWN, A, "D"));
    assertNull(cell(a, id, "2020-09", Scope.TOWN, B, "D"));
    assertNull(district(a, id, "2020-02"), "nothing posted yet");
  }
}
