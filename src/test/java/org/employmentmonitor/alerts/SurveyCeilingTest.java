package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.employmentmonitor.alerts.AlertFixtures.THRESHOLDS;
import static org.employmentmonitor.alerts.AlertFixtures.dec;
import static org.employmentmonitor.alerts.AlertFixtures.district;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.junit.jupiter.api.Test;

class SurveyCeilingTest {
  private static List<AlertRow> judge(String rate) {
    return SurveyCeiling.judge(
        List.of(district(SEPTEMBER, "surveyed_unemployment_rate", rate)), SEPTEMBER, THRESHOLDS);
  }

  @Test
  void atFourAndAHalfPercentNothing() {
    assertTrue(judge("0.045").isEmpty());
  }

  @Test
  void justAboveFourAndAHalfPercentIsYellow() {
    List<AlertRow> a = judge("0.0451");
    assertEquals(1, a.size());
    assertEquals(Severity.YELLOW, a.get(0).severity());
    assertEquals("CEILING", a.get(0).rule());
    assertEquals("surveyed_unemployment_rate", a.get(0).indicatorId());
    assertEquals("DISTRICT", a.get(0).subject());
    assertEquals(0, dec("0.0451").compareTo(a.get(0).value()));
    assertEquals(0, dec("0.045").compareTo(a.get(0).threshold()));
    assertEquals("区人力社保局", a.get(0).leadUnit());
    assertEquals("全区城镇调查失业率为4.51%，高于预警线4.5%，接近控制线5.0%", a.get(0).message());
  }

  @Test
  void atFivePercentStillYellow() {
    List<AlertRow> a = judge("0.05");
    assertEquals(1, a.size());
    assertEquals(Severity.YELLOW, a.get(0).severity());
  }

  @Test
  void aboveFivePercentIsRed() {
    List<AlertRow> a = judge("0.052");
    assertEquals(1, a.size());
    assertEquals(Severity.RED, a.get(0).severity());
    assertEquals(0, dec("0.05").compareTo(a.get(0).threshold()));
    assertEquals("全区城镇调查失业率为5.2%，超过控制线5.0%", a.get(0).message());
  }

  @Test
  void noSurveyNoAlert() {
    assertTrue(judge(null).isEmpty());
  }
}
