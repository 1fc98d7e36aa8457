package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.employmentmonitor.alerts.AlertFixtures.dec;
import static org.employmentmonitor.alerts.AlertFixtures.district;
import static org.employmentmonitor.alerts.AlertFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.testing.TestInput;
import org.junit.jupiter.api.Test;

class ProjectionRuleTest {
  @Test
  void projectionExactlyOnTargetRaisesNothing() {
    // 18,000 × 12 / 9 = 24,000
    assertTrue(
        ProjectionRule.judge(
                List.of(district(SEPTEMBER, "new_urban_employment", "18000")), SEPTEMBER)
            .isEmpty());
  }

  @Test
  void projectionBelowTargetIsYellow() {
    List<AlertRow> a =
        ProjectionRule.judge(
            List.of(district(SEPTEMBER, "new_urban_employment", "17999")), SEPTEMBER);
    assertEquals(1, a.size());
    AlertRow p = a.get(0);
    assertEquals(Severity.YELLOW, p.severity());
    assertEquals("PROJECTION", p.rule());
    assertEquals("new_urban_employment", p.indicatorId());
    assertEquals("DISTRICT", p.subject());
    assertEquals(0, dec("23998.6666666667").compareTo(p.value()), p.value().toPlainString());
    assertEquals(0, dec("24000").compareTo(p.threshold()));
    assertEquals("区人力社保局", p.leadUnit());
    assertEquals("按1—9月进度测算，全区城镇新增就业人数全年预计23,999人，低于全年目标24,000人，需加快进度", p.message());
  }

  @Test
  void amountsAreShownInTenThousandYuan() {
    List<AlertRow> a =
        ProjectionRule.judge(
            List.of(district(SEPTEMBER, "guarantee_loans_amount", "30000000")), SEPTEMBER);
    assertEquals(1, a.size());
    assertEquals(0, dec("40000000").compareTo(a.get(0).value()));
    assertTrue(a.get(0).message().contains("全年预计4,000万元，低于全年目标8,000万元"), a.get(0).message());
  }

  @Test
  void metRatesTownsAndMissingValuesRaiseNothing() {
    YearMonth dec = YearMonth.of(2020, 12);
    assertTrue(
        ProjectionRule.judge(
                List.of(
                    district(dec, "new_urban_employment", "24000"),
                    district(dec, "graduate_placement_rate", "0.5"),
                    district(dec, "subsidized_training", null),
                    row(dec, "new_urban_employment", Scope.TOWN, TestInput.TOWN_A, "1")),
                dec)
            .isEmpty());
  }

  @Test
  void inDecemberTheProjectionIsTheValue() {
    YearMonth dec = YearMonth.of(2020, 12);
    List<AlertRow> a =
        ProjectionRule.judge(List.of(district(dec, "new_urban_employment", "23999")), dec);
    assertEquals(1, a.size());
    assertEquals(0, dec("23999").compareTo(a.get(0).value()));
  }
}
