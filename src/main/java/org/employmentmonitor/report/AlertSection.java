package org.employmentmonitor.report;

import java.util.List;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;

/**
 * Section 五: the alerts (SPEC 7), grouped by rule and indicator across subjects (issue 17): one
 * block per group, red groups and groups with new or worsened members first, the subjects listed
 * inside with their value and how long they have lasted, each group addressed to its lead units.
 * The flat list, one row per alert as in alerts.csv, is in the appendix ({@link #table}).
 */
final class AlertSection {
  private AlertSection() {}

  static void write(Html h, ReportData d) {
    h.raw("<section id=\"alerts\"><h2>五、风险预警</h2>");
    List<AlertGroups.Group> groups = AlertGroups.of(d.alerts());
    if (groups.isEmpty()) {
      h.el("p", "", "本月无预警。");
      SummarySection.resolved(h, d);
      h.raw("</section>");
      return;
    }
    long red = AlertGroups.active(d.alerts(), Severity.RED);
    long yellow = AlertGroups.active(d.alerts(), Severity.YELLOW);
    h.el(
        "p",
        "note",
        "本月预警"
            + (red + yellow)
            + "条（红色"
            + red
            + "条、黄色"
            + yellow
            + "条），同一规则、同一指标的预警归为一类，共"
            + groups.size()
            + "类；红色与新增、加重的排在前面。逐条明细见附录一。");
    for (AlertGroups.Group g : groups) {
      group(h, d, g);
    }
    SummarySection.resolved(h, d);
    h.raw("</section>");
  }

  private static void group(Html h, ReportData d, AlertGroups.Group g) {
    String sev = g.severity() == Severity.RED ? "sev-red" : "sev-yellow";
    h.raw("<div class=\"alert-group " + sev + "\"><div class=\"group-head\">");
    long red = g.count(Severity.RED);
    long yellow = g.count(Severity.YELLOW);
    if (red > 0) {
      h.el("span", "chip sev-red", "红色 " + red);
    }
    if (yellow > 0) {
      h.el("span", "chip sev-yellow", "黄色 " + yellow);
    }
    h.el("b", "", AlertGroups.title(d, g));
    h.text("：" + AlertGroups.extent(d, g));
    long news = g.count(AlertRow.State.NEW);
    long worse = g.count(AlertRow.State.WORSENED);
    boolean allNew = news == g.members().size();
    if (allNew) {
      h.text(g.members().size() == 1 ? "，本月新增" : "，均为本月新增");
    } else if (news + worse > 0) {
      h.text("，其中新增" + news + "个、加重" + worse + "个");
    }
    h.raw("</div>");
    if (g.members().size() == 1) {
      AlertRow a = g.members().get(0);
      h.raw("<p class=\"members\">");
      h.text(a.message() + (allNew ? "" : SummarySection.lifecycle(a))).raw("</p>");
    } else {
      h.raw("<p class=\"members\">");
      boolean first = true;
      for (AlertRow a : g.members()) {
        h.raw(first ? "" : "、");
        String cls = a.severity() == Severity.RED ? "m-red" : "m-yellow";
        h.el(
            "span",
            cls,
            AlertText.subject(a.subject())
                + " "
                + AlertText.measured(a)
                + (allNew ? "" : SummarySection.lifecycle(a)));
        first = false;
      }
      h.raw("</p>");
    }
    h.el("p", "lead", "牵头单位：" + g.leadUnits());
    h.raw("</div>");
  }

  /** 附录一: every alert, one row each as in alerts.csv, red first, with its lifecycle. */
  static void table(Html h, ReportData d) {
    List<AlertRow> alerts =
        d.alerts().stream().sorted(java.util.Comparator.comparing(AlertRow::severity)).toList();
    h.el("h3", "", "一、预警明细");
    if (alerts.isEmpty()) {
      h.el("p", "", "本月无预警。");
      return;
    }
    h.raw("<div class=\"scroll\"><table class=\"grid alerts\">");
    h.head("级别", "状态", "类别", "对象", "预警内容", "数值 / 阈值", "起始 · 持续", "牵头单位");
    h.raw("<tbody>");
    for (AlertRow a : alerts) {
      String sev = a.severity() == Severity.RED ? "sev-red" : "sev-yellow";
      h.raw("<tr class=\"" + sev + "\"><td>");
      h.el("span", "chip " + sev, a.severity().labelZh()).raw("</td>");
      h.el("td", "", a.state().labelZh());
      h.el("td", "", AlertText.rule(a));
      h.el("td", "", AlertText.subject(a.subject()));
      h.el("td", "", a.message());
      h.el("td", "num", AlertText.valueAndThreshold(a));
      h.el(
          "td",
          "num",
          a.since().getYear()
              + "年"
              + a.since().getMonthValue()
              + "月起 · "
              + a.monthsActive()
              + "个月");
      h.el("td", "", a.leadUnit()).raw("</tr>");
    }
    h.raw("</tbody></table></div>");
  }
}
