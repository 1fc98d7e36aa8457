package org.employmentmonitor.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;

/**
 * Progress against a target (SPEC 4.5, 9 "Targets and status"), in exact decimal arithmetic: every
 * comparison is made by cross-multiplying, never on rounded ratios or doubles.
 *
 * <ul>
 *   <li>DISTRICT rows carry every target; TOWN rows only rate and ceiling targets; other cells
 *       none.
 *   <li>time_progress = month / 12 for year-long targets (cumulative, and rates due in December).
 *   <li>completion = value / target; projection = value × 12 / month for cumulative counts.
 *   <li>Cumulative: MET once value ≥ target; BEHIND when completion < time progress − margin;
 *       AT_RISK when below time progress; else ON_TRACK. Rates due by a month: MET at or above
 *       target, else AT_RISK before the due month and BEHIND from it on. Monthly rates: MET at or
 *       above target, BEHIND more than the margin below, else AT_RISK. Ceilings: BREACHED above,
 *       else MET.
 * </ul>
 */
public final class TargetTracker {
  static final int SCALE = 10;
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private TargetTracker() {}

  /** The target columns of one row. */
  public record Tracking(
      BigDecimal target,
      String targetKind,
      BigDecimal timeProgress,
      BigDecimal completion,
      BigDecimal projection,
      Status status) {}

  /**
   * @param spec the indicator's configured target, or null for a sub-indicator
   * @param value the row's value, null when not available
   * @param month month of the row's month-end, 1..12
   */
  public static Tracking track(
      TargetSpec spec, Scope scope, BigDecimal value, int month, MonitorConfig config) {
    boolean carries =
        spec != null
            && spec.hasTarget()
            && (scope == Scope.DISTRICT
                || (scope == Scope.TOWN && spec.kind() != TargetKind.CUMULATIVE));
    if (!carries) {
      return new Tracking(
          null, "", null, null, null, value == null ? Status.NOT_AVAILABLE : Status.NO_TARGET);
    }
    BigDecimal target = spec.target();
    TargetKind kind = spec.kind();
    BigDecimal m = BigDecimal.valueOf(month);
    BigDecimal timeProgress =
        kind == TargetKind.CUMULATIVE || kind == TargetKind.RATE_DUE
            ? m.divide(TWELVE, SCALE, RoundingMode.HALF_EVEN)
            : null;
    if (value == null) {
      return new Tracking(target, kind.name(), timeProgress, null, null, Status.NOT_AVAILABLE);
    }
    BigDecimal completion =
        target.signum() > 0 ? value.divide(target, SCALE, RoundingMode.HALF_EVEN) : null;
    BigDecimal projection =
        kind == TargetKind.CUMULATIVE
            ? value.multiply(TWELVE).divide(m, SCALE, RoundingMode.HALF_EVEN)
            : null;
    Status status =
        switch (kind) {
          case CUMULATIVE -> cumulative(value, target, m, config.cumulativeBehindMargin());
          case RATE_DUE ->
              value.compareTo(target) >= 0
                  ? Status.MET
                  : month < spec.dueMonth() ? Status.AT_RISK : Status.BEHIND;
          case MONTHLY_RATE ->
              value.compareTo(target) >= 0
                  ? Status.MET
                  : value.compareTo(target.subtract(config.monthlyRateBehindMargin())) < 0
                      ? Status.BEHIND
                      : Status.AT_RISK;
          case CEILING -> value.compareTo(target) > 0 ? Status.BREACHED : Status.MET;
          case NONE -> Status.NO_TARGET;
        };
    return new Tracking(target, kind.name(), timeProgress, completion, projection, status);
  }

  /**
   * completion < time progress ⟺ value/target < month/12 ⟺ 12·value < month·target; BEHIND likewise
   * against (month − 12·margin)·target.
   */
  static Status cumulative(
      BigDecimal value, BigDecimal target, BigDecimal month, BigDecimal margin) {
    if (value.compareTo(target) >= 0) {
      return Status.MET;
    }
    BigDecimal scaled = value.multiply(TWELVE);
    if (scaled.compareTo(month.subtract(margin.multiply(TWELVE)).multiply(target)) < 0) {
      return Status.BEHIND;
    }
    if (scaled.compareTo(month.multiply(target)) < 0) {
      return Status.AT_RISK;
    }
    return Status.ON_TRACK;
  }
}
