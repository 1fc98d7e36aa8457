package org.employmentmonitor.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.employmentmonitor.config.DocumentTask;
import org.employmentmonitor.config.TaskRegister;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;
import org.employmentmonitor.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * SPEC 4.7 and 9 "Tasks", rule by rule, on a register of three tasks computed by hand: task 1 led
 * by 甲局 (due 31 December), task 2 led by 甲局 and 乙委 and measured by indicator x, task 3 led by 乙委
 * and due 2020-06-30.
 */
class TaskRaterTest {
  static final String A = "甲局";
  static final String B = "乙委";
  static final TaskRegister REGISTER =
      new TaskRegister(
          List.of(
              new DocumentTask(1, "一", "任务一", List.of(A), List.of(), null, List.of()),
              new DocumentTask(2, "一", "任务二", List.of(A, B), List.of("丙办"), null, List.of("x")),
              new DocumentTask(
                  3, "二", "任务三", List.of(B), List.of(), LocalDate.of(2020, 6, 30), List.of())),
          "test");

  /** Reports by month: each month a delivery in which every lead unit reports ON_SCHEDULE. */
  private final Map<YearMonth, Map<Integer, Map<String, ReportedStatus>>> months = new HashMap<>();

  private final List<IndicatorRow> indicatorRows = new ArrayList<>();

  private void deliverOnSchedule(int fromMonth, int toMonth) {
    for (int m = fromMonth; m <= toMonth; m++) {
      Map<Integer, Map<String, ReportedStatus>> r = month(m);
      r.put(1, new HashMap<>(Map.of(A, ReportedStatus.ON_SCHEDULE)));
      r.put(2, new HashMap<>(Map.of(A, ReportedStatus.ON_SCHEDULE, B, ReportedStatus.ON_SCHEDULE)));
      r.put(3, new HashMap<>(Map.of(B, ReportedStatus.ON_SCHEDULE)));
    }
  }

  private Map<Integer, Map<String, ReportedStatus>> month(int m) {
    return months.computeIfAbsent(YearMonth.of(2020, m), k -> new HashMap<>());
  }

  private void report(int m, int task, String unit, ReportedStatus s) {
    month(m).computeIfAbsent(task, k -> new HashMap<>()).put(unit, s);
  }

  private void noReport(int m, int task, String unit) {
    month(m).get(task).remove(unit);
  }

  private void indicator(int m, Status s) {
    indicatorRows.add(
        new IndicatorRow(
            YearMonth.of(2020, 9),
            YearMonth.of(2020, m).atEndOfMonth(),
            "x",
            "新增市场主体",
            Scope.DISTRICT,
            "",
            "全区",
            null,
            null,
            null,
            Unit.ENTITIES,
            null,
            null,
            null,
            null,
            null,
            s,
            A));
  }

  private Map<YearMonth, List<TaskRating>> rate(int toMonth) {
    Map<YearMonth, MonthReports> reports = new HashMap<>();
    months.forEach((m, r) -> reports.put(m, new MonthReports(m, true, r)));
    return TaskRater.rateYear(
        REGISTER, YearMonth.of(2020, toMonth), reports, new LinkedIndicators(indicatorRows));
  }

  private static TaskRating at(Map<YearMonth, List<TaskRating>> r, int m, int task) {
    return r.get(YearMonth.of(2020, m)).get(task - 1);
  }

  @Test
  void withoutAnyReportThisYearNoTaskIsRated() {
    // December of the year before was delivered: it is no report of this year.
    months.put(YearMonth.of(2019, 12), new HashMap<>(Map.of(1, Map.of(A, ReportedStatus.BEHIND))));
    Map<YearMonth, List<TaskRating>> r = rate(9);
    for (int m = 1; m <= 9; m++) {
      for (int t = 1; t <= 3; t++) {
        TaskRating x = at(r, m, t);
        assertEquals(Rating.NO_REPORT, x.rating());
        assertEquals(List.of(), x.reasons());
        assertEquals(0, x.monthsRed() + x.monthsYellow());
      }
    }
  }

  @Test
  void everyUnitOnScheduleIsGreen() {
    deliverOnSchedule(1, 3);
    TaskRating x = at(rate(3), 3, 2);
    assertEquals(Rating.GREEN, x.rating());
    assertEquals(List.of(), x.reasons());
    assertEquals(
        Map.of(A, ReportedStatus.ON_SCHEDULE, B, ReportedStatus.ON_SCHEDULE), x.reported());
  }

  @Test
  void pastItsDueDateAndNotDoneIsRed() {
    deliverOnSchedule(1, 7);
    Map<YearMonth, List<TaskRating>> r = rate(7);
    assertEquals(Rating.GREEN, at(r, 6, 3).rating()); // 30 June is not after the due date
    TaskRating july = at(r, 7, 3);
    assertEquals(Rating.RED, july.rating());
    assertEquals(List.of("已过完成时限 2020-06-30 仍未完成"), july.reasons());
    assertEquals(1, july.monthsRed());
  }

