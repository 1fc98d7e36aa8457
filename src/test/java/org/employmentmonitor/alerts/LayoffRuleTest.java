package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.employmentmonitor.alerts.AlertFixtures.THRESHOLDS;
import static org.employmentmonitor.alerts.AlertFixtures.TOWNS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.employmentmonitor.alerts.LayoffRule.EmployerChange;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.TestInput;
import org.junit.jupiter.api.Test;

class LayoffRuleTest {
  private static final String CODE = Ids.employer(7);

  private static List<AlertRow> judge(long before, long after) {
    return LayoffRule.judge(
        List.of(new EmployerChange(CODE, "重庆某某机械有限公司", TestInput.TOWN_A, before, after)),
        TOWNS,
        SEPTEMBER,
        THRESHOLDS);
  }

  private static Severity severity(long before, long after) {
    List<AlertRow> a = judge(before, after);
    assertTrue(a.size() <= 1);
    return a.isEmpty() ? null : a.get(0).severity();
  }

  @Test
  void dropOfTwentyAtALargeEmployerIsYellowNineteenIsNot() {
    assertEquals(Severity.YELLOW, severity(1000, 980));
    assertNull(severity(1000, 981));
  }

  @Test
  void tenPercentWithFivePersonsIsYellowWithFourIsNot() {
    assertEquals(Severity.YELLOW, severity(50, 45));
    assertNull(severity(40, 36)); // 10%, but only 4 persons
    assertNull(severity(51, 46)); // 5 persons, but 9.8%
  }

  @Test
  void dropOfFiftyIsRedFortyNineYellow() {
    assertEquals(Severity.RED, severity(1000, 950));
    assertEquals(Severity.YELLOW, severity(1000, 951));
  }

  @Test
  void growthOrNoChangeRaisesNothing() {
    assertNull(severity(100, 100));
    assertNull(severity(100, 180));
    assertNull(severity(0, 0));
  }

  @Test
  void employerAbsentInPeriodCountsZero() {
    List<AlertRow> a = judge(60, 0);
    assertEquals(1, a.size());
    AlertRow r = a.get(0);
    assertEquals(Severity.RED, r.severity());
    assertEquals("LAYOFF", r.rule());
    assertNull(r.indicatorId());
    assertEquals(CODE + " 重庆某某机械有限公司", r.subject());
    assertEquals(0, BigDecimal.valueOf(60).compareTo(r.value()));
    assertEquals(0, BigDecimal.valueOf(50).compareTo(r.threshold()));
    assertEquals("区人力社保局", r.leadUnit());
    assertEquals(
        "中山路街道重庆某某机械有限公司（统一社会信用代码"
            + CODE
            + "）参保职工由8月的60人降至9月的0人（本月无参保缴费记录），减少60人（下降100.0%），"
            + "存在规模性裁员风险，请核实并指导企业依法依规做好职工安置",
        r.message());
  }

  @Test
  void thresholdIsTheSmallestDropThatRaisesTheSeverity() {
    // 50 persons: 10% = 5 persons
    assertEquals(0, BigDecimal.valueOf(5).compareTo(judge(50, 45).get(0).threshold()));
    // 120 persons: 10% = 12 persons
    AlertRow a = judge(120, 108).get(0);
    assertEquals(0, BigDecimal.valueOf(12).compareTo(a.value()));
    assertEquals(0, BigDecimal.valueOf(12).compareTo(a.threshold()));
    // 1000 persons: 20 persons come before 10%
    assertEquals(0, BigDecimal.valueOf(20).compareTo(judge(1000, 975).get(0).threshold()));
    // below the 5-person floor, 10% of 30 = 3 does not count
    assertEquals(0, BigDecimal.valueOf(5).compareTo(judge(30, 20).get(0).threshold()));
  }

  @Test
  void triggerAgreesWithTheRuleAtEveryHeadcount() {
    for (long before = 1; before <= 600; before++) {
      long trigger = LayoffRule.yellowTrigger(before, THRESHOLDS);
      for (long drop = 1; drop <= Math.min(before, THRESHOLDS.layoffRedPersons() - 1); drop++) {
        boolean yellow = LayoffRule.severity(before, before - drop, THRESHOLDS) != null;
        assertEquals(drop >= trigger, yellow, before + " persons, drop " + drop);
      }
    }
  }

  @Test
  void previousYearMonthIsNamedWithItsYear() {
    YearMonth jan = YearMonth.of(2021, 1);
    List<AlertRow> a =
        LayoffRule.judge(
            List.of(new EmployerChange(CODE, null, "999999999", 30, 0)), TOWNS, jan, THRESHOLDS);
    assertEquals(CODE, a.get(0).subject());
    assertTrue(
        a.get(0).message().startsWith("统一社会信用代码为" + CODE + "的单位参保职工由2020年12月的30人降至1月的0人"),
        a.get(0).message());
  }
}
