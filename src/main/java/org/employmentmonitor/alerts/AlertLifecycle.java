package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.State;

/**
 * The alert lifecycle (SPEC 7 "Lifecycle", docs/alerts.md): this period's raised alerts compared
 * with the alerts published for the previous period in the same output. Pure: the alerts job reads
 * the previous table and writes what this returns.
 *
 * <p>Identity is (rule, indicator_id, subject key): the machine key of the subject, so a renamed
 * town or employer keeps its streak. A DATA_QUALITY subject {@code source/P} naming the alert's own
 * period and carrying a value (a quarantine share, a count of unrecognised files) is keyed by its
 * source alone, because each period judges its own month: the same extract failing again is the
 * same problem lasting, not a new one. A subject naming another month (an earlier month's problem),
 * and a delivery missing for P (no value), keep their month.
 *
 * <p>State: a severity that rose is WORSENED, one that fell IMPROVED; at the same severity the
 * distance past the threshold, both rounded to the precision the report prints ({@link #precision}:
 * 0.1 个百分点 for ratios, one unit for counts), decides: further past WORSENED, back toward it
 * IMPROVED, a move too small to show ONGOING. Streaks of target alerts come from the indicator
 * table's month-end series, those of TASK alerts from the task table's ratings ({@link
 * SeriesStreaks}); both start afresh in January: December's are neither continued nor resolved by
 * January's.
 */
public final class AlertLifecycle {
  /** The Parquet alert table keeps ten decimals; both sides are compared at that scale. */
  private static final int STORED_SCALE = 10;

  /** Rules whose value must stay at or above the threshold; the others must stay below it. */
  private static final Set<String> FLOORS =
      Set.of(AlertRule.TARGET_PROGRESS.name(), AlertRule.RATE.name(), AlertRule.PROJECTION.name());

  private AlertLifecycle() {}

  /**
   * The alerts of {@code period} with their lifecycle, plus one RESOLVED row for every alert active
   * in the previous period and not raised now.
   *
   * @param raised this period's alerts as the rules raised them
   * @param previous the alerts published for {@code period − 1}, or empty when that period was
   *     never published in this output (then every alert is NEW and nothing is RESOLVED)
   */
  public static List<AlertRow> apply(
      List<AlertRow> raised, Optional<List<AlertRow>> previous, YearMonth period) {
    return apply(raised, previous, period, SeriesStreaks.none(period));
  }

  /**
   * As {@link #apply(List, Optional, YearMonth)}, with the streaks of target alerts taken from the
   * indicator table's month-end series where it shows them.
   */
  public static List<AlertRow> apply(
      List<AlertRow> raised,
      Optional<List<AlertRow>> previous,
      YearMonth period,
      SeriesStreaks series) {
    boolean newYear = period.getMonthValue() == 1;
    Map<Identity, AlertRow> before = new LinkedHashMap<>();
    for (AlertRow p : previous.orElse(List.of())) {
      if (p.active() && !(newYear && SeriesStreaks.SERIES_RULES.contains(p.rule()))) {
        before.merge(Identity.of(p), p, AlertLifecycle::moreSevere);
      }
    }
    List<AlertRow> out = new ArrayList<>(raised.size() + before.size());
    Set<Identity> seen = new HashSet<>();
    for (AlertRow a : raised) {
      Identity id = Identity.of(a);
      seen.add(id);
      AlertRow p = before.get(id);
      State state = p == null ? State.NEW : change(p, a);
      // the series decides when it shows where the streak began; else the published alerts do
      Optional<SeriesStreaks.Streak> streak =
          series.of(a).filter(st -> st.known() || p == null || st.months() > p.monthsActive());
      if (streak.isPresent()) {
        out.add(a.withLifecycle(state, streak.get().since(), streak.get().months()));
      } else if (p == null) {
        out.add(a.withLifecycle(State.NEW, period, 1));
      } else {
        out.add(a.withLifecycle(state, p.since(), p.monthsActive() + 1));
      }
    }
    for (Map.Entry<Identity, AlertRow> e : before.entrySet()) {
      if (!seen.contains(e.getKey())) {
        out.add(resolved(e.getValue(), period));
      }
    }
    return out;
  }

  /**
   * How an alert active in both periods changed: the severity rose (WORSENED) or fell (IMPROVED);
   * at the same severity the value moved further past its threshold (WORSENED), back toward it
   * (IMPROVED), or by less than the report shows (ONGOING). Without a value or threshold on either
   * side only the severity counts.
   */
  static State change(AlertRow before, AlertRow now) {
    int rank = before.severity().compareTo(now.severity());
    if (rank != 0) {
      // RED sorts before YELLOW: a positive compare means now is more severe
      return rank > 0 ? State.WORSENED : State.IMPROVED;
    }
    Optional<BigDecimal> was = beyond(before);
    Optional<BigDecimal> is = beyond(now);
    if (was.isEmpty() || is.isEmpty()) {
      return State.ONGOING;
    }
    int c = is.get().compareTo(was.get());
    return c > 0 ? State.WORSENED : c < 0 ? State.IMPROVED : State.ONGOING;
  }

