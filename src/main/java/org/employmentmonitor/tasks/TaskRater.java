package org.employmentmonitor.tasks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.employmentmonitor.config.DocumentTask;
import org.employmentmonitor.config.TaskRegister;
import org.employmentmonitor.model.Status;

/**
 * The rating of SPEC 4.7 and 9 "Tasks", pure Java: every task of the register at every month-end
 * from January to P, each from its lead units' reports in that month's own folder and the one
 * before, and the status of its linked indicators at that month-end. Rating the whole year in one
 * pass is what makes {@code months_red}, {@code months_yellow}, "RED at P−1 → YELLOW" and "DONE
 * stays DONE" need no earlier run, so a month-by-month run equals a run from scratch.
 *
 * <p>The rules, in order: DONE (every lead unit reports DONE, then for the rest of the year); RED
 * (past the due date; a lead unit BEHIND in P and P−1; a lead unit without a report in P nor P−1; a
 * linked indicator BEHIND or BREACHED); YELLOW (a lead unit BEHIND in P, NOT_STARTED with three
 * months or less to the due date, or without a report in P; a linked indicator AT_RISK; RED at P−1
 * of the same year); else GREEN. Before the year's first task_progress delivery every task is
 * NO_REPORT. A rating's reasons are those of its own colour, in the rules' order, each rule's units
 * in the register's order.
 */
public final class TaskRater {
  private TaskRater() {}

  /** Three months or less to the due date (SPEC 9: month(due) − month(P) ≤ 3). */
  static final int NEAR_DUE_MONTHS = 3;

  /**
   * Rates every task at every month-end from January of {@code period}'s year to {@code period}.
   *
   * @param reports the month folders' reports, December of the year before included (January's
   *     P−1); a month absent from the map had no delivery
   * @return month → one rating per task of the register, in task order
   */
  public static Map<YearMonth, List<TaskRating>> rateYear(
      TaskRegister register,
      YearMonth period,
      Map<YearMonth, MonthReports> reports,
      LinkedIndicators indicators) {
    int year = period.getYear();
    Map<YearMonth, List<TaskRating>> out = new TreeMap<>();
    Map<Integer, Rating> previous = new HashMap<>();
    Map<Integer, int[]> counts = new HashMap<>();
    boolean rated = false;
    for (YearMonth m = YearMonth.of(year, 1); !m.isAfter(period); m = m.plusMonths(1)) {
      MonthReports cur = reports.getOrDefault(m, MonthReports.none(m));
      MonthReports prev =
          reports.getOrDefault(m.minusMonths(1), MonthReports.none(m.minusMonths(1)));
      rated |= cur.delivered();
      List<TaskRating> ratings = new ArrayList<>();
      for (DocumentTask t : register.tasks()) {
        Map<String, ReportedStatus> reported = new LinkedHashMap<>();
        t.leadUnits().forEach(u -> reported.put(u, cur.status(t.number(), u)));
        Rating was = previous.get(t.number());
        Rating rating;
        List<String> reasons = new ArrayList<>();
        if (!rated) {
          rating = Rating.NO_REPORT;
        } else if (was == Rating.DONE || allDone(reported)) {
          rating = Rating.DONE;
        } else {
          reasons.addAll(redReasons(t, m, cur, prev, indicators));
          if (!reasons.isEmpty()) {
            rating = Rating.RED;
          } else {
            reasons.addAll(yellowReasons(t, m, cur, was, indicators));
            rating = reasons.isEmpty() ? Rating.GREEN : Rating.YELLOW;
          }
        }
        int[] c = counts.computeIfAbsent(t.number(), k -> new int[2]);
        if (rating == Rating.RED) {
          c[0]++;
        } else if (rating == Rating.YELLOW) {
          c[1]++;
        }
        previous.put(t.number(), rating);
        ratings.add(
            new TaskRating(t.number(), m.atEndOfMonth(), rating, reasons, c[0], c[1], reported));
      }
      out.put(m, List.copyOf(ratings));
    }
    return out;
  }

  private static boolean allDone(Map<String, ReportedStatus> reported) {
    return reported.values().stream().allMatch(s -> s == ReportedStatus.DONE);
  }

  private static List<String> redReasons(
      DocumentTask t,
      YearMonth m,
      MonthReports cur,
      MonthReports prev,
      LinkedIndicators indicators) {
    List<String> out = new ArrayList<>();
    LocalDate due = t.dueIn(m.getYear());
    if (m.atEndOfMonth().isAfter(due)) {
      out.add("已过完成时限 " + due + " 仍未完成");
    }
    for (String u : t.leadUnits()) {
      if (cur.status(t.number(), u) == ReportedStatus.BEHIND
          && prev.status(t.number(), u) == ReportedStatus.BEHIND) {
        out.add(u + " 连续两月报告滞后");
      }
    }
    for (String u : t.leadUnits()) {
      if (cur.status(t.number(), u) == null && prev.status(t.number(), u) == null) {
        out.add(u + " 连续两月未报送");
      }
    }
    for (String id : t.indicatorIds()) {
      Status s = indicators.status(id, m.atEndOfMonth());
      if (s == Status.BEHIND || s == Status.BREACHED) {
        out.add("关联指标 " + indicators.name(id) + " " + s.labelZh());
      }
    }
    return out;
  }

  private static List<String> yellowReasons(
      DocumentTask t, YearMonth m, MonthReports cur, Rating was, LinkedIndicators indicators) {
    List<String> out = new ArrayList<>();
    for (String u : t.leadUnits()) {
      if (cur.status(t.number(), u) == ReportedStatus.BEHIND) {
        out.add(u + " 报告滞后");
      }
    }
    YearMonth due = YearMonth.from(t.dueIn(m.getYear()));
    boolean nearDue =
        due.getYear() * 12L + due.getMonthValue() - (m.getYear() * 12L + m.getMonthValue())
            <= NEAR_DUE_MONTHS;
    for (String u : t.leadUnits()) {
      if (nearDue && cur.status(t.number(), u) == ReportedStatus.NOT_STARTED) {
        out.add(u + " 尚未启动，距完成时限三个月以内");
      }
    }
    for (String u : t.leadUnits()) {
      if (cur.status(t.number(), u) == null) {
        out.add(u + " 本月未报送");
      }
    }
    for (String id : t.indicatorIds()) {
      if (indicators.status(id, m.atEndOfMonth()) == Status.AT_RISK) {
        out.add("关联指标 " + indicators.name(id) + " " + Status.AT_RISK.labelZh());
      }
    }
    if (was == Rating.RED) {
      out.add("上月红色督办，本月观察");
    }
    return out;
  }
}
