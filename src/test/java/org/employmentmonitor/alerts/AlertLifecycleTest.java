package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.AlertRow.State;
import org.junit.jupiter.api.Test;

/** The lifecycle on hand-made August (previous) and September (raised) alert lists. */
class AlertLifecycleTest {
  private static final YearMonth AUGUST = YearMonth.of(2020, 8);
  private static final YearMonth JUNE = YearMonth.of(2020, 6);
  private static final YearMonth JULY = YearMonth.of(2020, 7);

  private static AlertRow raised(
      YearMonth p, Severity s, AlertRule rule, String ind, String subject, String v, String t) {
    return new AlertRow(
        p,
        s,
        rule.name(),
        ind,
        subject,
        v == null ? null : new BigDecimal(v),
        t == null ? null : new BigDecimal(t),
        "消息" + subject,
        "区人力社保局");
  }

  private static AlertRow before(
      Severity s,
      AlertRule rule,
      String ind,
      String subject,
      String v,
      String t,
      State state,
      YearMonth since,
      int months) {
    return raised(AUGUST, s, rule, ind, subject, v, t).withLifecycle(state, since, months);
  }

  private static AlertRow now(
      Severity s, AlertRule rule, String ind, String subject, String v, String t) {
    return raised(SEPTEMBER, s, rule, ind, subject, v, t);
  }

  private static String describe(AlertRow a) {
    return a.period()
        + " "
        + a.severity()
        + " "
        + a.rule()
        + " "
        + a.subject()
        + " "
        + a.state()
        + " "
        + a.since()
        + " "
        + a.monthsActive();
  }

  @Test
  void withoutAPreviousPeriodEveryAlertIsNewAndNothingIsResolved() {
    List<AlertRow> out =
        AlertLifecycle.apply(
            List.of(
                now(Severity.RED, AlertRule.LAYOFF, null, "A 甲公司", "60", "50"),
                now(
                    Severity.YELLOW,
                    AlertRule.PROJECTION,
                    "new_urban_employment",
                    "DISTRICT",
                    "23000",
                    "24000")),
            Optional.empty(),
            SEPTEMBER);
    assertEquals(
        List.of(
            "2020-09 RED LAYOFF A 甲公司 NEW 2020-09 1",
            "2020-09 YELLOW PROJECTION DISTRICT NEW 2020-09 1"),
        out.stream().map(AlertLifecycleTest::describe).toList());
  }

