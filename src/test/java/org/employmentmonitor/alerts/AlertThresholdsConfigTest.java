package org.employmentmonitor.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.MonitorConfig;
import org.junit.jupiter.api.Test;

/** The alert thresholds' defaults are SPEC 7's, and a red line below its yellow one is refused. */
class AlertThresholdsConfigTest {
  @Test
  void defaultsAreThoseOfSpec7() {
    MonitorConfig.Alerts a = MonitorConfig.defaults().alerts();
    assertEquals(0, new BigDecimal("0.045").compareTo(a.surveyYellowAbove()));
    assertEquals(0, new BigDecimal("0.05").compareTo(a.surveyRedAbove()));
    assertEquals(20, a.layoffYellowPersons());
    assertEquals(0, new BigDecimal("0.10").compareTo(a.layoffYellowShare()));
    assertEquals(5, a.layoffYellowShareMinPersons());
    assertEquals(50, a.layoffRedPersons());
    assertEquals(200, a.insuredDropMinTownInsured());
    assertEquals(0, new BigDecimal("0.01").compareTo(a.insuredDropYellow()));
    assertEquals(0, new BigDecimal("0.03").compareTo(a.insuredDropRed()));
    assertEquals(3, a.recruitmentDropMonths());
    assertEquals(0, new BigDecimal("0.30").compareTo(a.recruitmentDropYellow()));
    assertEquals(0, new BigDecimal("0.50").compareTo(a.recruitmentDropRed()));
    assertEquals(0, new BigDecimal("0.01").compareTo(a.dataQualityYellow()));
    assertEquals(0, new BigDecimal("0.05").compareTo(a.dataQualityRed()));
  }

  @Test
  void redBelowYellowIsAConfigurationError() {
    for (String rule : new String[] {"insured_drop", "recruitment_drop", "data_quality"}) {
      MonitorException e =
          assertThrows(
              MonitorException.class,
              () ->
                  MonitorConfig.load(
                      "alerts:\n  " + rule + ":\n    yellow: 0.2\n    red: 0.1\n", "my.yaml"));
      assertEquals(ExitCode.USAGE_OR_CONFIG, e.exitCode());
      assertTrue(e.getMessage().contains("alerts." + rule + ".red"), e.getMessage());
    }
  }

  @Test
  void thresholdsCanBeChangedWithoutCode() {
    MonitorConfig c = MonitorConfig.load("alerts:\n  layoff:\n    red_persons: 30\n", "my.yaml");
    assertEquals(30, c.alerts().layoffRedPersons());
    assertEquals(
        org.employmentmonitor.model.AlertRow.Severity.RED,
        LayoffRule.severity(100, 70, c.alerts()));
  }
}