  @Test
  void behindTwoMonthsRunningIsRedAndOneMonthYellow() {
    deliverOnSchedule(1, 9);
    report(8, 1, A, ReportedStatus.BEHIND);
    report(9, 1, A, ReportedStatus.BEHIND);
    Map<YearMonth, List<TaskRating>> r = rate(9);
    TaskRating aug = at(r, 8, 1);
    assertEquals(Rating.YELLOW, aug.rating());
    assertEquals(List.of("甲局 报告滞后"), aug.reasons());
    TaskRating sep = at(r, 9, 1);
    assertEquals(Rating.RED, sep.rating());
    assertEquals(List.of("甲局 连续两月报告滞后"), sep.reasons());
    assertEquals(1, sep.monthsRed());
    assertEquals(1, sep.monthsYellow());
  }

  @Test
  void noReportInPNorPMinusOneIsRedAndAMonthWithoutDeliveryCounts() {
    deliverOnSchedule(1, 9);
    noReport(8, 2, B);
    noReport(9, 2, B);
    Map<YearMonth, List<TaskRating>> r = rate(9);
    assertEquals(List.of("乙委 本月未报送"), at(r, 8, 2).reasons());
    assertEquals(Rating.YELLOW, at(r, 8, 2).rating());
    assertEquals(Rating.RED, at(r, 9, 2).rating());
    assertEquals(List.of("乙委 连续两月未报送"), at(r, 9, 2).reasons());

    // October's folder holds no task_progress: no unit reported; with September's report task 1
    // is YELLOW, without one in October nor November RED.
    Map<YearMonth, List<TaskRating>> later = rate(11);
    assertEquals(Rating.YELLOW, at(later, 10, 1).rating());
    assertEquals(List.of("甲局 本月未报送"), at(later, 10, 1).reasons());
    assertEquals(Rating.RED, at(later, 11, 1).rating());
    assertEquals(List.of("甲局 连续两月未报送", "乙委 连续两月未报送"), at(later, 11, 2).reasons());
  }

  @Test
  void notStartedIsYellowOnlyWithThreeMonthsOrLessToTheDueDate() {
    deliverOnSchedule(1, 9);
    report(8, 1, A, ReportedStatus.NOT_STARTED);
    report(9, 1, A, ReportedStatus.NOT_STARTED);
    Map<YearMonth, List<TaskRating>> r = rate(9);
    assertEquals(Rating.GREEN, at(r, 8, 1).rating()); // December − August = 4
    assertEquals(Rating.YELLOW, at(r, 9, 1).rating()); // December − September = 3
    assertEquals(List.of("甲局 尚未启动，距完成时限三个月以内"), at(r, 9, 1).reasons());
  }

  @Test
  void aRedTaskThatWouldBeGreenIsYellowForOneMonth() {
    deliverOnSchedule(1, 11);
    report(8, 1, A, ReportedStatus.BEHIND);
    report(9, 1, A, ReportedStatus.BEHIND);
    Map<YearMonth, List<TaskRating>> r = rate(11);
    TaskRating oct = at(r, 10, 1);
    assertEquals(Rating.YELLOW, oct.rating());
    assertEquals(List.of("上月红色督办，本月观察"), oct.reasons());
    TaskRating nov = at(r, 11, 1);
    assertEquals(Rating.GREEN, nov.rating());
    assertEquals(1, nov.monthsRed());
    assertEquals(2, nov.monthsYellow()); // August and October
  }

  @Test
  void allLeadUnitsDoneIsDoneForTheRestOfTheYearWhateverLaterReportsSay() {
    deliverOnSchedule(1, 12);
    report(5, 2, A, ReportedStatus.DONE); // only one of two lead units: not done
    report(6, 2, A, ReportedStatus.DONE);
    report(6, 2, B, ReportedStatus.DONE);
    report(7, 2, A, ReportedStatus.BEHIND);
    noReport(8, 2, B);
    noReport(9, 2, B);
    report(6, 3, B, ReportedStatus.DONE); // done by its due date: never past due
    Map<YearMonth, List<TaskRating>> r = rate(12);
    assertEquals(Rating.GREEN, at(r, 5, 2).rating());
    for (int m = 6; m <= 12; m++) {
      assertEquals(Rating.DONE, at(r, m, 2).rating(), "month " + m);
      assertEquals(Rating.DONE, at(r, m, 3).rating(), "month " + m);
    }
    assertEquals(0, at(r, 12, 2).monthsRed() + at(r, 12, 2).monthsYellow());
  }

  @Test
  void aLinkedIndicatorBehindIsRedAtRiskYellowAndWithoutTargetNothing() {
    deliverOnSchedule(1, 9);
    indicator(7, Status.NO_TARGET);
    indicator(8, Status.AT_RISK);
    indicator(9, Status.BEHIND);
    Map<YearMonth, List<TaskRating>> r = rate(9);
    assertEquals(Rating.GREEN, at(r, 7, 2).rating());
    assertEquals(List.of("关联指标 新增市场主体 进度滞后"), at(r, 8, 2).reasons());
    assertEquals(Rating.YELLOW, at(r, 8, 2).rating());
    assertEquals(List.of("关联指标 新增市场主体 严重滞后"), at(r, 9, 2).reasons());
    assertEquals(Rating.RED, at(r, 9, 2).rating());
  }

