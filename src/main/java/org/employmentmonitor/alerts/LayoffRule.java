package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;

/**
 * LAYOFF 规模性裁员 (SPEC 7, 9; the document's tasks 9, 50 and 65; Labour Contract Law art. 41): an
 * employer whose insured headcount (distinct insured persons) falls from P−1 to P by ≥ {@code
 * alerts.layoff.red_persons} (50) is RED; by ≥ {@code yellow_persons} (20), or by ≥ {@code
 * yellow_share} (10%) of P−1's headcount and ≥ {@code yellow_share_min_persons} (5), YELLOW. An
 * employer absent in P has 0.
 *
 * <p>value = the drop in persons; threshold = the smallest drop that raises this severity at this
 * employer: {@code red_persons} for RED, and for YELLOW min(yellow_persons, max(min persons, ⌈share
 * × headcount in P−1⌉)).
 */
public final class LayoffRule {
  private LayoffRule() {}

  /**
   * One employer's insured headcount in P−1 and P.
   *
   * @param name the latest employer name delivered, may be null
   * @param townCode the employer's town (of its latest delivered row)
   */
  public record EmployerChange(
      String creditCode, String name, String townCode, long before, long after) {
    public long drop() {
      return before - after;
    }
  }

  public static List<AlertRow> judge(
      List<EmployerChange> changes,
      Towns towns,
      YearMonth period,
      MonitorConfig.Alerts thresholds) {
    List<AlertRow> out = new ArrayList<>();
    for (EmployerChange c : changes) {
      Severity s = severity(c.before(), c.after(), thresholds);
      if (s != null) {
        out.add(alert(c, s, towns, period, thresholds));
      }
    }
    return out;
  }

  /** The severity of a fall from {@code before} to {@code after} persons, or null. */
  static Severity severity(long before, long after, MonitorConfig.Alerts t) {
    long drop = before - after;
    if (before <= 0 || drop <= 0) {
      return null;
    }
    if (drop >= t.layoffRedPersons()) {
      return Severity.RED;
    }
    boolean byPersons = drop >= t.layoffYellowPersons();
    boolean byShare =
        BigDecimal.valueOf(drop)
                    .compareTo(t.layoffYellowShare().multiply(BigDecimal.valueOf(before)))
                >= 0
            && drop >= t.layoffYellowShareMinPersons();
    return byPersons || byShare ? Severity.YELLOW : null;
  }

  /** The smallest drop that is YELLOW at an employer of {@code before} persons. */
  static long yellowTrigger(long before, MonitorConfig.Alerts t) {
    long byShare =
        t.layoffYellowShare()
            .multiply(BigDecimal.valueOf(before))
            .setScale(0, RoundingMode.CEILING)
            .longValueExact();
    return Math.min(t.layoffYellowPersons(), Math.max(t.layoffYellowShareMinPersons(), byShare));
  }

  private static AlertRow alert(
      EmployerChange c, Severity s, Towns towns, YearMonth period, MonitorConfig.Alerts t) {
    long threshold = s == Severity.RED ? t.layoffRedPersons() : yellowTrigger(c.before(), t);
    String town = towns.name(c.townCode());
    String employer =
        c.name() == null || c.name().isBlank()
            ? "统一社会信用代码为" + c.creditCode() + "的单位"
            : c.name().trim() + "（统一社会信用代码" + c.creditCode() + "）";
    YearMonth previous = period.minusMonths(1);
    BigDecimal share =
        BigDecimal.valueOf(c.drop())
            .divide(BigDecimal.valueOf(c.before()), 10, RoundingMode.HALF_EVEN);
    String message =
        (town == null ? "" : town)
            + employer
            + "参保职工由"
            + ZhFormat.month(previous, period)
            + "的"
            + ZhFormat.count(c.before())
            + "人降至"
            + ZhFormat.month(period, period)
            + "的"
            + ZhFormat.count(c.after())
            + "人"
            + (c.after() == 0 ? "（本月无参保缴费记录）" : "")
            + "，减少"
            + ZhFormat.count(c.drop())
            + "人（下降"
            + ZhFormat.percent(share)
            + "），存在规模性裁员风险，请核实并指导企业依法依规做好职工安置";
    return new AlertRow(
        period,
        s,
        AlertRule.LAYOFF.name(),
        null,
        Subjects.of(c.creditCode(), c.name()),
        BigDecimal.valueOf(c.drop()),
        BigDecimal.valueOf(threshold),
        message,
        t.layoffLeadUnit());
  }
}
