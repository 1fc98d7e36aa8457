package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.junit.jupiter.api.Test;

class AlertTextTest {
  private static AlertRow alert(String rule, String indicator, String value, String threshold) {
    return new AlertRow(
        YearMonth.of(2020, 9),
        Severity.RED,
        rule,
        indicator,
        "DISTRICT",
        new BigDecimal(value),
        new BigDecimal(threshold),
        "",
        "区人力社保局");
  }

  @Test
  void subjectsShowTheirChineseNameNeverTheMachineKey() {
    assertEquals("全区", AlertText.subject("DISTRICT"));
    assertEquals("中山路街道", AlertText.subject("500118001 中山路街道"));
    assertEquals("重庆永川双石精密机械制造有限公司", AlertText.subject("91500118MA3DGG0WB3 重庆永川双石精密机械制造有限公司"));
    assertEquals("招聘岗位 2020年9月", AlertText.subject("recruitment/2020-09"));
    assertEquals("参保缴费明细 2020年9月", AlertText.subject("social_insurance/2020-09"));
  }

  @Test
  void valuesAndThresholdsAreFormattedByWhatTheyMeasure() {
    assertEquals("81人 / 50人", AlertText.valueAndThreshold(alert("LAYOFF", null, "81", "50")));
    assertEquals(
        "7.8% / 3.0%",
        AlertText.valueAndThreshold(
            alert("INSURED_DROP", "insured_employment", "0.0784090909", "0.03")));
    assertEquals(
        "71.1% / 75.0%",
        AlertText.valueAndThreshold(
            alert("TARGET_PROGRESS", "new_urban_employment", "0.7111666667", "0.75")));
    assertEquals(
        "22,757人 / 24,000人",
        AlertText.valueAndThreshold(
            alert("PROJECTION", "new_urban_employment", "22757.3333", "24000")));
    assertEquals(
        "2户 / 0户",
        AlertText.valueAndThreshold(alert("CEILING", "zero_employment_households", "2", "0")));
    assertEquals(
        "0.71% / 1.00%",
        AlertText.valueAndThreshold(alert("DATA_QUALITY", null, "0.0071", "0.01")));
    assertEquals(
        "6,193.00万元 / 8,000.00万元",
        AlertText.valueAndThreshold(
            alert("PROJECTION", "guarantee_loans_amount", "61930000", "80000000")));
  }

  @Test
  void theMeasuredValueSaysWhatItIs() {
    assertEquals("减少81人", AlertText.measured(alert("LAYOFF", null, "81", "50")));
    assertEquals(
        "下降51.8%",
        AlertText.measured(alert("RECRUITMENT_DROP", "job_postings", "0.5183312263", "0.5")));
    assertEquals(
        "93.7%",
        AlertText.measured(alert("RATE", "unemployed_follow_up_rate", "0.9371727749", "1")));
  }
}
