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

/** Page one (综述) and the grouped alerts of section 五, with the lifecycle of issue-17a. */
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
    // Section 五 says since when, member by member.
    String alerts = section("alerts");
    assertTrue(alerts.contains("中山路街道 93.7%（持续4个月）"), alerts);
    assertTrue(alerts.contains("全区 94.9%（新增）"), alerts);
    assertTrue(alerts.contains("青峰镇的预警内容（加重，已3个月）"), alerts);
    assertTrue(alerts.contains("双石精密 减少81人（持续2个月）"), alerts);
    assertTrue(alerts.contains("青峰机械 减少22人（新增）"), alerts);
  }

  @Test
  void resolvedAlertsGetOneLineAndAreNotCountedAsActive() {
    String summary = section("summary");
    assertEquals(1, count(summary, "本月已解除："));
    assertTrue(summary.contains("1条（中山路街道招聘岗位数比前几个月月均下降）。"), summary);
    assertTrue(summary.contains("本月红色预警3项（4条，其中新增1条、加重1条），黄色预警0项（2条），已解除1条。"), summary);
  }

  @Test
  void sectionFiveGroupsOneRuleAndIndicatorAcrossTownsAndListsThemInside() {
    String alerts = section("alerts");
    assertEquals(3, count(alerts, "<div class=\"alert-group "), "3 groups from 6 active alerts");
    assertEquals(3, count(alerts, "<div class=\"alert-group sev-red\">"));
    assertTrue(
        alerts.contains(
            "<span class=\"chip sev-red\">红色 2</span><span class=\"chip sev-yellow\">黄色 1</span><b>登记失业人员每月跟踪服务覆盖率低于目标（每月不低于100%）</b>：全区及2个镇街，其中新增2个、加重0个"),
        alerts);
    assertTrue(alerts.contains("<span class=\"m-yellow\">胜利路街道 97.0%（新增）</span>"), alerts);
    // The yellow recruitment drop is resolved: no group, one line.
    assertFalse(alerts.contains("alert-group sev-yellow"));
    assertTrue(alerts.contains("本月已解除："));
    assertTrue(alerts.contains("逐条明细见附录一"));
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
    if (id.equals("alerts")) {
      // the grouped alert blocks are no longer a section of the report (issue 29: each alert once
      // in the brief, once in the 附件's list); AlertSection still renders them for other views
      Html h = new Html();
      AlertSection.write(h, ReportFixtures.data(ALERTS));
      html = h.toString();
    }
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
