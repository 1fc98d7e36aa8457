package org.employmentmonitor.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.employmentmonitor.tasks.Rating;
import org.employmentmonitor.tasks.TaskRow;

/**
 * 重点任务推进情况 (SPEC 4.7, issue 28): the document's tasks as rated for P — the counts by colour per
 * lead unit, every red and yellow task with its reasons, the tasks done — and, as pages of the
 * report's attachment, one printable 督办单 per lead unit with a red or yellow task (docs/report.md).
 * Nothing when the run has no task table (the tasks step did not run).
 */
final class TaskSection {
  private TaskSection() {}

  /** The day of the month after P by which a unit answers its 督办单 (docs/report.md). */
  static final int ANSWER_DAY = 10;

  static void write(Html h, ReportData d) {
    List<TaskRow> tasks = d.tasks();
    if (tasks.isEmpty()) {
      return;
    }
    h.raw("<section id=\"tasks\"><h2>重点任务推进情况</h2>");
    if (tasks.stream().allMatch(t -> t.rating() == Rating.NO_REPORT)) {
      h.el(
          "p",
          "lede",
          d.period().getYear()
              + "年尚未收到各牵头单位的重点任务进展报送（重点任务进展），"
              + tasks.size()
              + "项任务均未评级。请各牵头单位按月报送。");
      h.raw("</section>");
      return;
    }
    h.el("p", "lede", counts(tasks));
    byUnit(h, tasks);
    watched(h, tasks);
    List<String> done = new ArrayList<>();
    for (TaskRow t : tasks) {
      if (t.rating() == Rating.DONE) {
        done.add("任务" + t.taskNo() + " " + t.title() + "（" + String.join("、", t.leadUnits()) + "）");
      }
    }
    h.raw("<h3>已完成任务</h3>");
    h.el("p", "", done.isEmpty() ? "暂无。" : String.join("；", done) + "。");
    h.raw("</section>");
  }

  /** "67项任务中：红色督办5项、黄色关注3项、正常推进58项、已完成1项。" */
  static String counts(List<TaskRow> tasks) {
    Map<Rating, Integer> n = new EnumMap<>(Rating.class);
    tasks.forEach(t -> n.merge(t.rating(), 1, Integer::sum));
    return tasks.size()
        + "项任务中：红色督办"
        + n.getOrDefault(Rating.RED, 0)
        + "项、黄色关注"
        + n.getOrDefault(Rating.YELLOW, 0)
        + "项、正常推进"
        + n.getOrDefault(Rating.GREEN, 0)
        + "项、已完成"
        + n.getOrDefault(Rating.DONE, 0)
        + "项。";
  }

  /**
   * The opening's sentences on the red tasks (SummarySection): one per red task, e.g.
   * "任务22（优化营商环境、新增市场主体，区发展改革委）红色督办：区发展改革委 连续两月报告滞后". Empty when none.
   */
  static List<String> redSentences(ReportData d) {
    List<String> out = new ArrayList<>();
    for (TaskRow t : d.tasks()) {
      if (t.rating() == Rating.RED) {
        out.add(
            "任务"
                + t.taskNo()
                + "（"
                + t.title()
                + "，"
                + String.join("、", t.leadUnits())
                + "）红色督办："
                + t.reasonsText());
      }
    }
    return out;
  }

  /** True when the run rated the tasks: the opening then has its 重点任务 paragraph. */
  static boolean rated(ReportData d) {
    List<TaskRow> tasks = d.tasks();
    return !tasks.isEmpty() && !tasks.stream().allMatch(t -> t.rating() == Rating.NO_REPORT);
  }

  /**
   * The opening's paragraph: the counts and the red tasks; nothing without rated tasks. The red
   * tasks are written here only: the opening's red list leaves the TASK alerts out (issue 29: each
   * red item once in the 正文).
   */
  static void opening(Html h, ReportData d) {
    if (!rated(d)) {
      return;
    }
    List<TaskRow> tasks = d.tasks();
    h.raw("<p class=\"tasks-lede\"><b>重点任务：</b>").text(counts(tasks)).raw("</p>");
    List<String> red = redSentences(d);
    if (!red.isEmpty()) {
      h.raw("<ul class=\"red-tasks\">");
      red.forEach(s -> h.el("li", "", s));
      h.raw("</ul>");
    }
  }

  private record UnitCounts(String unit, int[] n) {}