  @Test
  void augustAgainstSeptember() {
    List<AlertRow> august =
        List.of(
            // YELLOW → RED: severity rose
            before(
                Severity.YELLOW,
                AlertRule.LAYOFF,
                null,
                "A 甲公司",
                "20",
                "20",
                State.ONGOING,
                JULY,
                2),
            // floor, 80% → 85% of a 100% target: better, still raised
            before(
                Severity.YELLOW,
                AlertRule.RATE,
                "unemployed_follow_up_rate",
                "T1 甲镇",
                "0.8",
                "1",
                State.NEW,
                AUGUST,
                1),
            // floor, 90% → 85%: further below
            before(
                Severity.YELLOW,
                AlertRule.RATE,
                "unemployed_follow_up_rate",
                "T2 乙镇",
                "0.9",
                "1",
                State.NEW,
                AUGUST,
                1),
            // ceiling, 5.2% → 5.5%: further above
            before(
                Severity.RED,
                AlertRule.CEILING,
                "surveyed_unemployment_rate",
                "DISTRICT",
                "0.052",
                "0.05",
                State.NEW,
                AUGUST,
                1),
            // RED → YELLOW: severity fell, IMPROVED (SPEC 7 as updated by issue 29)
            before(
                Severity.RED,
                AlertRule.INSURED_DROP,
                "insured_employment",
                "T3 丙镇",
                "0.05",
                "0.03",
                State.WORSENED,
                JULY,
                2),
            // not raised in September: RESOLVED once
            before(
                Severity.RED,
                AlertRule.RECRUITMENT_DROP,
                "job_postings",
                "T4 丁镇",
                "0.6",
                "0.5",
                State.ONGOING,
                JUNE,
                3),
            // resolved in August: not active, so September's alert is NEW and nothing resolves
            before(
                Severity.YELLOW,
                AlertRule.LAYOFF,
                null,
                "B 乙公司",
                "6",
                "5",
                State.RESOLVED,
                JULY,
                1),
            before(
                Severity.YELLOW,
                AlertRule.LAYOFF,
                null,
                "C 丙公司",
                "6",
                "5",
                State.RESOLVED,
                JULY,
                1),
            // the same source failing again: the month in the key does not break the streak
            before(
                Severity.YELLOW,
                AlertRule.DATA_QUALITY,
                null,
                "social_insurance/2020-08",
                "0.02",
                "0.01",
                State.NEW,
                AUGUST,
                1),
            // an earlier month's problem keeps its month in the key
            before(
                Severity.RED,
                AlertRule.DATA_QUALITY,
                null,
                "registration/2020-03",
                "1",
                "0",
                State.NEW,
                AUGUST,
                1),
            // a renamed town keeps its streak; the stored value has ten decimals
            before(
                Severity.RED,
                AlertRule.INSURED_DROP,
                "insured_employment",
                "T5 旧名镇",
                "0.3933333333",
                "0.03",
                State.ONGOING,
                JULY,
                2));
    List<AlertRow> september =
        List.of(
            now(Severity.RED, AlertRule.LAYOFF, null, "A 甲公司", "60", "50"),
            now(Severity.YELLOW, AlertRule.RATE, "unemployed_follow_up_rate", "T1 甲镇", "0.85", "1"),
            now(Severity.YELLOW, AlertRule.RATE, "unemployed_follow_up_rate", "T2 乙镇", "0.85", "1"),
            now(
                Severity.RED,
                AlertRule.CEILING,
                "surveyed_unemployment_rate",
                "DISTRICT",
                "0.055",
                "0.05"),
            now(
                Severity.YELLOW,
                AlertRule.INSURED_DROP,
                "insured_employment",
                "T3 丙镇",
                "0.02",
                "0.01"),
            now(Severity.YELLOW, AlertRule.LAYOFF, null, "B 乙公司", "7", "5"),
            now(
                Severity.YELLOW,
                AlertRule.DATA_QUALITY,
                null,
                "social_insurance/2020-09",
                "0.02",
                "0.01"),
            now(
                Severity.RED,
                AlertRule.INSURED_DROP,
                "insured_employment",
                "T5 新名镇",
                "0.393333333333333333",
                "0.03"),
            // same rule and subject, another indicator: a different alert
            now(Severity.YELLOW, AlertRule.RATE, "graduate_placement_rate", "T1 甲镇", "0.5", "0.9"),
            now(Severity.RED, AlertRule.DATA_QUALITY, null, "registration/2020-03", "1", "0"),
            now(
                Severity.YELLOW,
                AlertRule.DATA_QUALITY,
                null,
                "registration/2020-09",
                "0.02",
                "0.01"));

    List<AlertRow> out = AlertLifecycle.apply(september, Optional.of(august), SEPTEMBER);

    assertEquals(
        List.of(
            "2020-09 RED LAYOFF A 甲公司 WORSENED 2020-07 3",
            "2020-09 YELLOW RATE T1 甲镇 IMPROVED 2020-08 2",
            "2020-09 YELLOW RATE T2 乙镇 WORSENED 2020-08 2",
            "2020-09 RED CEILING DISTRICT WORSENED 2020-08 2",
            "2020-09 YELLOW INSURED_DROP T3 丙镇 IMPROVED 2020-07 3",
            "2020-09 YELLOW LAYOFF B 乙公司 NEW 2020-09 1",
            "2020-09 YELLOW DATA_QUALITY social_insurance/2020-09 ONGOING 2020-08 2",
            "2020-09 RED INSURED_DROP T5 新名镇 ONGOING 2020-07 3",
            "2020-09 YELLOW RATE T1 甲镇 NEW 2020-09 1",
            "2020-09 RED DATA_QUALITY registration/2020-03 ONGOING 2020-08 2",
            "2020-09 YELLOW DATA_QUALITY registration/2020-09 NEW 2020-09 1",
            "2020-09 RED RECRUITMENT_DROP T4 丁镇 RESOLVED 2020-06 3"),
        out.stream().map(AlertLifecycleTest::describe).toList());

    AlertRow resolved = out.get(out.size() - 1);
    assertEquals(0, new BigDecimal("0.6").compareTo(resolved.value()));
    assertEquals(0, new BigDecimal("0.5").compareTo(resolved.threshold()));
    assertEquals("job_postings", resolved.indicatorId());
    assertEquals("本月未再触发，预警解除（此前自6月起持续3个月，最后为红色）。上月预警：消息T4 丁镇", resolved.message());
    assertEquals(false, resolved.active());
  }

