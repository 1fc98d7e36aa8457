package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.employmentmonitor.tasks.Rating;
import org.employmentmonitor.tasks.ReportedStatus;
import org.employmentmonitor.tasks.TaskRow;
import org.junit.jupiter.api.Test;

/** 重点任务推进情况, the opening's red tasks and the 督办单 pages (issue 28) from hand-made task rows. */
class TaskSectionTest {
  static final YearMonth P = YearMonth.of(2020, 9);

  static TaskRow row(
      int no, String title, List<String> leads, Rating r, List<String> reasons, int red, int yel) {
    Map<String, ReportedStatus> reported = new LinkedHashMap<>();
    leads.forEach(u -> reported.put(u, r == Rating.DONE ? ReportedStatus.DONE : null));
    return new TaskRow(
        P,
        P.atEndOfMonth(),
        no,
        "一",
        title,
        leads,
        LocalDate.of(2020, 12, 31),
        r,
        reasons,
        red,
        yel,
        reported);
  }

  static final List<TaskRow> TASKS =
      List.of(
          row(
              2,
              "普惠金融",
              List.of("人行永川中心支行", "永川银保监分局"),
              Rating.RED,
              List.of("人行永川中心支行 连续两月未报送", "永川银保监分局 连续两月未报送"),
              2,
              0),
          row(6, "降低成本", List.of("区发展改革委", "区商务委"), Rating.YELLOW, List.of("区商务委 本月未报送"), 0, 1),
          row(22, "新增市场主体", List.of("区发展改革委"), Rating.RED, List.of("区发展改革委 连续两月报告滞后"), 1, 1),
          row(47, "急需紧缺职业目录发布", List.of("区人力社保局"), Rating.DONE, List.of(), 0, 0),
          row(48, "失业登记", List.of("区人力社保局"), Rating.GREEN, List.of(), 0, 0));

  static ReportData data(List<TaskRow> tasks) {
    ReportData d = ReportFixtures.data();
    return new ReportData(
        d.period(), d.config(), d.indicators(), d.alerts(), d.quality(), d.towns(), d.run(), tasks);
  }

  @Test
  void theCountsAndTheRedTasksReachTheOpening() {
    ReportData d = data(TASKS);
    assertEquals("5项任务中：红色督办2项、黄色关注1项、正常推进1项、已完成1项。", TaskSection.counts(TASKS));
    assertEquals(
        List.of(
            "任务2（普惠金融，人行永川中心支行、永川银保监分局）红色督办：人行永川中心支行 连续两月未报送；永川银保监分局 连续两月未报送",
            "任务22（新增市场主体，区发展改革委）红色督办：区发展改革委 连续两月报告滞后"),
        TaskSection.redSentences(d));
    String html = HtmlReport.render(d);
    int summary = html.indexOf("id=\"summary\"");
    int red = html.indexOf("任务22（新增市场主体，区发展改革委）红色督办");
    assertTrue(
        summary > 0 && red > summary && red < html.indexOf("id=\"targets\""), "in the opening");
  }

  @Test
  void theSectionCountsByUnitListsRedAndYellowAndTheDone() {
    Html h = new Html();
    TaskSection.write(h, data(TASKS));
    String s = h.toString();
    assertTrue(s.contains("<h2>重点任务推进情况</h2>"));
    // 区发展改革委 leads task 6 (yellow) and 22 (red): first row, 2 tasks, 1 red, 1 yellow.
    assertTrue(
        s.contains(
            "<tr><td>区发展改革委</td><td class=\"num\">2</td><td class=\"num c-bad\">1</td>"
                + "<td class=\"num c-warn\">1</td>"),
        s);
    assertTrue(s.indexOf("<td>区发展改革委</td>") < s.indexOf("<td>区人力社保局</td>"));
    assertTrue(s.contains("<td>区商务委 本月未报送</td>"));
    assertTrue(s.contains("任务47 急需紧缺职业目录发布（区人力社保局）。"));
  }

  @Test
  void oneNoticePerLeadUnitWithARedOrYellowTask() {
    Html h = new Html();
    TaskSection.notices(h, data(TASKS));
    String s = h.toString();
    // 人行永川中心支行, 永川银保监分局 (task 2), 区发展改革委 (6, 22), 区商务委 (6); none for 区人力社保局.
    assertEquals(4, s.split("<section class=\"notice\"", -1).length - 1);
    assertTrue(s.contains("<p><b>区发展改革委：</b></p>"));
    assertFalse(s.contains("<b>区人力社保局：</b>"));
    assertTrue(s.contains("请于2020年10月10日前"));
    assertTrue(s.contains("<td class=\"num\">1个月 / 1个月</td>"));
  }

  @Test
  void withoutReportsThisYearTheSectionSaysSoAndTheOpeningIsSilent() {
    List<TaskRow> none =
        List.of(row(1, "稳岗", List.of("区人力社保局"), Rating.NO_REPORT, List.of(), 0, 0));
    Html h = new Html();
    TaskSection.write(h, data(none));
    assertTrue(h.toString().contains("2020年尚未收到各牵头单位的重点任务进展报送"));
    Html o = new Html();
    TaskSection.opening(o, data(none));
    assertEquals("", o.toString());
    Html n = new Html();
    TaskSection.notices(n, data(none));
    assertEquals("", n.toString());
  }

  @Test
  void withoutATaskTableThereIsNoSection() {
    assertFalse(HtmlReport.render(ReportFixtures.data()).contains("重点任务推进情况"));
  }
}
