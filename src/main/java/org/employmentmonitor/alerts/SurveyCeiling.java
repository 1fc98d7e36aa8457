package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.indicators.SurveyedUnemploymentRate;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;

/**
 * CEILING for the surveyed unemployment rate (SPEC 7, the document's "城镇调查失业率控制在5%以内"): its own
 * thresholds ({@code alerts.survey.*}), strictly above: above 4.5% YELLOW, above 5.0% RED. value =
 * the rate of P (a fraction), threshold = the line it crossed. A month without a survey raises
 * nothing.
 */
public final class SurveyCeiling {
  public static final String INDICATOR = SurveyedUnemploymentRate.DEFINITION.id();

  private SurveyCeiling() {}

  public static List<AlertRow> judge(
      List<IndicatorRow> rows, YearMonth period, MonitorConfig.Alerts thresholds) {
    List<AlertRow> out = new ArrayList<>();
    for (IndicatorRow r : rows) {
      if (!r.indicatorId().equals(INDICATOR)
          || r.scope() != Scope.DISTRICT
          || !r.monthEnd().equals(period.atEndOfMonth())
          || r.value() == null) {
        continue;
      }
      BigDecimal rate = r.value();
      BigDecimal red = thresholds.surveyRedAbove();
      BigDecimal yellow = thresholds.surveyYellowAbove();
      String head = "全区" + r.indicatorName() + "为";
      if (rate.compareTo(red) > 0) {
        String message =
            head + ZhFormat.percentBeside(rate, red) + "，超过控制线" + ZhFormat.percent(red);
        out.add(alert(r, period, Severity.RED, red, message));
      } else if (rate.compareTo(yellow) > 0) {
        String message =
            head
                + ZhFormat.percentBeside(rate, yellow)
                + "，高于预警线"
                + ZhFormat.percent(yellow)
                + "，接近控制线"
                + ZhFormat.percent(red);
        out.add(alert(r, period, Severity.YELLOW, yellow, message));
      }
    }
    return out;
  }

  private static AlertRow alert(
      IndicatorRow r, YearMonth period, Severity s, BigDecimal threshold, String message) {
    return new AlertRow(
        period,
        s,
        AlertRule.CEILING.name(),
        INDICATOR,
        Subjects.DISTRICT,
        r.value(),
        threshold,
        message,
        r.leadUnit());
  }
}
