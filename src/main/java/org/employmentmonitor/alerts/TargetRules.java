package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;

/**
 * TARGET_PROGRESS, RATE and CEILING (SPEC 7): read off the status the indicators step gave each
 * DISTRICT and TOWN row of P's month-end that carries a target (SPEC 4.5): AT_RISK is YELLOW,
 * BEHIND and BREACHED are RED; every other status raises nothing. The surveyed unemployment rate
 * has thresholds of its own ({@link SurveyCeiling}) and is skipped here.
 *
 * <ul>
 *   <li>TARGET_PROGRESS (cumulative counts): value = completion (value ÷ target), threshold = time
 *       progress (month ÷ 12).
 *   <li>RATE (rates due in December, monthly rates): value = the rate, threshold = the target.
 *   <li>CEILING: value = the indicator's value, threshold = the ceiling.
 * </ul>
 *
 * <p>A rate due in December (graduate placement, the SOE graduate-position share) is judged there:
 * before its due month it raises one YELLOW alert for the district, whose message names the towns
 * below target, and none per town (SPEC 7); from the due month on, every cell as usual.
 */
public final class TargetRules {
  private TargetRules() {}

  public static List<AlertRow> judge(
      List<IndicatorRow> rows, YearMonth period, MonitorConfig config) {
    List<AlertRow> out = new ArrayList<>();
    for (IndicatorRow r : rows) {
      if (!carriesTargetAt(r, period) || r.indicatorId().equals(SurveyCeiling.INDICATOR)) {
        continue;
      }
      Severity severity = severity(r.status());
      if (severity == null) {
        continue;
      }
      TargetKind kind = TargetKind.valueOf(r.targetKind());
      if (kind == TargetKind.RATE_DUE && beforeDue(r, period, config)) {
        if (r.scope() == Scope.DISTRICT) {
          out.add(notYetDue(r, rows, period, config));
        }
        continue;
      }
      AlertRow a =
          switch (kind) {
            case CUMULATIVE -> progress(r, severity, period, config);
            case RATE_DUE, MONTHLY_RATE -> rate(r, kind, severity, period, config);
            case CEILING -> ceiling(r, severity, period);
            case NONE -> null;
          };
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean beforeDue(IndicatorRow r, YearMonth period, MonitorConfig config) {
    return period.getMonthValue() < dueMonth(r, config);
  }

  private static int dueMonth(IndicatorRow r, MonitorConfig config) {
    TargetSpec spec = config.targets().get(r.indicatorId());
    return spec == null ? 12 : spec.dueMonth();
  }

  /**
   * The district's one YELLOW alert for a rate not yet due (SPEC 7), naming the towns whose rate is
   * below target at P, in the table's order.
   */
  private static AlertRow notYetDue(
      IndicatorRow district, List<IndicatorRow> rows, YearMonth period, MonitorConfig config) {
    List<String> towns = new ArrayList<>();
    for (IndicatorRow t : rows) {
      if (t.scope() == Scope.TOWN
          && t.indicatorId().equals(district.indicatorId())
          && carriesTargetAt(t, period)
          && severity(t.status()) != null) {
        towns.add(t.scopeName() == null || t.scopeName().isEmpty() ? t.scopeKey() : t.scopeName());
      }
    }
    int due = dueMonth(district, config);
    String message =
        "全区"
            + district.indicatorName()
            + "为"
            + ZhFormat.percentBeside(district.value(), district.target())
            + "，低于"
            + due
            + "月底前应达到的目标"
            + ZhFormat.percent(district.target());
    if (!towns.isEmpty()) {
      message += "；低于目标的镇街" + towns.size() + "个：" + String.join("、", towns);
    }
    return new AlertRow(
        period,
        Severity.YELLOW,
        AlertRule.RATE.name(),
        district.indicatorId(),
        Subjects.DISTRICT,
        district.value(),
        district.target(),
        message,
        district.leadUnit());
  }

  /** SPEC 7: AT_RISK → YELLOW; BEHIND, BREACHED → RED; anything else raises nothing. */
  static Severity severity(Status status) {
    return switch (status) {
      case AT_RISK -> Severity.YELLOW;
      case BEHIND, BREACHED -> Severity.RED;
      default -> null;
    };
  }

  /** A DISTRICT or TOWN row of P's month-end with a target. */
  static boolean carriesTargetAt(IndicatorRow r, YearMonth period) {
    return r.monthEnd().equals(period.atEndOfMonth())
        && (r.scope() == Scope.DISTRICT || r.scope() == Scope.TOWN)
        && r.target() != null
        && r.value() != null;
  }

  static String subject(IndicatorRow r) {
    return r.scope() == Scope.DISTRICT
        ? Subjects.DISTRICT
        : Subjects.of(r.scopeKey(), r.scopeName());
  }

  static String where(IndicatorRow r) {
    return r.scope() == Scope.DISTRICT ? "全区" : r.scopeName();
  }

  private static AlertRow progress(
      IndicatorRow r, Severity severity, YearMonth period, MonitorConfig config) {
    String message =
        where(r)
            + r.indicatorName()
            + ZhFormat.yearToDate(period)
            + "累计"
            + ZhFormat.value(r.value(), r.unit())
            + "，完成全年目标"
            + ZhFormat.value(r.target(), r.unit())
            + "的"
            + ZhFormat.percentBeside(r.completion(), r.timeProgress())
            + "，低于时间进度"
            + ZhFormat.percent(r.timeProgress());
    if (severity == Severity.RED) {
      message += "，落后超过" + ZhFormat.points(config.cumulativeBehindMargin()) + "个百分点";
    }
    return new AlertRow(
        period,
        severity,
        AlertRule.TARGET_PROGRESS.name(),
        r.indicatorId(),
        subject(r),
        r.completion(),
        r.timeProgress(),
        message,
        r.leadUnit());
  }

  private static AlertRow rate(
      IndicatorRow r, TargetKind kind, Severity severity, YearMonth period, MonitorConfig config) {
    String head =
        where(r) + r.indicatorName() + "为" + ZhFormat.percentBeside(r.value(), r.target()) + "，";
    String message;
    if (kind == TargetKind.RATE_DUE) {
      TargetSpec spec = config.targets().get(r.indicatorId());
      int due = spec == null ? 12 : spec.dueMonth();
      message =
          severity == Severity.RED
              ? head + "未达到目标" + ZhFormat.percent(r.target()) + "（应于" + due + "月底前完成）"
              : head + "低于" + due + "月底前应达到的目标" + ZhFormat.percent(r.target());
    } else {
      message = head + "低于每月目标" + ZhFormat.percent(r.target());
      if (severity == Severity.RED) {
        message += "，差距超过" + ZhFormat.points(config.monthlyRateBehindMargin()) + "个百分点";
      }
    }
    return new AlertRow(
        period,
        severity,
        AlertRule.RATE.name(),
        r.indicatorId(),
        subject(r),
        r.value(),
        r.target(),
        message,
        r.leadUnit());
  }

  private static AlertRow ceiling(IndicatorRow r, Severity severity, YearMonth period) {
    BigDecimal v = r.value();
    String message =
        where(r)
            + r.indicatorName()
            + "为"
            + ZhFormat.value(v, r.unit())
            + "，超过上限"
            + ZhFormat.value(r.target(), r.unit());
    if (r.target().signum() == 0) {
      message += "（应动态清零）";
    }
    return new AlertRow(
        period,
        severity,
        AlertRule.CEILING.name(),
        r.indicatorId(),
        subject(r),
        v,
        r.target(),
        message,
        r.leadUnit());
  }
}
