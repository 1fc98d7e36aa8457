package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.junit.jupiter.api.Test;

class AlertOrderTest {
  private static AlertRow alert(Severity s, AlertRule rule, String indicator, String subject) {
    return new AlertRow(SEPTEMBER, s, rule.name(), indicator, subject, null, null, "m", "u");
  }

  @Test
  void redFirstThenRuleThenDistrictBeforeTownsThenIndicator() {
    AlertRow yellowTarget =
        alert(Severity.YELLOW, AlertRule.TARGET_PROGRESS, "new_urban_employment", "DISTRICT");
    AlertRow redLayoffB = alert(Severity.RED, AlertRule.LAYOFF, null, "B 乙公司");
    AlertRow redLayoffA = alert(Severity.RED, AlertRule.LAYOFF, null, "A 甲公司");
    AlertRow redTown =
        alert(Severity.RED, AlertRule.INSURED_DROP, "insured_employment", "500118001 中山路街道");
    AlertRow redDistrict =
        alert(Severity.RED, AlertRule.INSURED_DROP, "insured_employment", "DISTRICT");
    AlertRow redRate1 =
        alert(Severity.RED, AlertRule.RATE, "unemployed_follow_up_rate", "DISTRICT");
    AlertRow redRate0 = alert(Severity.RED, AlertRule.RATE, "graduate_placement_rate", "DISTRICT");
    AlertRow yellowQuality = alert(Severity.YELLOW, AlertRule.DATA_QUALITY, null, "loans/2020-09");
    List<AlertRow> rows =
        new ArrayList<>(
            List.of(
                yellowQuality,
                yellowTarget,
                redTown,
                redLayoffB,
                redDistrict,
                redRate1,
                redLayoffA,
                redRate0));
    rows.sort(AlertOrder.COMPARATOR);
    assertEquals(
        List.of(
            redRate0,
            redRate1,
            redLayoffA,
            redLayoffB,
            redDistrict,
            redTown,
            yellowTarget,
            yellowQuality),
        rows);
  }
}
