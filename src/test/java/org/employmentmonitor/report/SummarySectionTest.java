package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.AlertRow.State;
import org.junit.jupiter.api.Test;

/** Page one (综述): the grouped alerts with the lifecycle of issue-17a, and the 附件's alert list. */
class SummarySectionTest {
  private static final YearMonth P = ReportFixtures.PERIOD;

  private static AlertRow alert(
      Severity s,
      String rule,
      String indicator,
      String subject,
      String value,
      State state,
      int months) {
    return new AlertRow(
        P,
        s,
        rule,
        indicator,
        subject,
        new BigDecimal(value),
        BigDecimal.ONE,
        subject + "的预警内容",
        "区人力社保局",
        state,
        P.minusMonths(months - 1L),
        months);
  }

  private static final String RATE = "unemployed_follow_up_rate";

  /** Three follow-up alerts (two red, one yellow), an ongoing red layoff, a worsened red drop. */
  private static final List<AlertRow> ALERTS =
      List.of(
          alert(Severity.RED, "LAYOFF", null, "91500118MA00000019 双石精密", "81", State.ONGOING, 2),
          alert(Severity.YELLOW, "LAYOFF", null, "91500118MA00000027 青峰机械", "22", State.NEW, 1),
          alert(Severity.YELLOW, "RATE", RATE, "500118002 胜利路街道", "0.97", State.NEW, 1),
          alert(Severity.RED, "RATE", RATE, "DISTRICT", "0.9493", State.NEW, 1),
          alert(Severity.RED, "RATE", RATE, "500118001 中山路街道", "0.9372", State.ONGOING, 4),
          alert(
              Severity.RED,
              "INSURED_DROP",
              "insured_employment",
              "500118100 青峰镇",
              "0.0784",
              State.WORSENED,
              3),
          alert(
              Severity.YELLOW,
              "RECRUITMENT_DROP",
              "job_postings",
              "500118001 中山路街道",
              "0.35",
              State.RESOLVED,
              2));

  private static final String HTML = HtmlReport.render(ReportFixtures.data(ALERTS));

  @Test
  void pageOneComesFirstAndNamesEveryRedAlertWithItsLeadUnit() {
    String summary = section("summary");
    assertTrue(HTML.indexOf("<section id=\"summary\">") < HTML.indexOf("<section id=\"targets\">"));
    assertTrue(HTML.indexOf("</header>") < HTML.indexOf("<section id=\"summary\">"));
    String red =
        summary.substring(summary.indexOf("<ol class=\"red-items\">"), summary.indexOf("</ol>"));
    for (AlertRow a : ALERTS) {
      if (a.severity() == Severity.RED && a.active()) {
        assertTrue(
            red.contains(AlertText.subject(a.subject()) + " " + AlertText.measured(a)),
            a.subject());
      }
    }
    assertFalse(red.contains("胜利路街道"), "a yellow member is not on the red list");
    assertFalse(red.contains("青峰机械"), "nor a yellow layoff");
    assertEquals(3, count(red, "<li"), "three red groups: layoff, follow-up rate, insured drop");
    assertEquals(3, count(red, "牵头单位：区人力社保局"));
    assertTrue(red.contains("<b>登记失业人员每月跟踪服务覆盖率低于目标（每月不低于100%）</b>：全区及1个镇街"), red);
  }

  @Test
  void newAndWorsenedComeFirstAndLastingOnesSayForHowLong() {
    String red = section("summary");
    int worsened = red.indexOf("参保就业人数环比下降");
    int news = red.indexOf("登记失业人员每月跟踪服务覆盖率低于目标");
    int ongoing = red.indexOf("规模性裁员风险");
    assertTrue(worsened > 0 && news > 0 && ongoing > 0);
    // Groups with new or worsened members first, in the alert table's order among themselves.
    // The layoff group has a new yellow member, yet its red member is lasting: it comes last.
    assertTrue(news < ongoing && worsened < ongoing, "the ongoing layoff comes last");
    assertTrue(red.contains("<span class=\"tag worsened\">加重</span>"));
    assertTrue(red.contains("新增：全区 94.9%；持续：中山路街道 93.7%"), red);
    assertTrue(red.contains("双石精密 减少81人"), red);
    // The 附件's list (附录一) says since when, alert by alert; the brief does not repeat them.
    String list = HTML.substring(HTML.indexOf("一、预警明细"));
    list = list.substring(0, list.indexOf("</table>"));
    assertTrue(
        list.contains(
            "<td>中山路街道</td><td>500118001 中山路街道的预警内容</td><td class=\"num\">93.7% / 100.0%</td><td class=\"num\">2020年6月起 · 4个月</td>"),
        list);
    assertTrue(list.contains("<td>新增</td><td>比率目标</td><td>全区</td>"), list);
    assertTrue(list.contains("<td>加重</td><td>参保人数下降</td><td>青峰镇</td>"), list);
    assertTrue(list.contains("2020年7月起 · 3个月"), list);
    assertFalse(HTML.contains("alert-group"), "no second grouped list of the alerts (issue 29)");
  }

