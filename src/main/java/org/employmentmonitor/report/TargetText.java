package org.employmentmonitor.report;

import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorDef;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Status;

/** Words the report uses for targets, statuses and sources (SPEC 4.5). */
final class TargetText {
  private TargetText() {}

  /** "全年 ≥ 24,000人", "≥ 90.0%（12月底）", "每月 ≥ 100.0%", "≤ 5.0%", or "—". */
  static String target(IndicatorDef def, TargetSpec spec) {
    if (spec == null || !spec.hasTarget()) {
      return "—";
    }
    String v = Display.value(def.id(), def.unit(), spec.target());
    return switch (spec.kind()) {
      case CUMULATIVE -> "全年 ≥ " + v;
      case RATE_DUE -> "≥ " + v + "（" + spec.dueMonth() + "月底）";
      case MONTHLY_RATE -> "每月 ≥ " + v;
      case CEILING -> "≤ " + v;
      case NONE -> "—";
    };
  }

  /** How the target is judged, for the appendix. */
  static String kind(TargetSpec spec) {
    if (spec == null) {
      return "";
    }
    return switch (spec.kind()) {
      case CUMULATIVE -> "累计目标，对照时间进度";
      case RATE_DUE -> "年底达标的比率";
      case MONTHLY_RATE -> "每月达标的比率";
      case CEILING -> "上限，超出即为超出上限";
      case NONE -> "监测，不设目标";
    };
  }

  /** The task of the document a target comes from: "任务 32-36", "总体目标". */
  static String task(TargetSpec spec) {
    if (spec == null || spec.task() == null || spec.task().isBlank()) {
      return "";
    }
    String t = spec.task();
    return Character.isDigit(t.charAt(0)) ? "任务 " + t : t;
  }

  /** CSS class of a status: st-met, st-behind, ... */
  static String css(Status s) {
    return "st-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** True for the statuses a leader must look at. */
  static boolean lagging(Status s) {
    return s == Status.AT_RISK || s == Status.BEHIND || s == Status.BREACHED;
  }

  /** The Chinese title of an extract (就业失业登记), or its name when unknown. */
  static String source(String name) {
    try {
      return Extracts.byName(name).titleZh();
    } catch (RuntimeException e) {
      return name;
    }
  }
}
