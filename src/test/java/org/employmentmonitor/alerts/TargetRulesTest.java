package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.CONFIG;
import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.employmentmonitor.alerts.AlertFixtures.dec;
import static org.employmentmonitor.alerts.AlertFixtures.district;
import static org.employmentmonitor.alerts.AlertFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;
import org.employmentmonitor.testing.TestInput;
import org.junit.jupiter.api.Test;

class TargetRulesTest {
  private static List<AlertRow> judge(YearMonth p, IndicatorRow... rows) {
    return TargetRules.judge(List.of(rows), p, CONFIG);
  }

  private static AlertRow only(List<AlertRow> alerts) {
    assertEquals(1, alerts.size(), alerts.toString());
    return alerts.get(0);
  }

  @Test
  void statusesMapToSeverities() {
    assertEquals(Severity.YELLOW, TargetRules.severity(Status.AT_RISK));
    assertEquals(Severity.RED, TargetRules.severity(Status.BEHIND));
    assertEquals(Severity.RED, TargetRules.severity(Status.BREACHED));
    for (Status s : List.of(Status.MET, Status.ON_TRACK, Status.NO_TARGET, Status.NOT_AVAILABLE)) {
      assertNull(TargetRules.severity(s), s.name());
    }
  }

  // September: time progress 75%; 24,000 × 9/12 = 18,000; BEHIND below (75% − 10 points) × 24,000
  // = 15,600.
  @Test
  void cumulativeOnTimeProgressRaisesNothing() {
    assertTrue(judge(SEPTEMBER, district(SEPTEMBER, "new_urban_employment", "18000")).isEmpty());
  }

  @Test
  void cumulativeOnePersonBehindTimeProgressIsYellow() {
    AlertRow a = only(judge(SEPTEMBER, district(SEPTEMBER, "new_urban_employment", "17999")));
    assertEquals(Severity.YELLOW, a.severity());
    assertEquals("TARGET_PROGRESS", a.rule());
    assertEquals("new_urban_employment", a.indicatorId());
    assertEquals("DISTRICT", a.subject());
    assertEquals(0, dec("0.7499583333").compareTo(a.value()), a.value().toPlainString());
    assertEquals(0, dec("0.75").compareTo(a.threshold()));
    assertEquals("区人力社保局", a.leadUnit());
    assertEquals("全区城镇新增就业人数1—9月累计17,999人，完成全年目标24,000人的74.996%，低于时间进度75.0%", a.message());
  }

  @Test
  void cumulativeTenPointsBehindIsYellowAndOneMoreIsRed() {
    assertEquals(
        Severity.YELLOW,
        only(judge(SEPTEMBER, district(SEPTEMBER, "new_urban_employment", "15600"))).severity());
    AlertRow red = only(judge(SEPTEMBER, district(SEPTEMBER, "new_urban_employment", "15599")));
    assertEquals(Severity.RED, red.severity());
    assertTrue(red.message().endsWith("落后超过10个百分点"), red.message());
  }

  @Test
  void cumulativeLeadUnitComesFromTheIndicator() {
    AlertRow a = only(judge(SEPTEMBER, district(SEPTEMBER, "new_market_entities", "100")));
    assertEquals("区发展改革委", a.leadUnit());
    assertEquals(Severity.RED, a.severity());
  }

  @Test
  void rateDueInDecemberIsYellowBeforeAndRedInDecember() {
    AlertRow sep = only(judge(SEPTEMBER, district(SEPTEMBER, "graduate_placement_rate", "0.89")));
    assertEquals(Severity.YELLOW, sep.severity());
    assertEquals("RATE", sep.rule());
    assertEquals(0, dec("0.89").compareTo(sep.value()));
    assertEquals(0, dec("0.90").compareTo(sep.threshold()));
    assertEquals("全区离校未就业高校毕业生就业率为89.0%，低于12月底前应达到的目标90.0%", sep.message());
    YearMonth dec = YearMonth.of(2020, 12);
    AlertRow december = only(judge(dec, district(dec, "graduate_placement_rate", "0.89")));
    assertEquals(Severity.RED, december.severity());
    assertTrue(judge(dec, district(dec, "graduate_placement_rate", "0.90")).isEmpty());
  }

