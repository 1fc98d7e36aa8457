package org.employmentmonitor.report;

import java.util.List;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;

/**
 * 附录一 of the 附件: every alert, one row each as in alerts.csv (SPEC 6, 7), red first, with its state
 * and since when. The brief (SummarySection) writes the alerts grouped, once; this list is their
 * second and last appearance (issue 29).
 */
final class AlertSection {
  private AlertSection() {}

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
