package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.indicators.InsuredEmployment;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;

/**
 * INSURED_DROP (SPEC 7, 9; task 64 "社保缴纳大数据比对"): insured persons of the district, and of each town,
 * down month on month by ≥ {@code alerts.insured_drop.red} (3%) is RED, by ≥ {@code yellow} (1%)
 * YELLOW. A town is judged only when it had ≥ {@code min_town_insured} (200) insured in P−1; the
 * district always. Persons count once in the district and once in each employer town, as in the
 * insured_employment indicator. value = the drop as a share of P−1, threshold = the line crossed.
 */
public final class InsuredDropRule {
  public static final String INDICATOR = InsuredEmployment.DEFINITION.id();

  private InsuredDropRule() {}

  /**
   * Insured persons of one area in P−1 and P.
   *
   * @param key {@link Subjects#DISTRICT} or a town code
   * @param name the town's name (null for the district)
   */
  public record AreaChange(String key, String name, long before, long after) {
    boolean isDistrict() {
      return Subjects.DISTRICT.equals(key);
    }
  }

  public static List<AlertRow> judge(
      List<AreaChange> areas, YearMonth period, MonitorConfig.Alerts thresholds) {
    List<AlertRow> out = new ArrayList<>();
    for (AreaChange a : areas) {
      if (!judged(a, thresholds)) {
        continue;
      }
      Severity s = severity(a.before(), a.after(), thresholds);
      if (s != null) {
        out.add(alert(a, s, period, thresholds));
      }
    }
    return out;
  }

  /** The district always (when it had insured persons); a town from min_town_insured in P−1. */
  static boolean judged(AreaChange a, MonitorConfig.Alerts t) {
    return a.before() > 0 && (a.isDistrict() || a.before() >= t.insuredDropMinTownInsured());
  }

  /** drop ≥ share × before, exactly. */
  static Severity severity(long before, long after, MonitorConfig.Alerts t) {
    BigDecimal drop = BigDecimal.valueOf(before - after);
    BigDecimal base = BigDecimal.valueOf(before);
    if (before <= 0 || drop.signum() <= 0) {
      return null;
    }
    if (drop.compareTo(t.insuredDropRed().multiply(base)) >= 0) {
      return Severity.RED;
    }
    if (drop.compareTo(t.insuredDropYellow().multiply(base)) >= 0) {
      return Severity.YELLOW;
    }
    return null;
  }

  private static AlertRow alert(
      AreaChange a, Severity s, YearMonth period, MonitorConfig.Alerts t) {
    BigDecimal threshold = s == Severity.RED ? t.insuredDropRed() : t.insuredDropYellow();
    BigDecimal share =
        BigDecimal.valueOf(a.before() - a.after())
            .divide(BigDecimal.valueOf(a.before()), 10, RoundingMode.HALF_EVEN);
    String message =
        (a.isDistrict() ? "全区" : a.name() == null ? a.key() : a.name())
            + "参保就业人数由"
            + ZhFormat.month(period.minusMonths(1), period)
            + "的"
            + ZhFormat.count(a.before())
            + "人降至"
            + ZhFormat.month(period, period)
            + "的"
            + ZhFormat.count(a.after())
            + "人，减少"
            + ZhFormat.count(a.before() - a.after())
            + "人，环比下降"
            + ZhFormat.percentBeside(share, threshold)
            + "，达到"
            + s.labelZh()
            + "预警线"
            + ZhFormat.percent(threshold);
    return new AlertRow(
        period,
        s,
        AlertRule.INSURED_DROP.name(),
        INDICATOR,
        a.isDistrict() ? Subjects.DISTRICT : Subjects.of(a.key(), a.name()),
        share,
        threshold,
        message,
        t.insuredDropLeadUnit());
  }
}