  /** True when {@link #change} says WORSENED. */
  static boolean worsened(AlertRow before, AlertRow now) {
    return change(before, now) == State.WORSENED;
  }

  /**
   * How far past its threshold the value is, in the rule's direction, with value and threshold each
   * rounded to the precision the report prints them at; empty if either is null.
   */
  static Optional<BigDecimal> beyond(AlertRow a) {
    if (a.value() == null || a.threshold() == null) {
      return Optional.empty();
    }
    BigDecimal step = precision(a);
    BigDecimal v = shown(a.value(), step);
    BigDecimal t = shown(a.threshold(), step);
    return Optional.of(FLOORS.contains(a.rule()) ? t.subtract(v) : v.subtract(t));
  }

  private static final BigDecimal PERMILLE = new BigDecimal("0.001");
  private static final BigDecimal SHARE_STEP = new BigDecimal("0.0001");
  private static final BigDecimal HUNDRED_YUAN = new BigDecimal("100");

  /**
   * The smallest step the report prints of the alert's value (SPEC 7: a smaller move is ONGOING):
   * 0.1 个百分点 (0.001) for completion, rates and drop shares, 0.01 个百分点 for data-quality shares
   * (printed with two decimals), 0.01万元 for amounts, one for counts (persons, files).
   */
  static BigDecimal precision(AlertRow a) {
    String rule = a.rule();
    if (rule.equals(AlertRule.TARGET_PROGRESS.name())
        || rule.equals(AlertRule.RATE.name())
        || rule.equals(AlertRule.INSURED_DROP.name())
        || rule.equals(AlertRule.RECRUITMENT_DROP.name())) {
      return PERMILLE;
    }
    if (rule.equals(AlertRule.LAYOFF.name())) {
      return BigDecimal.ONE;
    }
    Optional<IndicatorDefinition> def =
        a.indicatorId() == null || a.indicatorId().isEmpty()
            ? Optional.empty()
            : IndicatorCatalog.find(a.indicatorId());
    if (def.isPresent()) {
      return switch (def.get().unit()) {
        case RATIO -> PERMILLE;
        case YUAN -> HUNDRED_YUAN;
        default -> BigDecimal.ONE;
      };
    }
    if (rule.equals(AlertRule.DATA_QUALITY.name())) {
      boolean files = Subjects.key(a.subject()).startsWith(DataQualityRule.UNRECOGNISED + "/");
      return files ? BigDecimal.ONE : SHARE_STEP;
    }
    return BigDecimal.ONE.movePointLeft(STORED_SCALE);
  }

  /** {@code v} rounded to a multiple of {@code step}, half up, as the report prints it. */
  private static BigDecimal shown(BigDecimal v, BigDecimal step) {
    return v.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
  }

  /**
   * The RESOLVED row of an alert that ended: dated this period, with the severity, value, threshold
   * and subject of its last active month and the streak that ended.
   */
  private static AlertRow resolved(AlertRow last, YearMonth period) {
    String message =
        "本月未再触发，预警解除（此前自"
            + ZhFormat.month(last.since(), period)
            + "起持续"
            + last.monthsActive()
            + "个月，最后为"
            + last.severity().labelZh()
            + "）。上月预警："
            + last.message();
    return new AlertRow(
        period,
        last.severity(),
        last.rule(),
        last.indicatorId(),
        last.subject(),
        last.value(),
        last.threshold(),
        message,
        last.leadUnit(),
        State.RESOLVED,
        last.since(),
        last.monthsActive());
  }

  private static AlertRow moreSevere(AlertRow a, AlertRow b) {
    return b.severity().compareTo(a.severity()) < 0 ? b : a;
  }

  /** (rule, indicator_id, subject key). */
  record Identity(String rule, String indicatorId, String key) {
    static Identity of(AlertRow a) {
      String key = Subjects.key(a.subject());
      String ownMonth = "/" + a.period();
      // Only a measured problem of the month (quarantine share, unrecognised files: a value) is
      // keyed by its source alone. A delivery missing for P (no value) keeps its month: else an
      // optional extract quarantined in P−1 and missing in P would read as one lasting alert.
      if (AlertRule.DATA_QUALITY.name().equals(a.rule())
          && a.value() != null
          && key.endsWith(ownMonth)) {
        key = key.substring(0, key.length() - ownMonth.length());
      }
      return new Identity(a.rule(), a.indicatorId(), key);
    }
  }
}