  private static void byUnit(Html h, List<TaskRow> tasks) {
    Map<String, int[]> units = new LinkedHashMap<>();
    for (TaskRow t : tasks) {
      for (String u : t.leadUnits()) {
        int[] n = units.computeIfAbsent(u, k -> new int[6]);
        n[0]++;
        switch (t.rating()) {
          case RED -> n[1]++;
          case YELLOW -> n[2]++;
          case GREEN -> n[3]++;
          case DONE -> n[4]++;
          default -> {}
        }
        if (t.reported().get(u) == null && t.rating() != Rating.DONE) {
          n[5]++;
        }
      }
    }
    List<UnitCounts> rows = new ArrayList<>();
    units.forEach((u, n) -> rows.add(new UnitCounts(u, n)));
    rows.sort(
        Comparator.comparingInt((UnitCounts r) -> -r.n()[1]).thenComparingInt(r -> -r.n()[2]));
    h.raw("<h3>各牵头单位任务评级</h3>");
    h.raw("<div class=\"scroll\"><table class=\"grid tasks-by-unit\">");
    h.head("牵头单位", "牵头任务", "红色督办", "黄色关注", "正常推进", "已完成", "本月未报送");
    h.raw("<tbody>");
    for (UnitCounts r : rows) {
      int[] n = r.n();
      h.raw("<tr>").el("td", "", r.unit()).el("td", "num", Integer.toString(n[0]));
      h.el("td", "num" + (n[1] > 0 ? " c-bad" : ""), Integer.toString(n[1]));
      h.el("td", "num" + (n[2] > 0 ? " c-warn" : ""), Integer.toString(n[2]));
      h.el("td", "num", Integer.toString(n[3])).el("td", "num", Integer.toString(n[4]));
      h.el("td", "num", Integer.toString(n[5])).raw("</tr>");
    }
    h.raw("</tbody></table></div>");
  }

  private static void watched(Html h, List<TaskRow> tasks) {
    List<TaskRow> rows =
        tasks.stream()
            .filter(t -> t.rating() == Rating.RED || t.rating() == Rating.YELLOW)
            .sorted(Comparator.comparing((TaskRow t) -> t.rating() == Rating.RED ? 0 : 1))
            .toList();
    h.raw("<h3>红色督办、黄色关注任务</h3>");
    if (rows.isEmpty()) {
      h.el("p", "", "本月无红色督办、黄色关注任务。");
      return;
    }
    h.raw("<div class=\"scroll\"><table class=\"grid tasks-watched\">");
    h.head("任务", "牵头单位", "评级", "原因", "本年红色/黄色月数", "完成时限");
    h.raw("<tbody>");
    for (TaskRow t : rows) {
      h.raw("<tr>").el("td", "", t.taskNo() + " " + t.title());
      h.el("td", "", String.join("、", t.leadUnits()));
      h.raw("<td>").el("span", "chip " + chip(t.rating()), t.rating().labelZh()).raw("</td>");
      h.el("td", "", t.reasonsText());
      h.el("td", "num", t.monthsRed() + " / " + t.monthsYellow());
      h.el("td", "", t.dueDate().toString()).raw("</tr>");
    }
    h.raw("</tbody></table></div>");
  }

  private static String chip(Rating r) {
    return r == Rating.RED ? "sev-red" : "sev-yellow";
  }

  /**
   * The 督办单 (attachment pages, one per lead unit with a red or yellow task, each starting a new
   * printed page): the unit's red and yellow tasks with reasons, the months of the year rated so,
   * and what is expected by when — a written answer by the {@value #ANSWER_DAY}th of the next
   * month, the task done by its due date.
   */
  static void notices(Html h, ReportData d) {
    Map<String, List<TaskRow>> byUnit = new LinkedHashMap<>();
    for (TaskRow t : d.tasks()) {
      if (t.rating() == Rating.RED || t.rating() == Rating.YELLOW) {
        t.leadUnits().forEach(u -> byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(t));
      }
    }
    if (byUnit.isEmpty()) {
      return;
    }
    YearMonth next = d.period().plusMonths(1);
    String answerBy = next.getYear() + "年" + next.getMonthValue() + "月" + ANSWER_DAY + "日";
    int i = 0;
    for (Map.Entry<String, List<TaskRow>> e : byUnit.entrySet()) {
      i++;
      h.raw("<section class=\"notice\" id=\"notice-" + i + "\">");
      h.el("div", "issuer", d.config().districtName() + "就业工作领导小组办公室");
      h.el("h2", "", "重点任务督办单");
      h.el("p", "notice-no", d.period() + " 第" + i + "号");
      h.raw("<p><b>").text(e.getKey()).raw("：</b></p>");
      h.el(
          "p",
          "",
          "根据"
              + d.period().getYear()
              + "年"
              + d.period().getMonthValue()
              + "月重点任务进展报送和相关指标监测，贵单位牵头的以下任务被列为红色督办或黄色关注，请抓紧推进。");
      h.raw("<table class=\"grid notice-tasks\">");
      h.head("任务", "评级", "原因", "本年红色/黄色月数", "完成时限");
      h.raw("<tbody>");
      for (TaskRow t : e.getValue()) {
        h.raw("<tr>").el("td", "", t.taskNo() + " " + t.title());
        h.el("td", "", t.rating().labelZh()).el("td", "", t.reasonsText());
        h.el("td", "num", t.monthsRed() + "个月 / " + t.monthsYellow() + "个月");
        h.el("td", "", t.dueDate().toString()).raw("</tr>");
      }
      h.raw("</tbody></table>");
      h.el(
          "p",
          "",
          "请于" + answerBy + "前将整改措施和进展书面报送区就业工作领导小组办公室（区人力社保局），并在下月重点任务进展中如实报送；各项任务须在完成时限内完成。");
      h.raw("</section>");
    }
  }
}