  @Test
  void aRateDueInDecemberRaisesOneDistrictAlertNamingItsTownsAndNonePerTownBeforeDecember() {
    IndicatorRow district = district(SEPTEMBER, "graduate_placement_rate", "0.85");
    IndicatorRow below =
        row(SEPTEMBER, "graduate_placement_rate", Scope.TOWN, TestInput.TOWN_A, "0.80");
    IndicatorRow above =
        row(SEPTEMBER, "graduate_placement_rate", Scope.TOWN, TestInput.TOWN_B, "0.95");
    AlertRow a = only(judge(SEPTEMBER, district, below, above));
    assertEquals(Severity.YELLOW, a.severity());
    assertEquals("DISTRICT", a.subject());
    assertEquals("全区离校未就业高校毕业生就业率为85.0%，低于12月底前应达到的目标90.0%；低于目标的镇街1个：中山路街道", a.message());
    // a town below target alone raises nothing before December
    assertTrue(judge(SEPTEMBER, below).isEmpty());
    // December: every cell as usual, the town too
    YearMonth dec = YearMonth.of(2020, 12);
    List<AlertRow> december =
        judge(
            dec,
            district(dec, "graduate_placement_rate", "0.85"),
            row(dec, "graduate_placement_rate", Scope.TOWN, TestInput.TOWN_A, "0.80"));
    assertEquals(2, december.size(), december.toString());
    assertEquals(Severity.RED, december.get(1).severity());
  }

  @Test
  void monthlyRateFivePointsBelowIsYellowMoreIsRedAndTownsAreJudged() {
    IndicatorRow yellow =
        row(SEPTEMBER, "unemployed_follow_up_rate", Scope.TOWN, TestInput.TOWN_A, "0.95");
    AlertRow a = only(judge(SEPTEMBER, yellow));
    assertEquals(Severity.YELLOW, a.severity());
    assertEquals(TestInput.TOWN_A + " 中山路街道", a.subject());
    assertEquals("中山路街道登记失业人员每月跟踪服务覆盖率为95.0%，低于每月目标100.0%", a.message());
    IndicatorRow red =
        row(SEPTEMBER, "unemployed_follow_up_rate", Scope.TOWN, TestInput.TOWN_A, "0.9499");
    AlertRow r = only(judge(SEPTEMBER, red));
    assertEquals(Severity.RED, r.severity());
    assertEquals(0, dec("1").compareTo(r.threshold()));
    assertTrue(r.message().endsWith("差距超过5个百分点"), r.message());
    assertTrue(
        judge(
                SEPTEMBER,
                row(SEPTEMBER, "unemployed_follow_up_rate", Scope.TOWN, TestInput.TOWN_A, "1"))
            .isEmpty());
  }

  @Test
  void ceilingBreachedIsRed() {
    assertTrue(judge(SEPTEMBER, district(SEPTEMBER, "zero_employment_households", "0")).isEmpty());
    AlertRow a =
        only(
            judge(
                SEPTEMBER,
                row(SEPTEMBER, "zero_employment_households", Scope.TOWN, TestInput.TOWN_C, "1")));
    assertEquals(Severity.RED, a.severity());
    assertEquals("CEILING", a.rule());
    assertEquals(TestInput.TOWN_C + " 青峰镇", a.subject());
    assertEquals(0, dec("1").compareTo(a.value()));
    assertEquals(0, a.threshold().signum());
    assertEquals("青峰镇零就业家庭为1户，超过上限0户（应动态清零）", a.message());
  }

  @Test
  void rowsWithoutTargetOrValueOrOfOtherCellsRaiseNothing() {
    YearMonth aug = YearMonth.of(2020, 8);
    assertTrue(
        judge(
                SEPTEMBER,
                district(SEPTEMBER, "subsidized_training", null), // NOT_AVAILABLE
                district(SEPTEMBER, "insured_employment", "100"), // NO_TARGET
                district(aug, "new_urban_employment", "1"), // another month-end
                row(SEPTEMBER, "new_urban_employment", Scope.GROUP, "GRADUATE", "1"),
                row(SEPTEMBER, "new_urban_employment", Scope.TOWN, TestInput.TOWN_A, "1"))
            .isEmpty());
  }

  @Test
  void surveyedRateIsLeftToItsOwnThresholds() {
    assertTrue(
        judge(SEPTEMBER, district(SEPTEMBER, "surveyed_unemployment_rate", "0.06")).isEmpty());
  }
}
