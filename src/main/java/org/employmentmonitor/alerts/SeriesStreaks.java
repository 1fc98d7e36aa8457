package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;

/**
 * When the condition of a target, rate or ceiling alert began, read off the indicator table's
 * month-end series (SPEC 7 "Lifecycle"): the status of the alert's cell at each month-end of P's
 * year, walked back from P while it still missed the target. So the first run of a year already
 * knows that a rate missed it "1—9月", and a target alert never reaches back past January (a new
 * year, new targets). Other rules have no series; their streaks count from the published alerts.
 *
 * <p>The condition is the one the rule judges: a lagging status (AT_RISK, BEHIND, BREACHED) for
 * TARGET_PROGRESS, RATE, CEILING and PROJECTION (projection below target is the same condition as
 * completion below time progress, SPEC 4.5); for the surveyed unemployment rate, the rate above its
 * yellow line ({@link SurveyCeiling}).
 */
public final class SeriesStreaks {
  /** The rules whose streak is taken from the month-end series: the target alerts. */
  public static final Set<String> TARGET_RULES =
      Set.of(
          AlertRule.TARGET_PROGRESS.name(),
          AlertRule.RATE.name(),
          AlertRule.CEILING.name(),
          AlertRule.PROJECTION.name());

  /**
   * A streak: its first month and its length in months; {@code known} when the series shows where
   * it began (a month-end that met the target, or January), false when it stops at a month-end
   * without a value (then the published alerts, if any, know better).
   */
  public record Streak(YearMonth since, int months, boolean known) {}

  private record Key(LocalDate monthEnd, String id, Scope scope, String key) {}

  private final Map<Key, IndicatorRow> cells = new HashMap<>();
  private final YearMonth period;
  private final BigDecimal surveyYellowAbove;

  private SeriesStreaks(YearMonth period, BigDecimal surveyYellowAbove) {
    this.period = period;
    this.surveyYellowAbove = surveyYellowAbove;
  }

  /** No series: every streak counts from the published alerts. */
  public static SeriesStreaks none(YearMonth period) {
    return new SeriesStreaks(period, null);
  }

  /** The streaks of {@code period}'s target alerts from the indicator table's month-ends. */
  public static SeriesStreaks of(
      List<IndicatorRow> rows, YearMonth period, MonitorConfig.Alerts thresholds) {
    SeriesStreaks s = new SeriesStreaks(period, thresholds.surveyYellowAbove());
    for (IndicatorRow r : rows) {
      if ((r.scope() == Scope.DISTRICT || r.scope() == Scope.TOWN)
          && r.monthEnd().getYear() == period.getYear()) {
        s.cells.put(new Key(r.monthEnd(), r.indicatorId(), r.scope(), r.scopeKey()), r);
      }
    }
    return s;
  }

  /**
   * The streak of a raised alert ending at P, from the series; empty for a rule without one, or
   * when the series does not show the condition at P itself (then the published alerts decide).
   */
  public Optional<Streak> of(AlertRow a) {
    if (!TARGET_RULES.contains(a.rule()) || cells.isEmpty() || a.indicatorId() == null) {
      return Optional.empty();
    }
    String key = Subjects.key(a.subject());
    boolean district = Subjects.DISTRICT.equals(key);
    Scope scope = district ? Scope.DISTRICT : Scope.TOWN;
    String scopeKey = district ? "" : key;
    int months = 0;
    boolean known = true;
    for (int m = period.getMonthValue(); m >= 1; m--) {
      IndicatorRow r =
          cells.get(
              new Key(
                  YearMonth.of(period.getYear(), m).atEndOfMonth(),
                  a.indicatorId(),
                  scope,
                  scopeKey));
      if (r == null || r.value() == null) {
        known = false;
        break;
      }
      if (!missed(r)) {
        break;
      }
      months++;
    }
    if (months == 0) {
      return Optional.empty();
    }
    return Optional.of(new Streak(period.minusMonths(months - 1L), months, known));
  }

  private boolean missed(IndicatorRow r) {
    if (r.value() == null) {
      return false;
    }
    if (r.indicatorId().equals(SurveyCeiling.INDICATOR)) {
      return surveyYellowAbove != null && r.value().compareTo(surveyYellowAbove) > 0;
    }
    return r.target() != null && TargetRules.severity(r.status()) != null;
  }
}
