package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.indicators.TargetTracker;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;

/**
 * A hand-made report input for 2020-09: three towns, every catalogue indicator for January..
 * September in all its cells (targets tracked by the real {@link TargetTracker}), a survey rate
 * missing in September, alerts with a hostile employer name and a formula-like message, and a few
 * data-quality states. Pure Java, no Spark.
 */
final class ReportFixtures {
  private ReportFixtures() {}

  static final YearMonth PERIOD = YearMonth.of(2020, 9);
  static final MonitorConfig CONFIG = MonitorConfig.defaults();

  static final String HOSTILE_EMPLOYER = "<script>alert(1)</script> & Co.";
  static final String HOSTILE_MESSAGE = "单位 " + HOSTILE_EMPLOYER + " 参保人数由 120 人降至 60 人，减少 60 人";
  static final String FORMULA_MESSAGE = "=HYPERLINK(\"x\") 招聘岗位隔离率 1.97%";

  static final List<Towns.Town> TOWNS =
      List.of(
          new Towns.Town("500118001", "中山路街道", "STREET"),
          new Towns.Town("500118002", "胜利路街道", "STREET"),
          new Towns.Town("500118100", "青峰镇", "TOWN"));

  static ReportData data() {
    return data(alerts());
  }

  static ReportData data(List<AlertRow> alerts) {
    return new ReportData(
        PERIOD,
        CONFIG,
        indicators(),
        alerts,
        quality(),
        TOWNS,
        new ReportData.RunInfo(
            "20201005T020000Z_abcd",
            Instant.parse("2020-10-05T02:00:00Z"),
            Instant.parse("2020-10-05T02:03:00Z"),
            "/data/input",
            "built-in jobs/monitor.yaml"));
  }