  @Test
  void anOptionalExtractQuarantinedInAugustAndMissingInSeptemberIsTwoAlerts() {
    // Both subjects are graduates/<own month>: the quarantine share has a value, the missing
    // delivery none. They are different problems: the first resolves, the second is new.
    List<AlertRow> august =
        List.of(
            before(
                Severity.YELLOW,
                AlertRule.DATA_QUALITY,
                null,
                "graduates/2020-08",
                "0.02",
                "0.01",
                State.NEW,
                AUGUST,
                1));
    List<AlertRow> september =
        List.of(
            now(Severity.YELLOW, AlertRule.DATA_QUALITY, null, "graduates/2020-09", null, null));

    List<AlertRow> out = AlertLifecycle.apply(september, Optional.of(august), SEPTEMBER);

    assertEquals(
        List.of(
            "2020-09 YELLOW DATA_QUALITY graduates/2020-09 NEW 2020-09 1",
            "2020-09 YELLOW DATA_QUALITY graduates/2020-08 RESOLVED 2020-08 1"),
        out.stream().map(AlertLifecycleTest::describe).toList());
  }

  @Test
  void anEqualValueAtTheSameSeverityIsOngoingAndAMissingValueNeverWorsens() {
    AlertRow was =
        before(
            Severity.YELLOW,
            AlertRule.PROJECTION,
            "new_urban_employment",
            "DISTRICT",
            "23000",
            "24000",
            State.NEW,
            AUGUST,
            1);
    assertEquals(
        false,
        AlertLifecycle.worsened(
            was,
            now(
                Severity.YELLOW,
                AlertRule.PROJECTION,
                "new_urban_employment",
                "DISTRICT",
                "23000.00",
                "24000")));
    assertTrue(
        AlertLifecycle.worsened(
            was,
            now(
                Severity.YELLOW,
                AlertRule.PROJECTION,
                "new_urban_employment",
                "DISTRICT",
                "22999",
                "24000")));
    assertEquals(
        false,
        AlertLifecycle.worsened(
            was,
            now(
                Severity.YELLOW,
                AlertRule.PROJECTION,
                "new_urban_employment",
                "DISTRICT",
                null,
                "24000")));
  }

  @Test
  void aSecondPreviousRowOfOneIdentityKeepsTheMoreSevereAndResolvesOnce() {
    List<AlertRow> august = new ArrayList<>();
    august.add(
        before(Severity.YELLOW, AlertRule.LAYOFF, null, "A 甲公司", "20", "20", State.NEW, AUGUST, 1));
    august.add(
        before(Severity.RED, AlertRule.LAYOFF, null, "A 甲公司", "60", "50", State.NEW, AUGUST, 1));
    List<AlertRow> out = AlertLifecycle.apply(List.of(), Optional.of(august), SEPTEMBER);
    assertEquals(
        List.of("2020-09 RED LAYOFF A 甲公司 RESOLVED 2020-08 1"),
        out.stream().map(AlertLifecycleTest::describe).toList());
  }

  // ---- issue 29: IMPROVED, moves below the report's precision, streaks from the series ----

