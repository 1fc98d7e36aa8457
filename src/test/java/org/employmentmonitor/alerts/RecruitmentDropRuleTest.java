package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.employmentmonitor.alerts.AlertFixtures.THRESHOLDS;
import static org.employmentmonitor.alerts.AlertFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.employmentmonitor.alerts.RecruitmentDropRule.AreaPositions;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.testing.TestInput;
import org.junit.jupiter.api.Test;

class RecruitmentDropRuleTest {
  private static Severity severity(long current, Long... previous) {
    List<AlertRow> a =
        RecruitmentDropRule.judge(
            List.of(new AreaPositions(Subjects.DISTRICT, null, current, List.of(previous))),
            SEPTEMBER,
            THRESHOLDS);
    return a.isEmpty() ? null : a.get(0).severity();
  }

  @Test
  void thirtyPercentBelowTheMeanIsYellowJustAboveIsNot() {
    assertEquals(Severity.YELLOW, severity(70, 100L, 100L, 100L));
    assertNull(severity(71, 100L, 100L, 100L));
  }

  @Test
  void fiftyPercentBelowIsRedJustAboveIsYellow() {
    assertEquals(Severity.RED, severity(50, 100L, 100L, 100L));
    assertEquals(Severity.YELLOW, severity(51, 100L, 100L, 100L));
  }

  @Test
  void meanIsExactNotRounded() {
    // mean 31/3 = 10.33…: 30% below is 7.23…, so 7 is YELLOW and 8 is not
    assertEquals(Severity.YELLOW, severity(7, 10L, 10L, 11L));
    assertNull(severity(8, 10L, 10L, 11L));
  }

  @Test
  void zeroMeanIsNotJudged() {
    assertNull(severity(0, 0L, 0L, 0L));
  }

  @Test
  void townAlertCarriesItsValuesAndMessage() {
    List<AlertRow> a =
        RecruitmentDropRule.judge(
            List.of(new AreaPositions(TestInput.TOWN_B, "胜利路街道", 40, List.of(90L, 100L, 110L))),
            SEPTEMBER,
            THRESHOLDS);
    assertEquals(1, a.size());
    AlertRow r = a.get(0);
    assertEquals(Severity.RED, r.severity());
    assertEquals("RECRUITMENT_DROP", r.rule());
    assertEquals("job_postings", r.indicatorId());
    assertEquals(TestInput.TOWN_B + " 胜利路街道", r.subject());
    assertEquals(0, dec("0.6").compareTo(r.value()));
    assertEquals(0, dec("0.5").compareTo(r.threshold()));
    assertEquals("区人力社保局", r.leadUnit());
    assertEquals("胜利路街道9月发布招聘岗位40个，比6月至8月月均100个减少60.0%，达到红色预警线50.0%，用工需求明显收缩", r.message());
  }

  @Test
  void growthRaisesNothing() {
    assertTrue(
        RecruitmentDropRule.judge(
                List.of(new AreaPositions(Subjects.DISTRICT, null, 500, List.of(1L, 2L, 3L))),
                SEPTEMBER,
                THRESHOLDS)
            .isEmpty());
  }
}
