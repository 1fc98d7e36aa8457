package org.employmentmonitor.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.spark.sql.Row;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.ingest.schema.CodeList;
import org.employmentmonitor.ingest.schema.Codes;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.staging.MonthWindow;

/**
 * Turns the collected measures into the indicator table: every declared cell of every month-end
 * gets a row (zeros included, SPEC 9), ratios are divided exactly, cells of an extract absent for
 * the month are NOT_AVAILABLE, targets are tracked, and rows come out in one stable order (month,
 * catalogue, scope, key) so that two runs write byte-identical files.
 */
public final class IndicatorAssembler {
  private IndicatorAssembler() {}

  private record Cell(String id, int m, Scope scope, String key) {}

  /**
   * @param available whether an indicator's sources are there for a month-end (id, month index)
   */
  public static List<IndicatorRow> assemble(
      List<Row> measures,
      MonthWindow window,
      Towns towns,
      BiPredicate<IndicatorDefinition, Integer> available,
      MonitorConfig config) {
    Map<Cell, BigDecimal[]> parts = parts(measures);
    List<IndicatorRow> rows = new ArrayList<>();
    for (int m : window.months()) {
      YearMonth month = MonthWindow.month(m);
      for (IndicatorDefinition def : IndicatorCatalog.ALL) {
        boolean ok = available.test(def, m);
        TargetSpec spec = def.isSubIndicator() ? null : config.target(def.id());
        String leadUnit = config.target(def.configId()).leadUnit();
        for (Scope scope : def.scopes()) {
          for (Map.Entry<String, String> key : keys(scope, towns, config).entrySet()) {
            BigDecimal[] p =
                parts.getOrDefault(
                    new Cell(def.id(), m, scope, key.getKey()),
                    new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal value;
            BigDecimal numerator = null;
            BigDecimal denominator = null;
            if (!ok) {
              value = null;
            } else if (def.unit().isRatio()) {
              numerator = p[0];
              denominator = p[1];
              value = value(def, p);
            } else {
              value = p[0];
            }
            TargetTracker.Tracking t =
                TargetTracker.track(spec, scope, value, month.getMonthValue(), config);
            rows.add(
                new IndicatorRow(
                    window.period(),
                    month.atEndOfMonth(),
                    def.id(),
                    def.nameZh(),
                    scope,
                    key.getKey(),
                    key.getValue(),
                    value,
                    numerator,
                    denominator,
                    def.unit(),
                    t.target(),
                    t.targetKind(),
                    t.timeProgress(),
                    t.completion(),
                    t.projection(),
                    t.status(),
                    leadUnit));
          }
        }
      }
    }
    rows.sort(ORDER);
    return rows;
  }

  /**
   * The values of last year's month-ends (SPEC 4.6) from the same measures: every declared cell of
   * {@code window}'s month-ends whose indicator is available there and whose value is defined (a
   * ratio over nothing has none) — the value the table would hold there, without the target
   * tracking, which last year's value takes no part in.
   */
  public static Map<YearOnYear.Cell, BigDecimal> lastYear(
      List<Row> measures,
      MonthWindow window,
      Towns towns,
      BiPredicate<IndicatorDefinition, Integer> available,
      MonitorConfig config) {
    Map<Cell, BigDecimal[]> parts = parts(measures);
    BigDecimal[] none = {BigDecimal.ZERO, BigDecimal.ZERO};
    Map<YearOnYear.Cell, BigDecimal> out = new HashMap<>();
    for (int m : window.months()) {
      for (IndicatorDefinition def : IndicatorCatalog.ALL) {
        if (!available.test(def, m)) {
          continue;
        }
        for (Scope scope : def.scopes()) {
          for (String key : keys(scope, towns, config).keySet()) {
            BigDecimal value =
                value(def, parts.getOrDefault(new Cell(def.id(), m, scope, key), none));
            if (value != null) {
              out.put(new YearOnYear.Cell(def.id(), MonthWindow.month(m), scope, key), value);
            }
          }
        }
      }
    }
    return out;
  }

  /** A cell's value from its summed numerator and denominator: a ratio over nothing has none. */
  private static BigDecimal value(IndicatorDefinition def, BigDecimal[] p) {
    if (!def.unit().isRatio()) {
      return p[0];
    }
    return p[1].signum() == 0
        ? null
        : p[0].divide(p[1], TargetTracker.SCALE, RoundingMode.HALF_EVEN);
  }

  /** The measures summed per cell and part (numerator, denominator). */
  private static Map<Cell, BigDecimal[]> parts(List<Row> measures) {
    Map<Cell, BigDecimal[]> parts = new HashMap<>();
    for (Row r : measures) {
      Cell c = new Cell(r.getString(0), r.getInt(1), Scope.valueOf(r.getString(2)), r.getString(3));
      if (IndicatorCatalog.find(c.id()).isEmpty()) {
        // the table walks the catalogue: an id without a definition would vanish as zeros
        throw new IllegalStateException("a rule measured an undeclared indicator: " + c.id());
      }
      BigDecimal[] p =
          parts.computeIfAbsent(c, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      int i = Measures.NUM.equals(r.getString(4)) ? 0 : 1;
      p[i] = p[i].add(r.getDecimal(5));
    }
    return parts;
  }

  /** Month-end, then catalogue order, then scope, then key. */
  public static final Comparator<IndicatorRow> ORDER =
      Comparator.comparing(IndicatorRow::monthEnd)
          .thenComparingInt(r -> IndicatorCatalog.order(r.indicatorId()))
          .thenComparing(IndicatorRow::scope)
          .thenComparing(IndicatorRow::scopeKey);

  /** The cells of a scope, key → human name. */
  static Map<String, String> keys(Scope scope, Towns towns, MonitorConfig config) {
    Map<String, String> out = new LinkedHashMap<>();
    switch (scope) {
      case DISTRICT -> out.put("", config.districtName());
      case TOWN -> towns.list().forEach(t -> out.put(t.code(), t.name()));
      case GROUP -> out.putAll(labels(Codes.GROUP));
      case FORM -> out.putAll(labels(Codes.EMPLOYMENT_FORM));
      case PROGRAM -> out.putAll(labels(Codes.PROGRAM_TYPE));
    }
    return out;
  }

  private static Map<String, String> labels(CodeList codes) {
    return codes.labels();
  }
}