  static List<IndicatorRow> indicators() {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int m = 1; m <= PERIOD.getMonthValue(); m++) {
      for (IndicatorDefinition def : IndicatorCatalog.ALL) {
        TargetSpec spec = def.isSubIndicator() ? null : CONFIG.target(def.id());
        for (Scope scope : def.scopes()) {
          int k = 0;
          for (Map.Entry<String, String> key : keys(scope).entrySet()) {
            BigDecimal value = value(def, m, scope, k++);
            BigDecimal num = null;
            BigDecimal den = null;
            if (def.unit().isRatio() && value != null) {
              den = BigDecimal.valueOf(400 + 10L * k);
              num = value.multiply(den).setScale(0, RoundingMode.HALF_EVEN);
              value = num.divide(den, 10, RoundingMode.HALF_EVEN);
            }
            TargetTracker.Tracking t = TargetTracker.track(spec, scope, value, m, CONFIG);
            rows.add(
                new IndicatorRow(
                    PERIOD,
                    YearMonth.of(2020, m).atEndOfMonth(),
                    def.id(),
                    def.nameZh(),
                    scope,
                    key.getKey(),
                    key.getValue(),
                    value,
                    num,
                    den,
                    def.unit(),
                    t.target(),
                    t.targetKind(),
                    t.timeProgress(),
                    t.completion(),
                    t.projection(),
                    t.status(),
                    CONFIG.target(def.configId()).leadUnit()));
          }
        }
      }
    }
    return rows;
  }

  private static Map<String, String> keys(Scope scope) {
    Map<String, String> out = new LinkedHashMap<>();
    switch (scope) {
      case DISTRICT -> out.put("", "永川区");
      case TOWN -> TOWNS.forEach(t -> out.put(t.code(), t.name()));
      case GROUP -> {
        out.put("GRADUATE", "高校毕业生");
        out.put("MIGRANT_RETURNEE", "返乡农民工");
      }
      case FORM -> {
        out.put("EMPLOYER", "单位就业");
        out.put("FLEXIBLE", "灵活就业");
      }
      case PROGRAM -> {
        out.put("E_COMMERCE", "电商培训");
        out.put("SKILL_UPGRADE", "岗位技能提升");
      }
    }
    return out;
  }

  /** Plausible, distinct values; the survey is missing in September (NOT_AVAILABLE). */
  private static BigDecimal value(IndicatorDefinition def, int m, Scope scope, int k) {
    if (def.id().equals("surveyed_unemployment_rate")) {
      return m == 9 ? null : new BigDecimal("0.0" + (40 + m));
    }
    if (def.id().equals("graduate_placement_rate") && scope == Scope.TOWN && k == 2) {
      return null; // a town without graduates: zero denominator
    }
    if (def.unit().isRatio()) {
      return BigDecimal.valueOf(850 + 10L * k + 5L * m, 3);
    }
    if (def.id().equals("guarantee_loans_amount")) {
      return new BigDecimal("6880000.55").multiply(BigDecimal.valueOf(m));
    }
    if (def.id().equals("zero_employment_households")) {
      return BigDecimal.valueOf(m == 9 && k < 2 ? 2 : 0);
    }
    long base = def.id().equals("new_urban_employment") ? 1897 : 113 + 17L * def.id().length();
    long v = scope == Scope.DISTRICT ? base * m : (base * m) / (k + 2);
    return BigDecimal.valueOf(def.id().equals("new_urban_employment") && k == 3 ? -v : v);
  }

  /** Yellow before red on purpose: the report puts red first. */
  static List<AlertRow> alerts() {
    return List.of(
        new AlertRow(
            PERIOD,
            Severity.YELLOW,
            "TARGET_PROGRESS",
            "new_urban_employment",
            "DISTRICT 永川区",
            new BigDecimal("0.7111666667"),
            new BigDecimal("0.75"),
            "城镇新增就业人数完成率71.1%，低于时间进度75.0%",
            "区人力社保局"),
        new AlertRow(
            PERIOD,
            Severity.YELLOW,
            "DATA_QUALITY",
            null,
            "recruitment/2020-09 招聘岗位",
            new BigDecimal("0.0197"),
            new BigDecimal("0.01"),
            FORMULA_MESSAGE,
            "区人力社保局"),
        new AlertRow(
            PERIOD,
            Severity.RED,
            "LAYOFF",
            null,
            "91500118MA00000019 " + HOSTILE_EMPLOYER,
            new BigDecimal("60"),
            new BigDecimal("50"),
            HOSTILE_MESSAGE,
            "区人力社保局"),
        new AlertRow(
            PERIOD,
            Severity.RED,
            "RATE",
            "unemployed_follow_up_rate",
            "500118002 胜利路街道",
            new BigDecimal("0.89"),
            new BigDecimal("1"),
            "胜利路街道登记失业人员跟踪服务覆盖率89.0%，低于目标100.0%",
            "区人力社保局"));
  }

  static List<IngestState> quality() {
    List<IngestState> out = new ArrayList<>();
    out.add(state("registration", "2020-08", 9800, 2, Map.of("INVALID_ID_NUMBER", 2L)));
    out.add(state("registration", "2020-09", 10012, 2, Map.of("INVALID_DATE", 1L)));
    out.add(state("social_insurance", "2020-09", 28217, 0, Map.of()));
    out.add(state("recruitment", "2020-09", 407, 8, Map.of("UNKNOWN_TOWN", 8L)));
    IngestState towns = state("towns", "reference", 3, 0, Map.of());
    towns.file = "reference/towns.csv";
    out.add(towns);
    return out;
  }

  private static IngestState state(
      String source, String month, long read, long quarantined, Map<String, Long> reasons) {
    IngestState s = new IngestState();
    s.source = source;
    s.extractMonth = month;
    s.file = month + "/" + source + ".csv";
    s.size = read * 120;
    s.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    s.encoding = "UTF-8";
    s.read = read;
    s.accepted = read - quarantined;
    s.quarantined = quarantined;
    s.warnings = quarantined > 0 ? 1 : 0;
    s.byReason = new TreeMap<>(reasons);
    s.byWarning = new TreeMap<>(quarantined > 0 ? Map.of("SALARY_MIN_ABOVE_MAX", 1L) : Map.of());
    return s;
  }
}
