package org.employmentmonitor.alerts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.indicators.TargetTracker;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.ingest.id.IdNumber;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.testing.TestInput;

/** Hand-built inputs for the rule tests: the default configuration, indicator rows, towns. */
final class AlertFixtures {
  private AlertFixtures() {}

  static final MonitorConfig CONFIG = MonitorConfig.defaults();
  static final MonitorConfig.Alerts THRESHOLDS = CONFIG.alerts();
  static final YearMonth SEPTEMBER = YearMonth.of(2020, 9);

  static final Towns TOWNS =
      new Towns(
          List.of(
              new Towns.Town(TestInput.TOWN_A, "中山路街道", "STREET"),
              new Towns.Town(TestInput.TOWN_B, "胜利路街道", "STREET"),
              new Towns.Town(TestInput.TOWN_C, "青峰镇", "TOWN")),
          "test");

  static org.apache.spark.sql.SparkSession spark() {
    return org.employmentmonitor.testing.SparkTestSupport.spark();
  }

  static BigDecimal dec(String v) {
    return new BigDecimal(v);
  }

  /**
   * An indicator row of P's month-end as the indicators step writes it: target columns and status
   * from the real {@link TargetTracker} under the default configuration.
   */
  static IndicatorRow row(YearMonth period, String id, Scope scope, String key, String value) {
    IndicatorDefinition def = IndicatorCatalog.byId(id);
    TargetSpec spec = def.isSubIndicator() ? null : CONFIG.target(id);
    BigDecimal v = value == null ? null : new BigDecimal(value);
    TargetTracker.Tracking t = TargetTracker.track(spec, scope, v, period.getMonthValue(), CONFIG);
    String lead = CONFIG.target(def.configId()).leadUnit();
    return new IndicatorRow(
        period,
        period.atEndOfMonth(),
        id,
        def.nameZh(),
        scope,
        key,
        scope == Scope.DISTRICT ? "永川区" : TOWNS.name(key) == null ? key : TOWNS.name(key),
        v,
        v,
        null,
        def.unit(),
        t.target(),
        t.targetKind(),
        t.timeProgress(),
        t.completion(),
        t.projection(),
        t.status(),
        lead);
  }

  static IndicatorRow district(YearMonth period, String id, String value) {
    return row(period, id, Scope.DISTRICT, "", value);
  }

  private static final Pattern ID_LIKE =
      Pattern.compile("(?<![0-9A-Z])[0-9]{17}[0-9X](?![0-9A-Z])");

  /** No alert text holds anything that is a valid citizen ID number (SPEC: no personal data). */
  static void assertNoIdNumbers(List<AlertRow> alerts) {
    for (AlertRow a : alerts) {
      for (String text : List.of(a.subject(), a.message(), a.leadUnit())) {
        Matcher m = ID_LIKE.matcher(text);
        while (m.find()) {
          String s = m.group();
          assertFalse(
              IdNumber.checkCharacter(s.substring(0, 17)) == s.charAt(17),
              "an ID number in alert text: " + text);
        }
      }
    }
  }
}
