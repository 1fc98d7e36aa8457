package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;

/**
 * PROJECTION (SPEC 7): a DISTRICT cumulative target whose year-end projection at the current run
 * rate (value × 12 ÷ month, SPEC 4.5) is below the target is YELLOW. value = the projection,
 * threshold = the target. Decided exactly: 12 × value &lt; month × target.
 *
 * <p>With the run-rate projection this is the same condition as "completion below time progress",
 * so it fires together with TARGET_PROGRESS; it is its own row because it answers another question:
 * where the year ends at this pace.
 */
public final class ProjectionRule {
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private ProjectionRule() {}

  public static List<AlertRow> judge(List<IndicatorRow> rows, YearMonth period) {
    List<AlertRow> out = new ArrayList<>();
    BigDecimal month = BigDecimal.valueOf(period.getMonthValue());
    for (IndicatorRow r : rows) {
      if (r.scope() != Scope.DISTRICT
          || !r.monthEnd().equals(period.atEndOfMonth())
          || !TargetKind.CUMULATIVE.name().equals(r.targetKind())
          || r.target() == null
          || r.value() == null
          || r.status() == Status.MET
          || r.status() == Status.NOT_AVAILABLE) {
        continue;
      }
      if (r.value().multiply(TWELVE).compareTo(month.multiply(r.target())) >= 0) {
        continue;
      }
      BigDecimal projection =
          r.projection() != null
              ? r.projection()
              : r.value().multiply(TWELVE).divide(month, 10, RoundingMode.HALF_EVEN);
      String message =
          "按"
              + ZhFormat.yearToDate(period)
              + "进度测算，全区"
              + r.indicatorName()
              + "全年预计"
              + ZhFormat.value(projection.setScale(0, RoundingMode.HALF_UP), r.unit())
              + "，低于全年目标"
              + ZhFormat.value(r.target(), r.unit())
              + "，需加快进度";
      out.add(
          new AlertRow(
              period,
              Severity.YELLOW,
              AlertRule.PROJECTION.name(),
              r.indicatorId(),
              Subjects.DISTRICT,
              projection,
              r.target(),
              message,
              r.leadUnit()));
    }
    return out;
  }
}