  @Test
  void aValueBackTowardItsThresholdIsImprovedAndALowerSeverityToo() {
    AlertRow was =
        before(
            Severity.RED,
            AlertRule.RATE,
            "unemployed_follow_up_rate",
            "500118100 青峰镇",
            "0.90",
            "1",
            State.NEW,
            AUGUST,
            1);
    // red → yellow: 好转, not 持续
    AlertRow yellow =
        now(
            Severity.YELLOW,
            AlertRule.RATE,
            "unemployed_follow_up_rate",
            "500118100 青峰镇",
            "0.96",
            "1");
    assertEquals(State.IMPROVED, AlertLifecycle.change(was, yellow));
    // same severity, 90.0% → 91.2%: back toward 100%
    AlertRow better =
        now(
            Severity.RED,
            AlertRule.RATE,
            "unemployed_follow_up_rate",
            "500118100 青峰镇",
            "0.912",
            "1");
    assertEquals(State.IMPROVED, AlertLifecycle.change(was, better));
    List<AlertRow> out =
        AlertLifecycle.apply(List.of(better), Optional.of(List.of(was)), SEPTEMBER);
    assertEquals("2020-09 RED RATE 500118100 青峰镇 IMPROVED 2020-08 2", describe(out.get(0)));
    assertEquals("好转", State.IMPROVED.labelZh());
  }

  @Test
  void aMoveTooSmallToShowAtTheReportsPrecisionIsOngoing() {
    // the 97.1% → 97.1% (0.97087 → 0.97058): printed alike, so 持续, not 加重
    AlertRow was =
        before(
            Severity.YELLOW,
            AlertRule.RATE,
            "poverty_employment_rate",
            "DISTRICT",
            "0.97087",
            "1",
            State.NEW,
            AUGUST,
            1);
    AlertRow same =
        now(Severity.YELLOW, AlertRule.RATE, "poverty_employment_rate", "DISTRICT", "0.97058", "1");
    assertEquals(State.ONGOING, AlertLifecycle.change(was, same));
    // 97.1% → 97.0% shows: 加重; 97.1% → 97.2% shows: 好转
    assertEquals(
        State.WORSENED,
        AlertLifecycle.change(
            was,
            now(
                Severity.YELLOW,
                AlertRule.RATE,
                "poverty_employment_rate",
                "DISTRICT",
                "0.9704",
                "1")));
    assertEquals(
        State.IMPROVED,
        AlertLifecycle.change(
            was,
            now(
                Severity.YELLOW,
                AlertRule.RATE,
                "poverty_employment_rate",
                "DISTRICT",
                "0.9716",
                "1")));
    // counts move by whole units: a projection of 23,000.4 against 23,000 is the same 23,000人
    AlertRow projection =
        before(
            Severity.YELLOW,
            AlertRule.PROJECTION,
            "new_urban_employment",
            "DISTRICT",
            "23000",
            "24000",
            State.NEW,
            AUGUST,
            1);
    assertEquals(
        State.ONGOING,
        AlertLifecycle.change(
            projection,
            now(
                Severity.YELLOW,
                AlertRule.PROJECTION,
                "new_urban_employment",
                "DISTRICT",
                "22999.6",
                "24000")));
    assertEquals(new BigDecimal("0.001"), AlertLifecycle.precision(same));
    assertEquals(BigDecimal.ONE, AlertLifecycle.precision(projection));
  }