  @Test
  void resolvedAlertsGetOneLineAndAreNotCountedAsActive() {
    String summary = section("summary");
    assertEquals(1, count(summary, "本月已解除"));
    // named by the problem with the value now: 中山路街道 posts (317 × m) ÷ 2 positions, September
    // 1,426 against the mean of June–August (951 + 1,109 + 1,268) ÷ 3 = 1,109
    assertTrue(
        summary.contains(
            "<p class=\"resolved\"><b>本月已解除1条：</b>中山路街道招聘岗位数已回升（本月1,426个，前3个月月均1,109个）。</p>"),
        summary);
    assertTrue(summary.contains("本月红色预警3项（4条，其中新增1条、加重1条），黄色预警0项（2条），已解除1条。"), summary);
  }

  @Test
  void aYellowCeilingIsNearTheCeilingARedOneAboveIt() {
    // SPEC 7: the surveyed rate above 4.5% is YELLOW (approaching), above 5.0% RED (exceeding)
    AlertRow yellow =
        new AlertRow(
            P,
            Severity.YELLOW,
            "CEILING",
            "surveyed_unemployment_rate",
            "DISTRICT",
            new BigDecimal("0.047"),
            new BigDecimal("0.045"),
            "全区城镇调查失业率为4.7%，高于预警线4.5%，接近控制线5.0%",
            "区人力社保局");
    String html = HtmlReport.render(ReportFixtures.data(List.of(yellow)));
    assertTrue(html.contains("<b>城镇调查失业率接近上限（高于预警线4.5%，目标不高于5%）</b>：全区 4.7%"), html);
    assertFalse(html.contains("城镇调查失业率超出上限"), "4.7% does not exceed 5%");
    AlertRow red =
        new AlertRow(
            P,
            Severity.RED,
            "CEILING",
            "surveyed_unemployment_rate",
            "DISTRICT",
            new BigDecimal("0.052"),
            new BigDecimal("0.05"),
            "全区城镇调查失业率为5.2%，超过控制线5.0%",
            "区人力社保局");
    String summary = HtmlReport.render(ReportFixtures.data(List.of(red)));
    assertTrue(summary.contains("<b>城镇调查失业率超出上限（不高于5%）</b>：全区 5.2%"), summary);
  }

  @Test
  void aRedTaskIsWrittenOnceInTheBriefInTheTaskParagraph() {
    AlertRow task =
        new AlertRow(
            P,
            Severity.RED,
            "TASK",
            null,
            "22 新增市场主体",
            BigDecimal.ONE,
            null,
            "任务22（新增市场主体）红色督办：区发展改革委 连续两月报告滞后",
            "区发展改革委");
    ReportData d = ReportFixtures.data(List.of(task));
    d =
        new ReportData(
            d.period(),
            d.config(),
            d.indicators(),
            d.alerts(),
            d.quality(),
            d.towns(),
            d.run(),
            TaskSectionTest.TASKS);
    String html = HtmlReport.render(d);
    String summary = html.substring(html.indexOf("<section id=\"summary\">"));
    summary = summary.substring(0, summary.indexOf("</section>"));
    assertEquals(1, count(summary, "任务22"), summary);
    assertTrue(summary.contains("<li>任务22（新增市场主体，区发展改革委）红色督办：区发展改革委 连续两月报告滞后</li>"), summary);
    assertFalse(summary.contains("重点任务红色督办"), "the red list does not repeat the task");
    assertTrue(summary.contains("除上述重点任务外，本月无红色预警。"), summary);
    // the count says where the red task went, so the list's length does not contradict it
    assertTrue(summary.contains("红色预警1项（1条"), summary);
    assertTrue(summary.contains("含重点任务1条，见下文“重点任务”）"), summary);
    // the 附件's list still has it, once
    assertEquals(2, count(html, "任务22"), "the brief's paragraph and the 附件's list");
  }

  @Test
  void withoutAnyAlertPageOneSaysSo() {
    String html = HtmlReport.render(ReportFixtures.data(List.of()));
    assertTrue(html.contains("本月无红色预警。"));
  }

  @Test
  void cumulativeTargetsBehindTheCalendarComeFirstWithTheirPace() {
    String summary = section("summary");
    String pace = summary.substring(summary.indexOf("<table class=\"grid pace\">"));
    pace = pace.substring(0, pace.indexOf("</table>"));
    // Fixture: 1,897 a month → 17,073 in September; (24,000 − 17,073) ÷ 3 = 2,309 a month needed.
    String row = pace.substring(pace.indexOf("<tr class=\"behind\"><td>城镇新增就业人数</td>"));
    row = row.substring(0, row.indexOf("</tr>"));
    assertTrue(
        row.contains(
            "<td class=\"num\" data-label=\"累计\">17,073人</td><td class=\"num\" data-label=\"全年目标\">24,000人</td>"),
        row);
    assertTrue(row.contains("<td class=\"num\" data-label=\"本月新增\">+1,897人</td>"), row);
    assertTrue(
        row.contains("<td class=\"num c-bad\" data-label=\"每月需\">2,309人</td>"),
        "recent pace below the needed");
    assertTrue(row.contains("<span class=\"short\">22,764人</span>"), row);
    assertTrue(pace.indexOf("class=\"behind\"") < pace.indexOf("<tr><td>"), "behind first");
  }

  private static String section(String id) {
    String html = HTML;
    int start = html.indexOf("<section id=\"" + id + "\">");
    assertTrue(start >= 0, id);
    return html.substring(start, html.indexOf("</section>", start));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
