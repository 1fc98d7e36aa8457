package org.employmentmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.employmentmonitor.base.MonitorException;

/**
 * The targets of each year (SPEC 4.4: "targets belong to a year"), {@code targets: YEAR: {id:
 * value}} in jobs/monitor.yaml, and which year a run is bound to. Only the target values are per
 * year; kinds, due months, lead units, task numbers and thresholds are the same for every year.
 *
 * <p>A year's block must name every indicator whose kind is not NONE; {@code ~} says the year's
 * document sets no such target (the indicator is then reported without one). A configuration in the
 * format before years ({@code target:} inside {@code indicators:}) holds {@link #undated} targets:
 * they are read as the targets of the run's year, whatever year that is, over the latest configured
 * year's values — exactly what such a file meant before (docs/operations.md "A new year").
 *
 * @param byYear year → indicator id → target (null: no target that year), years ascending
 * @param undated targets given without a year (the old format), empty in the new one
 * @param kinds every indicator's configured kind (the same in every year)
 * @param year the run's year this configuration is bound to, or null before {@link #bind}
 */
public record TargetYears(
    Map<Integer, Map<String, BigDecimal>> byYear,
    Map<String, BigDecimal> undated,
    Map<String, TargetKind> kinds,
    Integer year)
    implements Serializable {

  /** The earliest and latest year a block may name (a typo such as 20201 is an error). */
  static final int FIRST_YEAR = 2000;

  static final int LAST_YEAR = 2100;

  /** This configuration bound to {@code runYear}. */
  public TargetYears bind(int runYear) {
    return new TargetYears(byYear, undated, kinds, runYear);
  }

  /** The year the targets are taken from: the bound one, else the latest configured. */
  public int effectiveYear() {
    if (year != null) {
      return year;
    }
    return latest();
  }

  /** The latest configured year ({@link #FIRST_YEAR} when none is). */
  private int latest() {
    int y = FIRST_YEAR;
    for (int k : byYear.keySet()) {
      y = Math.max(y, k);
    }
    return y;
  }

  /** Whether the year in effect has targets (its own block, or undated targets of an old file). */
  public boolean configured() {
    return !undated.isEmpty() || byYear.containsKey(effectiveYear());
  }

  /**
   * The target values of the year in effect, id → value (null: no target); empty when the year is
   * not configured.
   */
  public Map<String, BigDecimal> values() {
    int y = effectiveYear();
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (undated.isEmpty()) {
      out.putAll(byYear.getOrDefault(y, Map.of()));
      return out;
    }
    // The old format: over the year's own block if there is one, else the latest configured.
    Map<String, BigDecimal> base = byYear.get(y);
    if (base == null && !byYear.isEmpty()) {
      base = byYear.get(latest());
    }
    if (base != null) {
      out.putAll(base);
    }
    out.putAll(undated);
    return out;
  }

  /**
   * The indicators' specs with the target values of {@code years}' year in effect; an indicator
   * without a value that year (not configured, or {@code ~}) is reported without a target: kind
   * NONE, so that its status is NO_TARGET and the report treats it as untargeted.
   */
  static Map<String, TargetSpec> resolve(Map<String, TargetSpec> specs, TargetYears years) {
    Map<String, BigDecimal> values = years.values();
    Map<String, TargetSpec> out = new LinkedHashMap<>();
    for (TargetSpec s : specs.values()) {
      TargetKind kind = years.kinds().getOrDefault(s.indicatorId(), TargetKind.NONE);
      BigDecimal v = kind == TargetKind.NONE ? null : values.get(s.indicatorId());
      out.put(
          s.indicatorId(),
          new TargetSpec(
              s.indicatorId(),
              v,
              v == null ? TargetKind.NONE : kind,
              s.dueMonth(),
              s.leadUnit(),
              s.task()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** What the log says once about the year in effect (nothing when its block is configured). */
  public List<String> warnings(String configName) {
    List<String> out = new ArrayList<>();
    int y = effectiveYear();
    if (!undated.isEmpty()) {
      out.add(
          "configuration "
              + configName
              + " gives targets without a year (target: inside indicators:, the format before"
              + " years): they are used as the targets of "
              + y
              + "; move them into a block targets: "
              + y
              + ": (docs/operations.md \"A new year\")");
    } else if (!byYear.containsKey(y)) {
      out.add(
          "no targets configured for "
              + y
              + " (configured years: "
              + (byYear.isEmpty() ? "none" : byYear.keySet().toString())
              + "): every indicator is computed, its status is NO_TARGET; add a block targets: "
              + y
              + ": to a --config file (docs/operations.md \"A new year\")");
    }
    return out;
  }

  /**
   * Reads {@code targets:} and the undated {@code indicators.*.target} of the merged tree.
   *
   * @param kinds the configured kind of every indicator id
   * @param overrideHasUndated the --config file gives {@code target:} inside {@code indicators:}
   * @param overrideHasYears the --config file has a {@code targets:} block
   */
  static TargetYears parse(
      JsonNode tree,
      Map<String, TargetKind> kinds,
      boolean overrideHasUndated,
      boolean overrideHasYears,
      String file) {
    if (overrideHasUndated && overrideHasYears) {
      throw error(
          file,
          "targets",
          "and target: inside indicators: are two formats of the same thing; keep only targets:"
              + " YEAR: (docs/operations.md \"A new year\")");
    }
    Map<String, BigDecimal> undated = new LinkedHashMap<>();
    JsonNode indicators = tree.path("indicators");
    Iterator<Map.Entry<String, JsonNode>> it = indicators.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode t = e.getValue().get("target");
      if (t != null && kinds.get(e.getKey()) != TargetKind.NONE) {
        undated.put(
            e.getKey(),
            value(t, kinds.get(e.getKey()), "indicators." + e.getKey() + ".target", file));
      }
    }
    Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
    JsonNode targets = tree.get("targets");
    if (targets != null && !targets.isNull()) {
      if (!targets.isObject()) {
        throw error(file, "targets", "must be a mapping of years (targets: 2021: {...})");
      }
      Iterator<Map.Entry<String, JsonNode>> years = targets.fields();
      while (years.hasNext()) {
        Map.Entry<String, JsonNode> y = years.next();
        int year = year(y.getKey(), file);
        byYear.put(year, block(year, y.getValue(), kinds, file));
      }
    }
    return new TargetYears(
        Collections.unmodifiableMap(byYear),
        Collections.unmodifiableMap(undated),
        Collections.unmodifiableMap(new LinkedHashMap<>(kinds)),
        null);
  }

  private static int year(String key, String file) {
    int y;
    try {
      y = Integer.parseInt(key.trim());
    } catch (NumberFormatException e) {
      throw error(file, "targets." + key, "is not a year: write targets: 2021: {...}");
    }
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      throw error(
          file, "targets." + key, "is not a year between " + FIRST_YEAR + " and " + LAST_YEAR);
    }
    return y;
  }

  private static Map<String, BigDecimal> block(
      int year, JsonNode n, Map<String, TargetKind> kinds, String file) {
    String path = "targets." + year;
    if (n == null || !n.isObject()) {
      throw error(file, path, "must be a mapping of indicator id: target");
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = path + "." + e.getKey();
      TargetKind kind = kinds.get(e.getKey());
      if (kind == null) {
        throw error(file, key, "is not an indicator of indicators: (see jobs/monitor.yaml)");
      }
      if (kind == TargetKind.NONE && !e.getValue().isNull()) {
        throw error(
            file, key, "has kind NONE (reported without a target); give it a kind or leave it out");
      }
      out.put(e.getKey(), e.getValue().isNull() ? null : value(e.getValue(), kind, key, file));
    }
    List<String> missing = new ArrayList<>();
    kinds.forEach(
        (id, kind) -> {
          if (kind != TargetKind.NONE && !out.containsKey(id)) {
            missing.add(id);
          }
        });
    if (!missing.isEmpty()) {
      throw error(
          file,
          path,
          "leaves out "
              + String.join(", ", missing)
              + ": a year names every indicator with a target kind (write id: ~ when "
              + year
              + "'s document sets no such target)");
    }
    return out;
  }

  private static BigDecimal value(JsonNode n, TargetKind kind, String key, String file) {
    MonitorConfig.Reader r = new MonitorConfig.Reader(file);
    BigDecimal v = r.number(n, key, BigDecimal.ZERO, null);
    if (kind == TargetKind.RATE_DUE || kind == TargetKind.MONTHLY_RATE) {
      r.atMost(v, BigDecimal.ONE, key, "is a rate: a fraction (0.9 = 90%), not above 1");
    }
    return v;
  }

  private static MonitorException error(String file, String key, String what) {
    return new MonitorConfig.Reader(file).error(key, what);
  }
}