  @Test
  void reasonsFollowTheOrderOfTheRules() {
    deliverOnSchedule(1, 7);
    noReport(6, 3, B);
    noReport(7, 3, B);
    report(6, 2, A, ReportedStatus.BEHIND);
    report(7, 2, A, ReportedStatus.BEHIND);
    noReport(6, 2, B);
    noReport(7, 2, B);
    indicator(7, Status.BREACHED);
    Map<YearMonth, List<TaskRating>> r = rate(7);
    assertEquals(List.of("已过完成时限 2020-06-30 仍未完成", "乙委 连续两月未报送"), at(r, 7, 3).reasons());
    assertEquals(List.of("甲局 连续两月报告滞后", "乙委 连续两月未报送", "关联指标 新增市场主体 超出上限"), at(r, 7, 2).reasons());
    // June: only this month's facts, YELLOW's own reasons in rule order.
    assertEquals(List.of("甲局 报告滞后", "乙委 本月未报送"), at(r, 6, 2).reasons());
  }

  @Test
  void januaryLooksBackToDecemberOfTheYearBefore() {
    deliverOnSchedule(1, 1);
    months.put(YearMonth.of(2019, 12), new HashMap<>(Map.of(1, Map.of(A, ReportedStatus.BEHIND))));
    report(1, 1, A, ReportedStatus.BEHIND);
    noReport(1, 3, B);
    Map<YearMonth, List<TaskRating>> r = rate(1);
    assertEquals(List.of("甲局 连续两月报告滞后"), at(r, 1, 1).reasons());
    assertEquals(List.of("乙委 连续两月未报送"), at(r, 1, 3).reasons());
  }

  @Test
  void theYearsFirstDeliveryInMarchRatesFromMarchWithFebruaryAMonthWithoutReports() {
    // January and February: no task_progress folder at all → NO_REPORT. March is the first
    // delivery: 乙委 sends nothing on task 3 in March, and February (no folder) had no report from
    // any unit → "no report in P nor in P−1" → RED; task 1 (甲局 ON_SCHEDULE in March) → GREEN,
    // February's missing folder does not matter when P has the report (SPEC 9 "Tasks").
    deliverOnSchedule(3, 4);
    noReport(3, 3, B);
    Map<YearMonth, List<TaskRating>> r = rate(4);
    for (int m = 1; m <= 2; m++) {
      for (int t = 1; t <= 3; t++) {
        assertEquals(Rating.NO_REPORT, at(r, m, t).rating(), "month " + m + " task " + t);
      }
    }
    assertEquals(Rating.GREEN, at(r, 3, 1).rating());
    assertEquals(Rating.RED, at(r, 3, 3).rating());
    assertEquals(List.of("乙委 连续两月未报送"), at(r, 3, 3).reasons());
    // April: 乙委 reports again → would be GREEN, but RED at P−1 → YELLOW; months counted from March.
    TaskRating apr = at(r, 4, 3);
    assertEquals(Rating.YELLOW, apr.rating());
    assertEquals(List.of("上月红色督办，本月观察"), apr.reasons());
    assertEquals(1, apr.monthsRed());
    assertEquals(1, apr.monthsYellow());
  }

  @Test
  void doneComesBeforeEveryOtherRuleEvenPastTheDueDate() {
    // Task 3 is due 2020-06-30: July's month-end is after it → RED (months_red 1). In August 乙委
    // reports DONE: DONE before the past-due rule, and for the rest of the year although September
    // says BEHIND and October has no report. months_red stays 1, months_yellow 0.
    deliverOnSchedule(1, 9);
    report(8, 3, B, ReportedStatus.DONE);
    report(9, 3, B, ReportedStatus.BEHIND);
    Map<YearMonth, List<TaskRating>> r = rate(10);
    assertEquals(Rating.RED, at(r, 7, 3).rating());
    for (int m = 8; m <= 10; m++) {
      assertEquals(Rating.DONE, at(r, m, 3).rating(), "month " + m);
      assertEquals(List.of(), at(r, m, 3).reasons());
    }
    assertEquals(1, at(r, 10, 3).monthsRed());
    assertEquals(0, at(r, 10, 3).monthsYellow());
  }

  @Test
  void aLinkedIndicatorNotAvailableDoesNotAffectTheRating() {
    // SPEC 9: NOT_AVAILABLE (like no target) leaves task 2 GREEN; a month-end missing from the
    // indicator table (August) likewise.
    deliverOnSchedule(1, 9);
    indicator(7, Status.NOT_AVAILABLE);
    indicator(9, Status.MET);
    Map<YearMonth, List<TaskRating>> r = rate(9);
    for (int m = 7; m <= 9; m++) {
      assertEquals(Rating.GREEN, at(r, m, 2).rating(), "month " + m);
    }
  }
}
