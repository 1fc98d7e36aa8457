package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.indicators.Recruitment;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;

/**
 * RECRUITMENT_DROP (SPEC 7; tasks 51–53): positions posted in P (latest version of each posting, by
 * posted_date month) ≥ {@code alerts.recruitment_drop.red} (50%) below the mean of the previous
 * {@code months} (3) months is RED, ≥ {@code yellow} (30%) YELLOW; for the district and each town.
 * An area whose mean is zero is not judged. value = (mean − P) ÷ mean, threshold = the line
 * crossed; decided exactly as (sum − n × P) ≥ share × sum.
 */
public final class RecruitmentDropRule {
  public static final String INDICATOR = Recruitment.JOB_POSTINGS.id();

  private RecruitmentDropRule() {}

  /**
   * Positions posted by one area.
   *
   * @param key {@link Subjects#DISTRICT} or a town code
   * @param name the town's name (null for the district)
   * @param current positions posted in P
   * @param previous positions posted in P−1, P−2, … (as many as the rule's months)
   */
  public record AreaPositions(String key, String name, long current, List<Long> previous) {
    long previousSum() {
      return previous.stream().mapToLong(Long::longValue).sum();
    }

    boolean isDistrict() {
      return Subjects.DISTRICT.equals(key);
    }
  }

  public static List<AlertRow> judge(
      List<AreaPositions> areas, YearMonth period, MonitorConfig.Alerts thresholds) {
    List<AlertRow> out = new ArrayList<>();
    for (AreaPositions a : areas) {
      Severity s = severity(a, thresholds);
      if (s != null) {
        out.add(alert(a, s, period, thresholds));
      }
    }
    return out;
  }

  static Severity severity(AreaPositions a, MonitorConfig.Alerts t) {
    long sum = a.previousSum();
    if (sum <= 0 || a.previous().isEmpty()) {
      return null; // a zero mean is not judged
    }
    BigDecimal shortfall = BigDecimal.valueOf(sum - a.previous().size() * a.current());
    BigDecimal base = BigDecimal.valueOf(sum);
    if (shortfall.compareTo(t.recruitmentDropRed().multiply(base)) >= 0) {
      return Severity.RED;
    }
    if (shortfall.compareTo(t.recruitmentDropYellow().multiply(base)) >= 0) {
      return Severity.YELLOW;
    }
    return null;
  }

  private static AlertRow alert(
      AreaPositions a, Severity s, YearMonth period, MonitorConfig.Alerts t) {
    int n = a.previous().size();
    long sum = a.previousSum();
    BigDecimal threshold = s == Severity.RED ? t.recruitmentDropRed() : t.recruitmentDropYellow();
    BigDecimal share =
        BigDecimal.valueOf(sum - n * a.current())
            .divide(BigDecimal.valueOf(sum), 10, RoundingMode.HALF_EVEN);
    BigDecimal mean =
        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_EVEN);
    String span =
        n == 1
            ? ZhFormat.month(period.minusMonths(1), period)
            : ZhFormat.month(period.minusMonths(n), period)
                + "至"
                + ZhFormat.month(period.minusMonths(1), period);
    String message =
        (a.isDistrict() ? "全区" : a.name() == null ? a.key() : a.name())
            + ZhFormat.month(period, period)
            + "发布招聘岗位"
            + ZhFormat.count(a.current())
            + "个，比"
            + span
            + "月均"
            + ZhFormat.number(mean, 1)
            + "个减少"
            + ZhFormat.percentBeside(share, threshold)
            + "，达到"
            + s.labelZh()
            + "预警线"
            + ZhFormat.percent(threshold)
            + "，用工需求明显收缩";
    return new AlertRow(
        period,
        s,
        AlertRule.RECRUITMENT_DROP.name(),
        INDICATOR,
        a.isDistrict() ? Subjects.DISTRICT : Subjects.of(a.key(), a.name()),
        share,
        threshold,
        message,
        t.recruitmentDropLeadUnit());
  }
}
