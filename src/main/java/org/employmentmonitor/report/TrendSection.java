package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.HardshipEmployment;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.indicators.LongTermUnemploymentShare;
import org.employmentmonitor.indicators.ReemploymentOfUnemployed;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Unit;

/**
 * Section 二: one chart per target, January..P. A cumulative count is drawn against the straight
 * line target × month / 12 (时间进度); a rate against its target level. Then the {@link #MONITORED}
 * indicators without a target, their values alone.
 */
final class TrendSection {
  private TrendSection() {}

  static final String ACTUAL = "#1f5fa8";
  static final String TARGET = "#8a8a8a";
  static final String CEILING = "#c0392b";

  static void write(Html h, ReportData d) {
    h.raw("<section id=\"trends\"><h2>二、主要指标走势（1月至");
    h.text(d.period().getMonthValue() + "月）").raw("</h2>");
    h.raw("<p class=\"note\">实线为实际值；累计指标的虚线为按时间进度的目标线（全年目标 × 月份 ÷ 12），");
    h.raw("比率指标的虚线为目标值，红色虚线为上限；未设目标的指标只画实际值。</p><div class=\"charts\">");
    List<IndicatorDefinition> targeted = d.targeted();
    for (IndicatorDefinition def : targeted) {
      chart(h, d, def, d.target(def));
    }
    for (IndicatorDefinition def : MONITORED) {
      if (!targeted.contains(def)) {
        chart(h, d, def, null);
      }
    }
    h.raw("</div></section>");
  }

  /**
   * Drawn without a target line while they have none (issue 25): the figures the national report
   * gives beside 城镇新增就业 — re-employment of the unemployed, employment of persons with difficulties
   * — and the district analyses' share of long-term unemployed.
   */
  static final List<IndicatorDefinition> MONITORED =
      List.of(
          ReemploymentOfUnemployed.DEFINITION,
          HardshipEmployment.DEFINITION,
          LongTermUnemploymentShare.DEFINITION);

  /** One indicator's chart; {@code spec} null: the actual values alone, no target line. */
  static void chart(Html h, ReportData d, IndicatorDefinition def, TargetSpec spec) {
    Double[] actual = d.series(def.id(), IndicatorRow::value);
    List<SvgChart.Series> series = new ArrayList<>();
    series.add(new SvgChart.Series("实际", ACTUAL, actual, false));
    if (spec != null) {
      series.add(targetLine(spec));
    }
    IndicatorRow now = d.district(def.id());
    BigDecimal value = now == null ? null : now.value();
    String unitNote = def.unit() == Unit.YUAN ? "（万元）" : "";
    h.raw("<figure class=\"chart-box\"><figcaption>");
    h.el("span", "name", def.nameZh() + unitNote);
    h.el(
        "span",
        "latest",
        d.period().getMonthValue() + "月：" + Display.value(def.id(), def.unit(), value));
    h.raw("</figcaption>");
    boolean any = false;
    for (Double v : actual) {
      any |= v != null;
    }
    if (!any) {
      h.el("div", "empty", "本年度暂无数据");
    } else {
      h.raw(
          SvgChart.months(
              def.nameZh(),
              series,
              axis(def),
              value == null ? null : Display.number(def.id(), def.unit(), value),
              !def.unit().isRatio() && def.unit() != Unit.YUAN));
    }
    h.raw("</figure>");
  }

  private static SvgChart.Series targetLine(TargetSpec spec) {
    Double[] target = new Double[12];
    double t = spec.target().doubleValue();
    for (int m = 1; m <= 12; m++) {
      target[m - 1] = spec.kind() == TargetKind.CUMULATIVE ? t * m / 12.0 : t;
    }
    boolean ceiling = spec.kind() == TargetKind.CEILING;
    return new SvgChart.Series(
        ceiling ? "上限" : spec.kind() == TargetKind.CUMULATIVE ? "时间进度目标" : "目标",
        ceiling ? CEILING : TARGET,
        target,
        true);
  }

  /** Axis ticks: percentages for rates, 万元 for amounts, plain counts otherwise. */
  static DoubleFunction<String> axis(IndicatorDefinition def) {
    return switch (def.unit()) {
      case RATIO -> v -> tick(v * 100) + "%";
      case YUAN -> v -> tick(v / 10_000);
      default -> TrendSection::tick;
    };
  }

  /** A tick value: whole numbers without decimals, others with one. */
  static String tick(double v) {
    boolean whole = Math.abs(v - Math.rint(v)) < 1e-6;
    return Display.grouped(BigDecimal.valueOf(whole ? Math.rint(v) : v), whole ? 0 : 1);
  }
}
