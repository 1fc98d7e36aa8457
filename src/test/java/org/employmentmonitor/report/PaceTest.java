package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;
import org.employmentmonitor.model.Unit;
import org.junit.jupiter.api.Test;

class PaceTest {
  /**
   * New urban employment, January..September 2020, as the former 15-month sample gave it
   * (indicators.csv before issue 26 regenerated the sample): a fixture with a recent pace too slow
   * for the target, kept as it is (the sample now gives 17,724, on pace).
   */
  private static final long[] SAMPLE = {1603, 2625, 4295, 6293, 8248, 10208, 12510, 14817, 17068};

  private static ReportData data(int period, long... values) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int m = 1; m <= values.length; m++) {
      if (values[m - 1] < 0) {
        continue; // a month without a row
      }
      rows.add(
          new IndicatorRow(
              YearMonth.of(2020, period),
              YearMonth.of(2020, m).atEndOfMonth(),
              "new_urban_employment",
              "城镇新增就业人数",
              Scope.DISTRICT,
              "",
              "永川区",
              BigDecimal.valueOf(values[m - 1]),
              null,
              null,
              Unit.PERSONS,
              new BigDecimal("24000"),
              "CUMULATIVE",
              null,
              null,
              null,
              Status.AT_RISK,
              "区人力社保局"));
    }
    return new ReportData(
        YearMonth.of(2020, period),
        ReportFixtures.CONFIG,
        rows,
        List.of(),
        List.of(),
        ReportFixtures.TOWNS,
        ReportFixtures.data().run());
  }

  @Test
  void theSamplesSeptemberPacesRecentYearlyAndNeeded() {
    Pace p = Pace.of(data(9, SAMPLE), "new_urban_employment", new BigDecimal("24000"));
    assertEquals(0, new BigDecimal("2251").compareTo(p.thisMonth()), "17,068 − 14,817");
    // (17,068 − 10,208) ÷ 3 = 2,286.67 a month since June
    assertEquals(new BigDecimal("2286.666667"), p.recentMonthly());
    assertEquals(3, p.recentMonths());
    // 17,068 ÷ 9 = 1,896.44 a month since January
    assertEquals(new BigDecimal("1896.444444"), p.yearMonthly());
    assertEquals(0, new BigDecimal("6932").compareTo(p.gap()));
    assertEquals(3, p.monthsLeft());
    // (24,000 − 17,068) ÷ 3 = 2,310.67 a month for October–December — the "≈ 2,311"
    assertEquals(new BigDecimal("2310.666667"), p.neededMonthly());
    assertTrue(p.recentTooSlow());
  }

  @Test
  void earlyInTheYearTheRecentPaceSpansTheMonthsThereAre() {
    Pace p = Pace.of(data(2, 1603, 2625), "new_urban_employment", new BigDecimal("24000"));
    assertEquals(2, p.recentMonths());
    assertEquals(new BigDecimal("1312.500000"), p.recentMonthly());
    assertEquals(
        0,
        new BigDecimal("1603")
            .compareTo(
                Pace.of(data(1, 1603), "new_urban_employment", new BigDecimal("24000"))
                    .thisMonth()));
  }

  @Test
  void aReachedTargetNeedsNothingMoreAndDecemberHasNoMonthsLeft() {
    long[] year = new long[12];
    for (int m = 1; m <= 12; m++) {
      year[m - 1] = 2100L * m;
    }
    Pace p = Pace.of(data(12, year), "new_urban_employment", new BigDecimal("24000"));
    assertEquals(0, p.gap().signum(), "25,200 ≥ 24,000");
    assertNull(p.neededMonthly());
    assertFalse(p.recentTooSlow());
  }

  @Test
  void aMissingEarlierMonthLeavesOnlyWhatItNeedsEmpty() {
    Pace p =
        Pace.of(
            data(9, 1603, 2625, 4295, 6293, 8248, -1, 12510, 14817, 17068),
            "new_urban_employment",
            new BigDecimal("24000"));
    assertNull(p.recentMonthly(), "June is missing");
    assertEquals(0, new BigDecimal("2251").compareTo(p.thisMonth()));
    assertNull(Pace.of(data(9, 1, 2, 3, 4, 5, 6, 7, 8, -1), "new_urban_employment", null));
  }
}