  @Test
  void aTargetAlertsStreakComesFromTheMonthEndSeriesEvenOnTheFirstRun() {
    // the follow-up rate missed 100% at every month-end January..September: "1—9月", 9 months,
    // although no alert was ever published (first run: NEW)
    List<org.employmentmonitor.model.IndicatorRow> rows = new ArrayList<>();
    for (int m = 1; m <= 9; m++) {
      rows.add(AlertFixtures.district(YearMonth.of(2020, m), "unemployed_follow_up_rate", "0.97"));
    }
    AlertRow a =
        now(Severity.YELLOW, AlertRule.RATE, "unemployed_follow_up_rate", "DISTRICT", "0.97", "1");
    SeriesStreaks series = SeriesStreaks.of(rows, SEPTEMBER, AlertFixtures.THRESHOLDS);
    List<AlertRow> out = AlertLifecycle.apply(List.of(a), Optional.empty(), SEPTEMBER, series);
    assertEquals("2020-09 YELLOW RATE DISTRICT NEW 2020-01 9", describe(out.get(0)));
    // met in June: the streak starts in July, 3 months, whatever the published alerts said
    rows.set(5, AlertFixtures.district(YearMonth.of(2020, 6), "unemployed_follow_up_rate", "1"));
    AlertRow was =
        before(
            Severity.YELLOW,
            AlertRule.RATE,
            "unemployed_follow_up_rate",
            "DISTRICT",
            "0.97",
            "1",
            State.NEW,
            AUGUST,
            1);
    out =
        AlertLifecycle.apply(
            List.of(a),
            Optional.of(List.of(was)),
            SEPTEMBER,
            SeriesStreaks.of(rows, SEPTEMBER, AlertFixtures.THRESHOLDS));
    assertEquals("2020-09 YELLOW RATE DISTRICT ONGOING 2020-07 3", describe(out.get(0)));
    // a rule without a series (a layoff) still counts from the published alerts
    AlertRow layoff = now(Severity.RED, AlertRule.LAYOFF, null, "91500118X 某公司", "60", "50");
    assertTrue(series.of(layoff).isEmpty());
  }

  @Test
  void targetAlertsStartAfreshInJanuary() {
    YearMonth december = YearMonth.of(2020, 12);
    YearMonth january = YearMonth.of(2021, 1);
    AlertRow decemberRate =
        raised(
                december,
                Severity.RED,
                AlertRule.RATE,
                "unemployed_follow_up_rate",
                "DISTRICT",
                "0.9",
                "1")
            .withLifecycle(State.ONGOING, YearMonth.of(2020, 1), 12);
    AlertRow decemberLayoff =
        raised(december, Severity.RED, AlertRule.LAYOFF, null, "91500118X 某公司", "60", "50")
            .withLifecycle(State.NEW, december, 1);
    AlertRow januaryRate =
        raised(
            january,
            Severity.RED,
            AlertRule.RATE,
            "unemployed_follow_up_rate",
            "DISTRICT",
            "0.9",
            "1");
    List<AlertRow> out =
        AlertLifecycle.apply(
            List.of(januaryRate), Optional.of(List.of(decemberRate, decemberLayoff)), january);
    assertEquals(2, out.size(), out.toString());
    assertEquals("2021-01 RED RATE DISTRICT NEW 2021-01 1", describe(out.get(0)));
    // the layoff, not a target alert, crosses the year and resolves; the December rate does not
    assertEquals("2021-01 RED LAYOFF 91500118X 某公司 RESOLVED 2020-12 1", describe(out.get(1)));
  }

  /** Task 62 rated at each month-end of 2020 from January to {@code ratings.length}. */
  private static List<org.employmentmonitor.tasks.TaskRow> task62(
      org.employmentmonitor.tasks.Rating... ratings) {
    List<org.employmentmonitor.tasks.TaskRow> rows = new ArrayList<>();
    int red = 0;
    int yellow = 0;
    for (int m = 1; m <= ratings.length; m++) {
      red += ratings[m - 1] == org.employmentmonitor.tasks.Rating.RED ? 1 : 0;
      yellow += ratings[m - 1] == org.employmentmonitor.tasks.Rating.YELLOW ? 1 : 0;
      rows.add(
          new org.employmentmonitor.tasks.TaskRow(
              YearMonth.of(2020, ratings.length),
              YearMonth.of(2020, m).atEndOfMonth(),
              62,
              "四",
              "就业资金和失业保险基金保障",
              List.of("区财政局"),
              java.time.LocalDate.of(2020, 12, 31),
              ratings[m - 1],
              List.of(),
              red,
              yellow,
              java.util.Map.of()));
    }
    return rows;
  }

