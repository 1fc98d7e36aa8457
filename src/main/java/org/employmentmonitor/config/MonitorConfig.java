package org.employmentmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.employmentmonitor.base.MonitorException;

/**
 * The typed configuration (SPEC 4.4, 7): targets, target kinds, deadlines, status margins, alert
 * thresholds and lead units. Loaded once at start-up from the built-in {@code jobs/monitor.yaml}
 * with an optional operator file merged over it, validated, bound to the run's year ({@link
 * #forYear}: {@link #targets} holds that year's targets, {@link TargetYears}), then passed down
 * read-only.
 */
public record MonitorConfig(
    String districtName,
    String reportTitle,
    Map<String, TargetSpec> targets,
    BigDecimal cumulativeBehindMargin,
    BigDecimal monthlyRateBehindMargin,
    Alerts alerts,
    Map<String, String> sourceLeadUnits,
    Notify delivery,
    String sourceDescription,
    Ingest ingest,
    TargetYears targetYears)
    implements Serializable {

  /** Where the defaults live inside the application jar. */
  public static final String DEFAULTS_RESOURCE = "/org/employmentmonitor/config/monitor.yaml";

  /** Alert thresholds of SPEC 7. */
  public record Alerts(
      BigDecimal surveyYellowAbove,
      BigDecimal surveyRedAbove,
      int layoffYellowPersons,
      BigDecimal layoffYellowShare,
      int layoffYellowShareMinPersons,
      int layoffRedPersons,
      String layoffLeadUnit,
      int insuredDropMinTownInsured,
      BigDecimal insuredDropYellow,
      BigDecimal insuredDropRed,
      String insuredDropLeadUnit,
      int recruitmentDropMonths,
      BigDecimal recruitmentDropYellow,
      BigDecimal recruitmentDropRed,
      String recruitmentDropLeadUnit,
      BigDecimal dataQualityYellow,
      BigDecimal dataQualityRed)
      implements Serializable {}

  /**
   * Bounds on reading hostile or broken input (issue 18, {@code ingest:} in jobs/monitor.yaml).
   *
   * @param maxRecordBytes a record longer than this is cut off and quarantined (MALFORMED_ROW)
   * @param maxFields a record with more fields than this is cut off and quarantined
   * @param plausibleRowsFactor an extract with more rows than this many times the previous delivery
   *     of its source (and more than {@code plausibleRowsFloor}) stops the run
   * @param plausibleRowsFloor below this many rows an extract is always plausible; without a
   *     previous delivery the limit is factor × floor
   */
  public record Ingest(
      int maxRecordBytes, int maxFields, long plausibleRowsFactor, long plausibleRowsFloor)
      implements Serializable {
    /** The most rows a delivery may hold, given the previous delivery's rows (or -1: none). */
    public long maxRows(long previousRows) {
      long byHistory =
          previousRows < 0
              ? multiply(plausibleRowsFloor, plausibleRowsFactor)
              : multiply(previousRows, plausibleRowsFactor);
      return Math.max(plausibleRowsFloor, byHistory);
    }

    private static long multiply(long a, long b) {
      try {
        return Math.multiplyExact(a, b);
      } catch (ArithmeticException e) {
        return Long.MAX_VALUE;
      }
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The built-in defaults alone. */
  public static MonitorConfig defaults() {
    return load(null, null);
  }

  /**
   * Defaults with {@code override} (the text of a --config file, may be null) merged over them.
   *
   * @param overrideName how messages name the override file
   */
  public static MonitorConfig load(String overrideText, String overrideName) {
    JsonNode tree;
    try (InputStream in = MonitorConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("built-in configuration " + DEFAULTS_RESOURCE + " missing");
      }
      tree = YAML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("built-in configuration unreadable", e);
    }
    String source = "built-in jobs/monitor.yaml";
    boolean undated = false;
    boolean years = false;
    if (overrideText != null) {
      JsonNode override;
      try {
        override = YAML.readTree(overrideText);
      } catch (IOException e) {
        throw MonitorException.usage(
            "configuration " + overrideName + " is not valid YAML: " + firstLine(e.getMessage()));
      }
      if (override != null && !override.isMissingNode() && !override.isNull()) {
        if (!override.isObject()) {
          throw MonitorException.usage(
              "configuration " + overrideName + " must be a YAML mapping (key: value)");
        }
        checkKnownKeys(tree, override, "", overrideName);
        undated = hasUndatedTargets(override);
        years = override.has("targets");
        merge((ObjectNode) tree, (ObjectNode) override);
      }
      source = overrideName + " over the built-in jobs/monitor.yaml";
    }
    return fromTree(
        tree, overrideName == null ? "jobs/monitor.yaml" : overrideName, source, undated, years);
  }

  /**
   * This configuration with the targets of {@code year} (SPEC 4.4): a year without configured
   * targets keeps every indicator but without a target (kind NONE, status NO_TARGET).
   */
  public MonitorConfig forYear(int year) {
    TargetYears bound = targetYears.bind(year);
    return new MonitorConfig(
        districtName,
        reportTitle,
        TargetYears.resolve(targets, bound),
        cumulativeBehindMargin,
        monthlyRateBehindMargin,
        alerts,
        sourceLeadUnits,
        delivery,
        sourceDescription,
        ingest,
        bound);
  }

  /** Whether the year in effect has configured targets (SPEC 4.4). */
  public boolean targetsConfigured() {
    return targetYears.configured();
  }

  /** The year whose targets {@link #targets} holds. */
  public int targetYear() {
    return targetYears.effectiveYear();
  }

  private static boolean hasUndatedTargets(JsonNode override) {
    JsonNode indicators = override.get("indicators");
    if (indicators == null || !indicators.isObject()) {
      return false;
    }
    for (JsonNode n : indicators) {
      if (n.isObject() && n.has("target")) {
        return true;
      }
    }
    return false;
  }

  /** The target of an indicator id; every id of the catalogue has one (possibly NONE). */
  public TargetSpec target(String indicatorId) {
    TargetSpec t = targets.get(indicatorId);
    if (t == null) {
      throw new IllegalArgumentException("no configuration for indicator " + indicatorId);
    }
    return t;
  }

  public String sourceLeadUnit(String source) {
    return sourceLeadUnits.getOrDefault(source, sourceLeadUnits.get("registration"));
  }

  // ---- parsing and validation ----

  private static MonitorConfig fromTree(
      JsonNode t, String name, String description, boolean undated, boolean years) {
    Reader r = new Reader(name);
    Map<String, TargetSpec> targets = new LinkedHashMap<>();
    Map<String, TargetKind> kinds = new LinkedHashMap<>();
    JsonNode indicators = r.object(t, "indicators");
    Iterator<Map.Entry<String, JsonNode>> it = indicators.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      String path = "indicators." + id;
      JsonNode n = e.getValue();
      TargetKind kind = r.kind(n, path);
      kinds.put(id, kind);
      int due = kind == TargetKind.RATE_DUE ? r.integer(n, path + ".due_month", 1, 12) : 12;
      targets.put(
          id,
          // no value here: it is the year's (TargetYears); the spec holds it once bound to a year
          new TargetSpec(
              id, null, kind, due, r.text(n, path + ".lead_unit"), r.optionalText(n, "task")));
    }
    TargetYears targetYears = TargetYears.parse(t, kinds, undated, years, name);
    JsonNode status = r.object(t, "status");
    JsonNode alerts = r.object(t, "alerts");
    JsonNode survey = r.object(alerts, "survey");
    JsonNode layoff = r.object(alerts, "layoff");
    JsonNode insured = r.object(alerts, "insured_drop");
    JsonNode recruitment = r.object(alerts, "recruitment_drop");
    JsonNode quality = r.object(alerts, "data_quality");
    BigDecimal one = BigDecimal.ONE;
    BigDecimal zero = BigDecimal.ZERO;
    Alerts a =
        new Alerts(
            r.decimal(survey, "alerts.survey.yellow_above", zero, one),
            r.decimal(survey, "alerts.survey.red_above", zero, one),
            r.integer(layoff, "alerts.layoff.yellow_persons", 1, Integer.MAX_VALUE),
            r.decimal(layoff, "alerts.layoff.yellow_share", zero, one),
            r.integer(layoff, "alerts.layoff.yellow_share_min_persons", 1, Integer.MAX_VALUE),
            r.integer(layoff, "alerts.layoff.red_persons", 1, Integer.MAX_VALUE),
            r.text(layoff, "alerts.layoff.lead_unit"),
            r.integer(insured, "alerts.insured_drop.min_town_insured", 0, Integer.MAX_VALUE),
            r.decimal(insured, "alerts.insured_drop.yellow", zero, one),
            r.decimal(insured, "alerts.insured_drop.red", zero, one),
            r.text(insured, "alerts.insured_drop.lead_unit"),
            r.integer(recruitment, "alerts.recruitment_drop.months", 1, 12),
            r.decimal(recruitment, "alerts.recruitment_drop.yellow", zero, one),
            r.decimal(recruitment, "alerts.recruitment_drop.red", zero, one),
            r.text(recruitment, "alerts.recruitment_drop.lead_unit"),
            r.decimal(quality, "alerts.data_quality.yellow", zero, one),
            r.decimal(quality, "alerts.data_quality.red", zero, one));
    if (a.surveyRedAbove().compareTo(a.surveyYellowAbove()) < 0) {
      throw r.error("alerts.survey.red_above", "must not be below alerts.survey.yellow_above");
    }
    if (a.layoffRedPersons() < a.layoffYellowPersons()) {
      throw r.error("alerts.layoff.red_persons", "must not be below yellow_persons");
    }
    if (a.insuredDropRed().compareTo(a.insuredDropYellow()) < 0) {
      throw r.error("alerts.insured_drop.red", "must not be below alerts.insured_drop.yellow");
    }
    if (a.recruitmentDropRed().compareTo(a.recruitmentDropYellow()) < 0) {
      throw r.error(
          "alerts.recruitment_drop.red", "must not be below alerts.recruitment_drop.yellow");
    }
    if (a.dataQualityRed().compareTo(a.dataQualityYellow()) < 0) {
      throw r.error("alerts.data_quality.red", "must not be below alerts.data_quality.yellow");
    }
    Map<String, String> sources = new LinkedHashMap<>();
    JsonNode src = r.object(t, "sources");
    src.fields()
        .forEachRemaining(
            e ->
                sources.put(
                    e.getKey(), r.text(e.getValue(), "sources." + e.getKey() + ".lead_unit")));
    JsonNode district = r.object(t, "district");
    Notify delivery = delivery(r, r.object(t, "notify"));
    JsonNode ingest = r.object(t, "ingest");
    JsonNode plausible = r.object(ingest, "ingest.plausible_rows");
    Ingest limits =
        new Ingest(
            r.integer(ingest, "ingest.max_record_bytes", 1024, 1 << 30),
            r.integer(ingest, "ingest.max_fields", 16, 1 << 20),
            r.integer(plausible, "ingest.plausible_rows.factor", 1, Integer.MAX_VALUE),
            r.decimal(plausible, "ingest.plausible_rows.floor", one, null).longValueExact());
    return new MonitorConfig(
        r.text(district, "district.name"),
        r.text(district, "district.report_title"),
        TargetYears.resolve(targets, targetYears),
        r.decimal(status, "status.cumulative_behind_margin", zero, one),
        r.decimal(status, "status.monthly_rate_behind_margin", zero, one),
        a,
        Collections.unmodifiableMap(sources),
        delivery,
        description,
        limits,
        targetYears);
  }

  /** {@code notify:}; an empty url turns delivery off. */
  private static Notify delivery(Reader r, JsonNode n) {
    String text = r.optionalText(n, "url");
    URI url = null;
    if (!text.isEmpty()) {
      try {
        url = new URI(text);
      } catch (URISyntaxException e) {
        throw r.error("notify.url", "is not a URL: " + e.getReason());
      }
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
        throw r.error(
            "notify.url",
            "must be an http(s) URL with a host, e.g."
                + " https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…");
      }
    }
    String kind = r.text(n, "notify.kind");
    Notify.Kind k;
    try {
      k = Notify.Kind.parse(kind);
    } catch (IllegalArgumentException e) {
      throw r.error("notify.kind", "must be wecom or dingtalk, not " + kind);
    }
    int timeout = r.integer(n, "notify.timeout_seconds", 1, Notify.MAX_DEADLINE_SECONDS);
    int deadline = r.integer(n, "notify.deadline_seconds", 1, Notify.MAX_DEADLINE_SECONDS);
    if (timeout > deadline) {
      throw r.error(
          "notify.timeout_seconds",
          "("
              + timeout
              + ") must not exceed notify.deadline_seconds ("
              + deadline
              + "), the bound on the whole delivery");
    }
    return new Notify(
        url,
        k,
        r.integer(n, "notify.attempts", 1, 10),
        r.decimal(n, "notify.backoff_seconds", BigDecimal.ZERO, BigDecimal.valueOf(600)),
        timeout,
        deadline);
  }

  /** Every key of the override must exist in the defaults (catches typos such as "targett"). */
  private static void checkKnownKeys(
      JsonNode defaults, JsonNode override, String path, String name) {
    Iterator<Map.Entry<String, JsonNode>> it = override.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      JsonNode d = defaults.get(e.getKey());
      boolean indicatorEntry =
          path.startsWith("indicators.") && INDICATOR_KEYS.contains(e.getKey());
      // targets: YEAR: id: value — years and ids are checked by TargetYears
      boolean yearEntry = path.equals("targets") || path.startsWith("targets.");
      if (d == null && !indicatorEntry && !yearEntry) {
        throw MonitorException.usage(
            "configuration " + name + ": unknown key '" + key + "' (see jobs/monitor.yaml)");
      }
      if (d != null && d.isObject() && e.getValue().isObject()) {
        checkKnownKeys(d, e.getValue(), key, name);
      }
    }
  }

  private static final Set<String> INDICATOR_KEYS =
      Set.of("target", "kind", "due_month", "lead_unit", "task");

  private static void merge(ObjectNode base, ObjectNode over) {
    over.fields()
        .forEachRemaining(
            e -> {
              JsonNode b = base.get(e.getKey());
              if (b != null && b.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) b, (ObjectNode) e.getValue());
              } else {
                base.set(e.getKey(), e.getValue());
              }
            });
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Typed reads that name the offending key in their error. */
  /** Reads a configuration tree, every error naming the file and the key (TargetYears uses it). */
  record Reader(String file) {
    MonitorException error(String key, String what) {
      return MonitorException.usage("configuration " + file + ": " + key + " " + what);
    }

    JsonNode object(JsonNode parent, String key) {
      JsonNode n = parent.get(key.substring(key.lastIndexOf('.') + 1));
      if (n == null || !n.isObject()) {
        throw error(key, "must be a mapping");
      }
      return n;
    }

    String text(JsonNode parent, String key) {
      JsonNode n = parent.get(key.substring(key.lastIndexOf('.') + 1));
      if (n == null || !n.isValueNode() || n.asText().isBlank()) {
        throw error(key, "is required");
      }
      return n.asText().trim();
    }

    String optionalText(JsonNode parent, String key) {
      JsonNode n = parent.get(key);
      return n == null || n.isNull() ? "" : n.asText().trim();
    }

    TargetKind kind(JsonNode n, String path) {
      String k = text(n, path + ".kind");
      try {
        return TargetKind.valueOf(k.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error(
            path + ".kind", "must be one of " + List.of(TargetKind.values()) + ", not " + k);
      }
    }

    BigDecimal decimal(JsonNode parent, String key, BigDecimal min, BigDecimal max) {
      return number(parent.get(key.substring(key.lastIndexOf('.') + 1)), key, min, max);
    }

    /** Node {@code n} (at {@code key}) as a number within [min, max]; a null bound is open. */
    BigDecimal number(JsonNode n, String key, BigDecimal min, BigDecimal max) {
      if (n == null || !(n.isNumber() || n.isTextual())) {
        throw error(key, "must be a number");
      }
      BigDecimal v;
      try {
        v = new BigDecimal(n.asText().trim());
      } catch (NumberFormatException e) {
        throw error(key, "must be a number, not '" + n.asText() + "'");
      }
      if (min != null && v.compareTo(min) < 0) {
        throw error(key, "must be >= " + min.toPlainString());
      }
      if (max != null) {
        atMost(v, max, key, "must be <= " + max.toPlainString());
      }
      return v;
    }

    void atMost(BigDecimal v, BigDecimal max, String key, String why) {
      if (v.compareTo(max) > 0) {
        throw error(key, why);
      }
    }

    int integer(JsonNode parent, String key, int min, int max) {
      BigDecimal v = decimal(parent, key, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
      try {
        return v.intValueExact();
      } catch (ArithmeticException e) {
        throw error(key, "must be a whole number");
      }
    }
  }
}
