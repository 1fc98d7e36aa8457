package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.AlertRow.State;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.tasks.Rating;
import org.junit.jupiter.api.Test;

/**
 * Resolved alerts named by the problem that ended and where the value stands now (issue 29), one
 * rule kind at a time, on {@link ReportFixtures}' hand-made series (values worked out below).
 */
class ResolvedTextTest {
  private static final YearMonth P = ReportFixtures.PERIOD;

  private static AlertRow resolved(
      Severity s, String rule, String indicator, String subject, String value, String threshold) {
    return new AlertRow(
            P,
            s,
            rule,
            indicator,
            subject,
            value == null ? null : new BigDecimal(value),
            threshold == null ? null : new BigDecimal(threshold),
            "本月未再触发，预警解除（此前自8月起持续1个月）。上月预警：…",
            "区人力社保局")
        .withLifecycle(State.RESOLVED, P.minusMonths(1), 1);
  }

  /** The fixture with September's value of one cell replaced (completion too, when given). */
  private static ReportData withSeptember(
      String id, Scope scope, String key, String value, String completion) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (IndicatorRow r : ReportFixtures.indicators()) {
      if (r.indicatorId().equals(id)
          && r.scope() == scope
          && r.scopeKey().equals(key)
          && r.monthEnd().equals(P.atEndOfMonth())) {
        r =
            new IndicatorRow(
                r.period(),
                r.monthEnd(),
                r.indicatorId(),
                r.indicatorName(),
                r.scope(),
                r.scopeKey(),
                r.scopeName(),
                new BigDecimal(value),
                r.numerator(),
                r.denominator(),
                r.unit(),
                r.target(),
                r.targetKind(),
                r.timeProgress(),
                completion == null ? r.completion() : new BigDecimal(completion),
                r.projection(),
                r.status(),
                r.leadUnit());
      }
      rows.add(r);
    }
    ReportData d = ReportFixtures.data();
    return new ReportData(
        d.period(), d.config(), rows, d.alerts(), d.quality(), d.towns(), d.run(), d.tasks());
  }

  @Test
  void recruitmentDropSaysHowFarTheDropHasNarrowed() {
    // 青峰镇 posts (317 × m) ÷ 4 positions: June 475, July 554, August 634; mean 1663/3 = 554.33.
    // September replaced by 500: (554.33 − 500) ÷ 554.33 = 9.8%.
    ReportData d = withSeptember("job_postings", Scope.TOWN, "500118100", "500", null);
    AlertRow a =
        resolved(Severity.RED, "RECRUITMENT_DROP", "job_postings", "500118100 青峰镇", "0.526", "0.5");
    assertEquals("青峰镇招聘岗位数比前3个月月均降幅已收窄至9.8%", ResolvedText.of(d, a));
    // The fixture's own September, 2853 ÷ 4 = 713, is above the mean: no drop left.
    assertEquals("青峰镇招聘岗位数已回升（本月713个，前3个月月均554个）", ResolvedText.of(ReportFixtures.data(), a));
  }

  @Test
  void insuredDropSaysTheHeadcountRoseAgain() {
    // 419 × m: August 3,352, September 3,771.
    AlertRow a =
        resolved(
            Severity.YELLOW, "INSURED_DROP", "insured_employment", "DISTRICT", "0.012", "0.01");
    assertEquals("全区参保就业人数已止跌回升（本月3,771人，上月3,352人）", ResolvedText.of(ReportFixtures.data(), a));
    ReportData d = withSeptember("insured_employment", Scope.DISTRICT, "", "3335", null);
    // (3352 − 3335) ÷ 3352 = 0.51%
    assertEquals("全区参保就业人数环比降幅已收窄至0.5%", ResolvedText.of(d, a));
  }

  @Test
  void targetsRatesAndCeilingsGiveTheValueNow() {
    ReportData caughtUp =
        withSeptember("new_urban_employment", Scope.DISTRICT, "", "18100", "0.7541666667");
    assertEquals(
        "全区城镇新增就业人数已追上时间进度（完成率75.4%，时间进度75.0%）",
        ResolvedText.of(
            caughtUp,
            resolved(
                Severity.YELLOW,
                "TARGET_PROGRESS",
                "new_urban_employment",
                "DISTRICT 永川区",
                "0.70",
                "0.75")));
    ReportData met = withSeptember("unemployed_follow_up_rate", Scope.TOWN, "500118001", "1", null);
    assertEquals(
        "中山路街道登记失业人员每月跟踪服务覆盖率已达到目标（100.0%）",
        ResolvedText.of(
            met,
            resolved(
                Severity.RED,
                "RATE",
                "unemployed_follow_up_rate",
                "500118001 中山路街道",
                "0.93",
                "1")));
    ReportData below =
        withSeptember("surveyed_unemployment_rate", Scope.DISTRICT, "", "0.044", null);
    assertEquals(
        "全区城镇调查失业率回落至4.4%（预警线4.5%）",
        ResolvedText.of(
            below,
            resolved(
                Severity.YELLOW,
                "CEILING",
                "surveyed_unemployment_rate",
                "DISTRICT",
                "0.047",
                "0.045")));
    // a red alert (threshold the 5% line) that ended: the rate is now below the 4.5% line
    assertEquals(
        "全区城镇调查失业率回落至4.4%（预警线4.5%）",
        ResolvedText.of(
            below,
            resolved(
                Severity.RED,
                "CEILING",
                "surveyed_unemployment_rate",
                "DISTRICT",
                "0.052",
                "0.05")));
    // the fixture's survey has no September value: the alert ended for want of data, not met
    assertEquals(
        "全区城镇调查失业率本月无数据，预警未再触发",
        ResolvedText.of(
            ReportFixtures.data(),
            resolved(
                Severity.YELLOW,
                "CEILING",
                "surveyed_unemployment_rate",
                "DISTRICT",
                "0.047",
                "0.045")));
    // 青峰镇 has no zero-employment household in September (the fixture's third town)
    assertEquals(
        "青峰镇零就业家庭已清零",
        ResolvedText.of(
            ReportFixtures.data(),
            resolved(
                Severity.RED, "CEILING", "zero_employment_households", "500118100 青峰镇", "1", "0")));
  }

  @Test
  void layoffDataQualityAndTasksSayWhatEnded() {
    ReportData d = TaskSectionTest.data(TaskSectionTest.TASKS);
    assertEquals(
        "双石精密参保职工本月未再大幅减少，规模性裁员风险解除",
        ResolvedText.of(
            d, resolved(Severity.RED, "LAYOFF", null, "91500118MA00000019 双石精密", "60", "50")));
    // 登记 of September: 2 of 10,012 rows quarantined = 0.02%
    String quality =
        ResolvedText.of(
            d,
            resolved(
                Severity.YELLOW, "DATA_QUALITY", null, "registration/2020-08", "0.02", "0.01"));
    assertTrue(quality.endsWith("本月隔离行比例降至0.02%"), quality);
    // an earlier month's problem (raised again each month) as that month stands now: not
    // delivered again since, or, seen from October, August with 2 of 9,800 rows = 0.02%
    String july =
        ResolvedText.of(
            d,
            resolved(
                Severity.YELLOW, "DATA_QUALITY", null, "registration/2020-07", "0.02", "0.01"));
    assertTrue(july.endsWith("2020年7月隔离行比例过高的问题本月未再出现"), july);
    ReportData october =
        new ReportData(
            P.plusMonths(1),
            d.config(),
            d.indicators(),
            d.alerts(),
            d.quality(),
            d.towns(),
            d.run(),
            d.tasks());
    String august =
        ResolvedText.of(
            october,
            resolved(
                Severity.YELLOW, "DATA_QUALITY", null, "registration/2020-08", "0.02", "0.01"));
    assertTrue(august.endsWith(" 2020年8月隔离行比例降至0.02%"), august);
    assertEquals(
        "任务48（失业登记）已转为正常推进",
        ResolvedText.of(d, resolved(Severity.YELLOW, "TASK", null, "48 失业登记", "1", null)));
    assertEquals(
        "任务47（急需紧缺职业目录发布）已完成",
        ResolvedText.of(d, resolved(Severity.YELLOW, "TASK", null, "47 急需紧缺职业目录发布", "2", null)));
    assertEquals(Rating.DONE, TaskSectionTest.TASKS.get(3).rating());
  }
}