  @Test
  void aTaskAlertsStreakComesFromTheTaskRatingsSoTheFirstRunSaysTheSame() {
    org.employmentmonitor.tasks.Rating n = org.employmentmonitor.tasks.Rating.NO_REPORT;
    org.employmentmonitor.tasks.Rating g = org.employmentmonitor.tasks.Rating.GREEN;
    org.employmentmonitor.tasks.Rating y = org.employmentmonitor.tasks.Rating.YELLOW;
    org.employmentmonitor.tasks.Rating r = org.employmentmonitor.tasks.Rating.RED;
    // green to June, YELLOW in July, RED in August, RED in September: the alert (either colour)
    // has lasted since July, 3 months, though months_red says 2
    AlertRow september = now(Severity.RED, AlertRule.TASK, null, "62 就业资金", "2", null);
    SeriesStreaks fromScratch =
        SeriesStreaks.of(List.of(), SEPTEMBER, AlertFixtures.THRESHOLDS)
            .withTasks(task62(n, n, g, g, g, g, y, r, r));
    List<AlertRow> first =
        AlertLifecycle.apply(List.of(september), Optional.empty(), SEPTEMBER, fromScratch);
    assertEquals("2020-09 RED TASK 62 就业资金 NEW 2020-07 3", describe(first.get(0)));
    // month by month: August published the alert as since July, 2 months (from its own series)
    AlertRow august =
        before(Severity.RED, AlertRule.TASK, null, "62 就业资金", "1", null, State.WORSENED, JULY, 2);
    List<AlertRow> monthly =
        AlertLifecycle.apply(
            List.of(september), Optional.of(List.of(august)), SEPTEMBER, fromScratch);
    assertEquals("2020-09 RED TASK 62 就业资金 ONGOING 2020-07 3", describe(monthly.get(0)));
    // even when August's published alert said otherwise (a run before this rule, counted from the
    // published alerts: since August, 1 month), the ratings decide
    AlertRow stale =
        before(Severity.RED, AlertRule.TASK, null, "62 就业资金", "1", null, State.NEW, AUGUST, 1);
    assertEquals(
        "2020-09 RED TASK 62 就业资金 ONGOING 2020-07 3",
        describe(
            AlertLifecycle.apply(
                    List.of(september), Optional.of(List.of(stale)), SEPTEMBER, fromScratch)
                .get(0)));
    // a month rated GREEN ends the streak: RED in September after a green August is 1 month
    SeriesStreaks afterGreen =
        SeriesStreaks.of(List.of(), SEPTEMBER, AlertFixtures.THRESHOLDS)
            .withTasks(task62(n, n, g, g, g, g, y, g, r));
    assertEquals(
        "2020-09 RED TASK 62 就业资金 NEW 2020-09 1",
        describe(
            AlertLifecycle.apply(List.of(september), Optional.empty(), SEPTEMBER, afterGreen)
                .get(0)));
  }

  @Test
  void taskAlertsStartAfreshInJanuaryLikeTargetAlerts() {
    YearMonth december = YearMonth.of(2020, 12);
    YearMonth january = YearMonth.of(2021, 1);
    AlertRow decemberTask =
        raised(december, Severity.RED, AlertRule.TASK, null, "62 就业资金", "5", null)
            .withLifecycle(State.ONGOING, YearMonth.of(2020, 8), 5);
    // January's document is rated afresh: neither continued nor resolved by January's alerts
    List<AlertRow> out =
        AlertLifecycle.apply(List.of(), Optional.of(List.of(decemberTask)), january);
    assertTrue(out.isEmpty(), out.toString());
    AlertRow januaryTask =
        raised(january, Severity.YELLOW, AlertRule.TASK, null, "62 就业资金", "1", null);
    out = AlertLifecycle.apply(List.of(januaryTask), Optional.of(List.of(decemberTask)), january);
    assertEquals("2021-01 YELLOW TASK 62 就业资金 NEW 2021-01 1", describe(out.get(0)));
  }
}
