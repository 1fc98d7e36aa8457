package org.employmentmonitor.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.IndicatorRow;

/**
 * Who must act on an alert group and what is expected of them (issue 29): 责任单位 are the towns and
 * employers the alerts name (the district itself is the lead unit's to answer for), and the
 * expectation is what would lift the alert — the monthly pace now needed for a cumulative target,
 * the level a rate must reach and by when, a ceiling brought back, a layoff verified.
 */
final class Expectation {
  private Expectation() {}

  /** The towns and employers of the group's members, in order; empty for the district alone. */
  static List<String> responsible(List<AlertRow> members) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (AlertRow a : members) {
      String key = a.subject() == null ? "" : a.subject().split(" ", 2)[0];
      if (!key.isEmpty()
          && !key.equals("DISTRICT")
          && !"DATA_QUALITY".equals(a.rule())
          && !"TASK".equals(a.rule())) {
        out.add(AlertText.subject(a.subject()));
      }
    }
    return new ArrayList<>(out);
  }

  /** What is expected, in one clause. */
  static String of(ReportData d, String rule, String indicatorId) {
    IndicatorDefinition def = AlertText.def(indicatorId);
    TargetSpec configured = def == null ? null : d.config().targets().get(def.configId());
    // a year without targets (SPEC 4.4) has specs without a target: as good as none here
    TargetSpec spec = configured == null || !configured.hasTarget() ? null : configured;
    return switch (rule) {
      case "TARGET_PROGRESS", "PROJECTION" -> pace(d, def, spec);
      case "RATE" -> rate(def, spec);
      case "CEILING" ->
          spec == null
              ? "分析原因，采取措施加以控制"
              : spec.target().signum() == 0
                  ? "逐户落实就业援助，实现动态清零"
                  : "分析原因，采取措施控制在" + TargetText.target(def, spec) + "以内";
      case "LAYOFF" -> "核实减员原因，指导依法履行裁员程序，做好职工安置和失业登记";
      case "INSURED_DROP" -> "核查参保人数下降原因，重点排查减员单位";
      case "RECRUITMENT_DROP" -> "核查岗位减少原因，加强岗位归集和发布";
      case "DATA_QUALITY" -> "更正后重新报送";
      default -> "按期整改，下月报告进展";
    };
  }

  private static String pace(ReportData d, IndicatorDefinition def, TargetSpec spec) {
    if (def == null || spec == null) {
      return "加快进度";
    }
    IndicatorRow r = d.district(def.id());
    Pace p = r == null ? null : Pace.of(d, def.id(), spec.target());
    if (p == null || p.gap() == null || p.gap().signum() == 0) {
      return "加快进度";
    }
    if (p.neededMonthly() == null) {
      return "年底前补足差额" + Opening.amount(def.unit(), p.gap());
    }
    return "剩余"
        + p.monthsLeft()
        + "个月每月需完成"
        + Opening.amount(def.unit(), p.neededMonthly())
        + "（近"
        + p.recentMonths()
        + "个月月均"
        + Opening.amount(
            def.unit(), p.recentMonthly() == null ? p.yearMonthly() : p.recentMonthly())
        + "）";
  }

  private static String rate(IndicatorDefinition def, TargetSpec spec) {
    if (def == null || spec == null) {
      return "按期达到目标";
    }
    String level = Display.percent(spec.target());
    if (spec.kind() == TargetKind.RATE_DUE) {
      return spec.dueMonth() + "月底前达到" + level;
    }
    return "下月达到" + level;
  }
}
