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
            // RED → YELLOW: severity fell, ONGOING
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
            "2020-09 YELLOW RATE T1 甲镇 ONGOING 2020-08 2",
            "2020-09 YELLOW RATE T2 乙镇 WORSENED 2020-08 2",
            "2020-09 RED CEILING DISTRICT WORSENED 2020-08 2",
            "2020-09 YELLOW INSURED_DROP T3 丙镇 ONGOING 2020-07 3",
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
}
