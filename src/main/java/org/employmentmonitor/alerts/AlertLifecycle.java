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
    Map<Identity, AlertRow> before = new LinkedHashMap<>();
    for (AlertRow p : previous.orElse(List.of())) {
      if (p.active()) {
        before.merge(Identity.of(p), p, AlertLifecycle::moreSevere);
      }
    }
    List<AlertRow> out = new ArrayList<>(raised.size() + before.size());
    Set<Identity> seen = new HashSet<>();
    for (AlertRow a : raised) {
      Identity id = Identity.of(a);
      seen.add(id);
      AlertRow p = before.get(id);
      if (p == null) {
        out.add(a.withLifecycle(State.NEW, period, 1));
      } else {
        State s = worsened(p, a) ? State.WORSENED : State.ONGOING;
        out.add(a.withLifecycle(s, p.since(), p.monthsActive() + 1));
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
   * WORSENED: the severity rose, or at the same severity the value moved strictly further past its
   * threshold (below a floor, above a ceiling or a drop line). A lower severity is ONGOING.
   */
  static boolean worsened(AlertRow before, AlertRow now) {
    int rank = before.severity().compareTo(now.severity());
    if (rank != 0) {
      return rank > 0; // RED sorts before YELLOW: a positive compare means now is more severe
    }
    Optional<BigDecimal> was = beyond(before);
    Optional<BigDecimal> is = beyond(now);
    return was.isPresent() && is.isPresent() && is.get().compareTo(was.get()) > 0;
  }

  /** How far past its threshold the value is, in the rule's direction; empty if either is null. */
  static Optional<BigDecimal> beyond(AlertRow a) {
    if (a.value() == null || a.threshold() == null) {
      return Optional.empty();
    }
    BigDecimal v = a.value().setScale(STORED_SCALE, RoundingMode.HALF_UP);
    BigDecimal t = a.threshold().setScale(STORED_SCALE, RoundingMode.HALF_UP);
    return Optional.of(FLOORS.contains(a.rule()) ? t.subtract(v) : v.subtract(t));
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
