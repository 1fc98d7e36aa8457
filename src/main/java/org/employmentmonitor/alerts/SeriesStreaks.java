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
import org.employmentmonitor.tasks.Rating;
import org.employmentmonitor.tasks.TaskRow;

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
 * yellow line ({@link SurveyCeiling}). TASK alerts take theirs from the task table's ratings
 * ({@link #withTasks}): a task is rated at every month-end of the year in the same run.
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
   * The rules whose streak a series of this run gives: the target alerts (the indicator table) and
   * TASK (the task table's ratings at every month-end of P's year, SPEC 4.7). These start afresh in
   * January: a new year has new targets and its own task ratings.
   */
  public static final Set<String> SERIES_RULES =
      Set.of(
          AlertRule.TARGET_PROGRESS.name(),
          AlertRule.RATE.name(),
          AlertRule.CEILING.name(),
          AlertRule.PROJECTION.name(),
          AlertRule.TASK.name());

  /**
   * A streak: its first month and its length in months; {@code known} when the series shows where
   * it began (a month-end that met the target, or January), false when it stops at a month-end
   * without a value (then the published alerts, if any, know better).
   */
  public record Streak(YearMonth since, int months, boolean known) {}

  private record Key(LocalDate monthEnd, String id, Scope scope, String key) {}

  private final Map<Key, IndicatorRow> cells = new HashMap<>();

  /** (task number, month-end) → the task's rating then, P's year only. */
  private final Map<String, Rating> ratings = new HashMap<>();

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
   * These streaks and those of the TASK alerts, from the task table's rows (every month-end of P's
   * year, rated by the same rules in the same run: SPEC 4.7): a task's alert lasts while the task
   * is rated RED or YELLOW, whichever colour, as its alert (one identity, either severity) does.
   */
  public SeriesStreaks withTasks(List<TaskRow> tasks) {
    for (TaskRow t : tasks) {
      if (t.monthEnd().getYear() == period.getYear()) {
        ratings.put(taskKey(String.valueOf(t.taskNo()), t.monthEnd()), t.rating());
      }
    }
    return this;
  }

  private static String taskKey(String taskNo, LocalDate monthEnd) {
    return taskNo + "@" + monthEnd;
  }

  /**
   * The streak of a raised alert ending at P, from the series; empty for a rule without one, or
   * when the series does not show the condition at P itself (then the published alerts decide).
   */
  public Optional<Streak> of(AlertRow a) {
    if (AlertRule.TASK.name().equals(a.rule())) {
      return task(a);
    }
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

  /**
   * A TASK alert's streak: the month-ends of P's year, walked back from P, at which the task was
   * rated RED or YELLOW (its months_red and months_yellow count the same month-ends, not only the
   * consecutive ones). Unknown (not {@code known}) where a month-end has no rating in the table.
   */
  private Optional<Streak> task(AlertRow a) {
    if (ratings.isEmpty()) {
      return Optional.empty();
    }
    String taskNo = Subjects.key(a.subject());
    int months = 0;
    boolean known = true;
    for (int m = period.getMonthValue(); m >= 1; m--) {
      Rating r = ratings.get(taskKey(taskNo, YearMonth.of(period.getYear(), m).atEndOfMonth()));
      if (r == null) {
        known = false;
        break;
      }
      if (r != Rating.RED && r != Rating.YELLOW) {
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
