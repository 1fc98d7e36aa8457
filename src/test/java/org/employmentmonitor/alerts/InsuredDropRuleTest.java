package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.employmentmonitor.alerts.AlertFixtures.THRESHOLDS;
import static org.employmentmonitor.alerts.AlertFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.employmentmonitor.alerts.InsuredDropRule.AreaChange;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.testing.TestInput;
import org.junit.jupiter.api.Test;

class InsuredDropRuleTest {
  private static List<AlertRow> judge(AreaChange... areas) {
    return InsuredDropRule.judge(List.of(areas), SEPTEMBER, THRESHOLDS);
  }

  private static Severity district(long before, long after) {
    List<AlertRow> a = judge(new AreaChange(Subjects.DISTRICT, null, before, after));
    return a.isEmpty() ? null : a.get(0).severity();
  }

  @Test
  void onePercentIsYellowJustBelowIsNot() {
    assertEquals(Severity.YELLOW, district(1000, 990));
    assertNull(district(1000, 991));
  }

  @Test
  void threePercentIsRedJustBelowIsYellow() {
    assertEquals(Severity.RED, district(1000, 970));
    assertEquals(Severity.YELLOW, district(1000, 971));
  }

  @Test
  void districtIsJudgedWhateverItsSize() {
    assertEquals(Severity.RED, district(100, 90));
    assertNull(district(0, 0));
  }

  @Test
  void townWith199InsuredIsNotJudged200Is() {
    assertTrue(judge(new AreaChange(TestInput.TOWN_A, "中山路街道", 199, 100)).isEmpty());
    List<AlertRow> a = judge(new AreaChange(TestInput.TOWN_A, "中山路街道", 200, 198));
    assertEquals(1, a.size());
    AlertRow r = a.get(0);
    assertEquals(Severity.YELLOW, r.severity());
    assertEquals("INSURED_DROP", r.rule());
    assertEquals("insured_employment", r.indicatorId());
    assertEquals(TestInput.TOWN_A + " 中山路街道", r.subject());
    assertEquals(0, dec("0.01").compareTo(r.value()));
    assertEquals(0, dec("0.01").compareTo(r.threshold()));
    assertEquals("区人力社保局", r.leadUnit());
    assertEquals("中山路街道参保就业人数由8月的200人降至9月的198人，减少2人，环比下降1.0%，达到黄色预警线1.0%", r.message());
  }

  @Test
  void districtMessageAndRedThreshold() {
    AlertRow r = judge(new AreaChange(Subjects.DISTRICT, null, 300_000, 288_000)).get(0);
    assertEquals("DISTRICT", r.subject());
    assertEquals(0, dec("0.04").compareTo(r.value()));
    assertEquals(0, dec("0.03").compareTo(r.threshold()));
    assertEquals("全区参保就业人数由8月的300,000人降至9月的288,000人，减少12,000人，环比下降4.0%，达到红色预警线3.0%", r.message());
  }
}
