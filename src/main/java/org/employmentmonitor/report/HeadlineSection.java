package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;

/**
 * Section 一: one panel per target (value, target, completion against 时间进度, status in the words of
 * its kind, year-end projection by the recent pace and by the year's average, the monthly pace
 * needed, the months a rate missed, lead unit) and the indicators monitored without a target, the
 * registered rate marked as a reference proxy. The summary that used to head it is the 综述 now
 * ({@link SummarySection}).
 */
final class HeadlineSection {
  private HeadlineSection() {}

  static void write(Html h, ReportData d) {
    h.raw("<section id=\"targets\"><h2>一、重点目标完成情况</h2>");
    h.raw("<div class=\"cards\">");
    for (IndicatorDefinition def : d.targeted()) {
      card(h, d, def, d.target(def), d.district(def.id()));
    }
    h.raw("</div>");
    others(h, d);
    h.raw("</section>");
  }

  static void card(Html h, ReportData d, IndicatorDefinition def, TargetSpec spec, IndicatorRow r) {
    Status s = r == null ? Status.NOT_AVAILABLE : r.status();
    BigDecimal value = r == null ? null : r.value();
    h.raw("<div class=\"card " + TargetText.css(s) + "\"><div class=\"card-head\">");
    h.el("span", "name", def.nameZh());
    h.el(
        "span",
        "badge " + TargetText.css(s),
        TargetText.status(spec, s, d.period().getMonthValue()));
    h.raw("</div><div class=\"big\">");
    h.text(Display.number(def.id(), def.unit(), value));
    if (value != null) {
      h.el("span", "unit", Display.unitLabel(def.id(), def.unit()));
    }
    h.raw("</div>");
    h.el("div", "target", "目标：" + TargetText.target(def, spec));
    switch (spec.kind()) {
      case CUMULATIVE -> cumulative(h, d, def, spec, r);
      case RATE_DUE, MONTHLY_RATE -> rate(h, d, def, spec, r);
      case CEILING -> ceiling(h, d, def, spec, r);
      case NONE -> {}
    }
    String task = TargetText.task(spec);
    h.el("div", "lead", "牵头单位：" + spec.leadUnit() + (task.isEmpty() ? "" : "　·　" + task));
    h.raw("</div>");
  }

  private static void cumulative(
      Html h, ReportData d, IndicatorDefinition def, TargetSpec spec, IndicatorRow r) {
    BigDecimal completion = r == null ? null : r.completion();
    BigDecimal progress = r == null ? null : r.timeProgress();
    bar(h, completion, progress, "时间进度");
    List<String> facts = new ArrayList<>();
    facts.add("完成率 " + Display.percent(completion));
    facts.add("时间进度 " + Display.percent(progress));
    h.el("div", "facts", String.join("　·　", facts));
    Pace p = r == null ? null : Pace.of(d, def.id(), spec.target());
    if (r != null && r.projection() != null) {
      boolean short_ = r.projection().compareTo(spec.target()) < 0;
      h.raw("<div class=\"facts" + (short_ ? " short" : "") + "\">");
      h.text(
          "全年预计（按1—"
              + d.period().getMonthValue()
              + "月月均）"
              + Display.estimate(def.id(), def.unit(), r.projection()));
      if (short_) {
        h.text("，低于目标");
      }
      h.raw("</div>");
    }
    if (p != null) {
      if (p.neededMonthly() != null && p.gap().signum() > 0) {
        h.el(
            "div",
            "facts",
            "剩余"
                + p.monthsLeft()
                + "个月每月需 "
                + Display.estimate(def.id(), def.unit(), p.neededMonthly())
                + "（近期月均 "
                + Display.estimate(def.id(), def.unit(), p.recentMonthly())
                + "）");
      }
    }
    String other = TrainingNote.cardNote(d, def.id());
    if (other != null) {
      h.el("div", "facts note", other);
    }
  }

