package org.employmentmonitor.report;

import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.indicators.RegisteredUnemployment;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Status;

/** Words the report uses for targets, statuses and sources (SPEC 4.5). */
final class TargetText {
  private TargetText() {}

  /** The registered-unemployment rate: a proxy of this system, not the official surveyed rate. */
  static final String REGISTERED_RATE = RegisteredUnemployment.RATE.id();

  static final String REGISTERED_RATE_NOTE =
      "登记失业人员占比（参考口径）= 登记失业人员 ÷（登记失业人员 + 本月参保人数），是本系统按登记和参保数据推算的参考口径，不是城镇登记失业率："
          + "分母不含未参保的就业人员，数值明显高于城镇调查失业率，二者不可比较；失业率目标以城镇调查失业率为准。";

  /**
   * The indicator's name as the report prints it: the registration-based proxy is named so that
   * nobody takes it for the official 城镇登记失业率 (issue 29).
   */
  static final String REGISTERED_RATE_NAME = "登记失业人员占比（参考口径）";

  static String name(IndicatorDefinition def) {
    return name(def.id(), def.nameZh());
  }

  /** {@code nameZh} of indicator {@code id} as the report and the workbook name it. */
  static String name(String id, String nameZh) {
    return id.equals(REGISTERED_RATE) ? REGISTERED_RATE_NAME : nameZh;
  }

  /**
   * The target in official words (issue 29): "全年不低于2.4万人", "12月底不低于90%", "每月不低于100%", "不高于5%",
   * "动态清零" for a ceiling of zero, or "—".
   */
  static String target(IndicatorDefinition def, TargetSpec spec) {
    if (spec == null || !spec.hasTarget()) {
      return "—";
    }
    String v =
        def.unit() == org.employmentmonitor.model.Unit.RATIO
            ? Opening.plain(spec.target().movePointRight(2)) + "%"
            : Opening.amount(def.unit(), spec.target());
    return switch (spec.kind()) {
      case CUMULATIVE -> "全年不低于" + v;
      case RATE_DUE -> spec.dueMonth() + "月底不低于" + v;
      case MONTHLY_RATE -> "每月不低于" + v;
      case CEILING -> spec.target().signum() == 0 ? "动态清零" : "不高于" + v;
      case NONE -> "—";
    };
  }

  /**
   * The status in words that fit the kind of target (issue 17): a cumulative target is 已完成 or
   * behind the calendar; a rate due in December is never 已完成 before it is due; monthly rates and
   * ceilings are judged month by month, so they read 本月达标 / 本月未达标, never 进度滞后.
   */
  static String status(TargetSpec spec, Status s, int month) {
    if (spec == null || s == Status.NOT_AVAILABLE || s == Status.NO_TARGET) {
      return s.labelZh();
    }
    return switch (spec.kind()) {
      case CUMULATIVE, NONE -> s.labelZh();
      case RATE_DUE ->
          switch (s) {
            case MET -> month < spec.dueMonth() ? "目前已达标" : "已达标";
            case AT_RISK -> "暂低于目标";
            case BEHIND -> "未达标";
            default -> s.labelZh();
          };
      case MONTHLY_RATE ->
          switch (s) {
            case MET -> "本月达标";
            case AT_RISK -> "本月未达标";
            case BEHIND -> "本月未达标，差距较大";
            default -> s.labelZh();
          };
      case CEILING -> s == Status.BREACHED ? "本月超出上限" : s == Status.MET ? "本月达标" : s.labelZh();
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
