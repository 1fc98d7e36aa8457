package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDef;
import org.employmentmonitor.model.AlertRow;

/** Section 五: the alerts (SPEC 7), red first, each addressed to its lead unit. */
final class AlertSection {
  private AlertSection() {}

  /** Chinese names of the alert rules; an unknown rule is shown by its code. */
  static final Map<String, String> RULES =
      Map.of(
          "TARGET_PROGRESS", "目标进度",
          "RATE", "比率目标",
          "CEILING", "上限指标",
          "PROJECTION", "全年预测",
          "LAYOFF", "规模性裁员",
          "INSURED_DROP", "参保人数下降",
          "RECRUITMENT_DROP", "招聘岗位下降",
          "DATA_QUALITY", "数据质量");

  static void write(Html h, ReportData d) {
    // RESOLVED rows (the lifecycle, docs/alerts.md) are not alerts of the month: one line below.
    List<AlertRow> alerts = new ArrayList<>(d.alerts().stream().filter(AlertRow::active).toList());
    List<AlertRow> resolved = d.alerts().stream().filter(a -> !a.active()).toList();
    // Stable: within a severity the alert table's own order is kept.
    alerts.sort(Comparator.comparing(AlertRow::severity));
    h.raw("<section id=\"alerts\"><h2>五、风险预警</h2>");
    if (alerts.isEmpty()) {
      h.el("p", "", "本月无预警。");
      resolvedLine(h, resolved);
      h.raw("</section>");
      return;
    }
    h.raw("<table class=\"grid alerts\">");
    h.head("级别", "类别", "对象", "预警内容", "数值 / 阈值", "牵头单位");
    h.raw("<tbody>");
    for (AlertRow a : alerts) {
      String sev = a.severity() == AlertRow.Severity.RED ? "sev-red" : "sev-yellow";
      h.raw("<tr class=\"" + sev + "\"><td>");
      h.el("span", "chip " + sev, a.severity().labelZh()).raw("</td>");
      h.el("td", "", RULES.getOrDefault(a.rule(), a.rule()));
      h.el("td", "", a.subject());
      h.el("td", "", a.message());
      h.el("td", "num", number(a, a.value()) + " / " + number(a, a.threshold()));
      h.el("td", "", a.leadUnit()).raw("</tr>");
    }
    h.raw("</tbody></table>");
    resolvedLine(h, resolved);
    h.raw("</section>");
  }

  /** 已解除 alerts in one line: how many, and whom. */
  private static void resolvedLine(Html h, List<AlertRow> resolved) {
    if (resolved.isEmpty()) {
      return;
    }
    List<String> names =
        resolved.stream()
            .map(
                a ->
                    org.employmentmonitor.alerts.Subjects.label(a.subject())
                        + RULES.getOrDefault(a.rule(), a.rule()))
            .toList();
    h.el("p", "resolved", "上月预警本月已解除" + resolved.size() + "项：" + String.join("、", names) + "。");
  }

  /**
   * A percentage when the alert's indicator is a rate, else a plain number: what value and
   * threshold measure depends on the rule, and the message says it in words.
   */
  static String number(AlertRow a, BigDecimal v) {
    if (v == null) {
      return "—";
    }
    if (a.indicatorId() != null) {
      try {
        IndicatorDef def = IndicatorCatalog.byId(a.indicatorId());
        if (def.unit().isRatio()) {
          return Display.number(def.id(), def.unit(), v);
        }
      } catch (IllegalArgumentException unknown) {
        // an indicator this build does not know: plain number
      }
    }
    return Display.plain(v);
  }
}