  private static void rate(
      Html h, ReportData d, IndicatorDefinition def, TargetSpec spec, IndicatorRow r) {
    BigDecimal value = r == null ? null : r.value();
    bar(h, value, spec.target(), "目标");
    List<String> facts = new ArrayList<>();
    if (value != null) {
      BigDecimal gap = value.subtract(spec.target());
      facts.add(gap.signum() >= 0 ? "达到目标" : "低于目标 " + Display.points(gap.negate()));
    }
    if (r != null && r.numerator() != null && r.denominator() != null) {
      facts.add(
          Display.count(r.numerator())
              + " / "
              + Display.count(r.denominator())
              + Display.fractionUnit(def.id()));
    }
    if (!facts.isEmpty()) {
      h.el("div", "facts", String.join("　·　", facts));
    }
    if (spec.kind() == TargetKind.MONTHLY_RATE) {
      h.el("div", "facts", "今年未达标月份：" + SummarySection.record(d, def, spec));
    }
  }

  private static void ceiling(
      Html h, ReportData d, IndicatorDefinition def, TargetSpec spec, IndicatorRow r) {
    BigDecimal value = r == null ? null : r.value();
    if (value == null) {
      return;
    }
    h.el("div", "facts", "今年未达标月份：" + SummarySection.record(d, def, spec));
    BigDecimal room = spec.target().subtract(value);
    String text;
    if (def.unit().isRatio()) {
      text =
          room.signum() >= 0
              ? "距上限 " + Display.points(room)
              : "超出上限 " + Display.points(room.negate());
    } else {
      text =
          room.signum() >= 0
              ? "未超出上限"
              : "超出上限 " + Display.value(def.id(), def.unit(), room.negate());
    }
    h.el("div", "facts", text);
  }

  /** A bar filled to {@code fill} (a fraction, capped at 100%) with a marker at {@code mark}. */
  private static void bar(Html h, BigDecimal fill, BigDecimal mark, String markLabel) {
    h.raw("<div class=\"bar\" aria-hidden=\"true\">");
    if (fill != null) {
      h.raw("<span class=\"fill\" style=\"width:" + pct(fill) + "\"></span>");
    }
    if (mark != null) {
      h.raw("<span class=\"mark\" style=\"left:" + pct(mark) + "\" title=\"");
      h.text(markLabel).raw("\"></span>");
    }
    h.raw("</div>");
  }

  static String pct(BigDecimal fraction) {
    double v = Math.max(0, Math.min(1, fraction.doubleValue())) * 100;
    return String.format(Locale.ROOT, "%.1f%%", v);
  }

  /** Headline indicators without a target: this month, last month, change. */
  private static void others(Html h, ReportData d) {
    List<IndicatorDefinition> defs = d.untargeted();
    if (defs.isEmpty()) {
      return;
    }
    LocalDate previous =
        d.period().getMonthValue() == 1 ? null : d.period().minusMonths(1).atEndOfMonth();
    h.raw("<h3>其他监测指标</h3><table class=\"grid keep\">");
    h.head("指标", "本月", "上月", "变化", "牵头单位");
    h.raw("<tbody>");
    for (IndicatorDefinition def : defs) {
      IndicatorRow r = d.district(def.id());
      IndicatorRow p = previous == null ? null : d.at(previous, def.id(), Scope.DISTRICT, "");
      BigDecimal now = r == null ? null : r.value();
      BigDecimal before = p == null ? null : p.value();
      h.raw("<tr>").el("td", "", TargetText.name(def));
      h.el("td", "num", Display.value(def.id(), def.unit(), now));
      h.el("td", "num muted", previous == null ? "—" : Display.value(def.id(), def.unit(), before));
      h.el("td", "num", change(def, now, before));
      h.el("td", "", d.target(def).leadUnit()).raw("</tr>");
    }
    h.raw("</tbody></table>");
    if (defs.stream().anyMatch(def -> def.id().equals(TargetText.REGISTERED_RATE))) {
      h.el("p", "note", TargetText.REGISTERED_RATE_NOTE);
    }
  }

  private static String change(IndicatorDefinition def, BigDecimal now, BigDecimal before) {
    if (now == null || before == null) {
      return "—";
    }
    BigDecimal diff = now.subtract(before);
    String sign = diff.signum() > 0 ? "+" : "";
    if (def.unit().isRatio() && !def.isMultiple()) {
      return sign + Display.points(diff);
    }
    return sign + Display.number(def.id(), def.unit(), diff);
  }
}
