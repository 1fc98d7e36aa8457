package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.employmentmonitor.ingest.DataQuality;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.ingest.schema.Column;
import org.employmentmonitor.ingest.schema.ColumnType;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.job.RunContext;

/**
 * What was delivered since the table of P−1 was published (SPEC 6 revisions.csv, "the reason names
 * the deliveries that changed it"): the earlier months re-delivered, withdrawn or first delivered
 * since — P−1's manifest lists every staged delivery with its checksum, this run's staging every
 * current one — and, for P's own deliveries, the earliest month their rows are dated in (rows of
 * later months dated back, SPEC 9).
 *
 * @param known whether P−1's manifest was there to compare with
 * @param earlier the changed deliveries of months before P, in source then month order
 * @param ownEarliest source → the earliest month P's own delivery of it holds a row dated in (a
 *     source absent from the map was not delivered in P or has no dated rows, such as the graduate
 *     roster, a snapshot of its own month)
 */
record DeliveryChanges(
    YearMonth period, boolean known, List<Change> earlier, Map<String, YearMonth> ownEarliest) {

  /**
   * The causes a reason names ({@link org.employmentmonitor.model.RevisionTable#REASON_FORMAT}).
   */
  enum Cause {
    REDELIVERED,
    WITHDRAWN,
    DELIVERED_LATE,
    DATED_BACK;

    String token() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  record Change(Cause cause, String source, YearMonth month) {
    String token() {
      return cause.token() + " " + source + "/" + month;
    }
  }

  /** Written by the report layer's RunManifest into reports/P/ (its FILE_NAME). */
  static final String MANIFEST = "manifest.json";

  /**
   * The reason a cell of {@code def} at {@code monthEnd} changed: the changed earlier deliveries of
   * its sources, and P's own deliveries of its sources that hold rows dated in or before the
   * month-end's month.
   */
  String reason(IndicatorDefinition def, LocalDate monthEnd) {
    if (!known) {
      return "deliveries_unknown";
    }
    Set<String> sources =
        def.sources().isEmpty()
            ? new HashSet<>(Extracts.MONTHLY.stream().map(Extract::name).toList())
            : new HashSet<>(def.sources());
    List<String> tokens = new ArrayList<>();
    for (Change c : earlier) {
      if (sources.contains(c.source())) {
        tokens.add(c.token());
      }
    }
    YearMonth m = YearMonth.from(monthEnd);
    for (Map.Entry<String, YearMonth> e : ownEarliest.entrySet()) {
      if (sources.contains(e.getKey()) && !e.getValue().isAfter(m)) {
        tokens.add(new Change(Cause.DATED_BACK, e.getKey(), period).token());
      }
    }
    return tokens.isEmpty() ? "deliveries_unchanged" : String.join("; ", tokens);
  }

  /** Reads P−1's manifest, the staged deliveries and the dates of P's own deliveries. */
  static DeliveryChanges of(RunContext ctx) throws IOException {
    YearMonth period = ctx.period();
    Path manifest = new Path(ctx.published().reports(period.minusMonths(1)), MANIFEST);
    Map<String, YearMonth> own = ownEarliest(ctx);
    if (!ctx.fs().exists(manifest)) {
      return new DeliveryChanges(period, false, List.of(), own);
    }
    JsonNode prev = new ObjectMapper().readTree(ctx.fs().readAll(manifest));
    Map<String, String> before = new TreeMap<>();
    for (JsonNode i : prev.path("inputs")) {
      before.put(
          i.path("source").asText() + "/" + i.path("extract_month").asText(), fingerprint(i));
    }
    Map<String, String> now = new TreeMap<>();
    for (IngestState s : DataQuality.load(ctx.fs(), ctx.published(), period.minusMonths(1))) {
      now.put(s.source + "/" + s.extractMonth, fingerprint(s));
    }
    return new DeliveryChanges(period, true, compare(before, now), own);
  }

  /**
   * The changed deliveries of monthly extracts: {@code source/YYYY-MM} → fingerprint before (P−1's
   * manifest) and now (staging), both of months before P.
   */
  static List<Change> compare(Map<String, String> before, Map<String, String> now) {
    Map<String, Change> out = new TreeMap<>();
    Set<String> monthly = new HashSet<>(Extracts.MONTHLY.stream().map(Extract::name).toList());
    Set<String> keys = new HashSet<>(before.keySet());
    keys.addAll(now.keySet());
    for (String k : keys) {
      int slash = k.indexOf('/');
      String source = k.substring(0, slash);
      if (!monthly.contains(source)) {
        continue; // the towns list: not a delivery of a month
      }
      YearMonth m = YearMonth.parse(k.substring(slash + 1));
      String b = before.get(k);
      String n = now.get(k);
      Cause cause =
          b == null
              ? Cause.DELIVERED_LATE
              : n == null ? Cause.WITHDRAWN : b.equals(n) ? null : Cause.REDELIVERED;
      if (cause != null) {
        out.put(order(source) + "/" + m, new Change(cause, source, m));
      }
    }
    return List.copyOf(out.values());
  }

  /** SPEC order of the extracts, for a stable listing. */
  private static String order(String source) {
    int i = 0;
    for (Extract e : Extracts.MONTHLY) {
      if (e.name().equals(source)) {
        return String.format("%02d", i);
      }
      i++;
    }
    return "99";
  }

  /** A delivery's checksum: its file's, or its parts' in order. */
  private static String fingerprint(JsonNode input) {
    if (input.path("parts").isArray() && input.path("parts").size() > 0) {
      List<String> parts = new ArrayList<>();
      input.path("parts").forEach(p -> parts.add(p.path("sha256").asText()));
      return String.join(",", parts);
    }
    return input.path("sha256").asText();
  }

  private static String fingerprint(IngestState s) {
    if (s.parts != null && !s.parts.isEmpty()) {
      List<String> parts = new ArrayList<>();
      s.parts.forEach(p -> parts.add(p.sha256));
      return String.join(",", parts);
    }
    return String.valueOf(s.sha256);
  }

  /** Source → the earliest month a row of P's own staged delivery is dated in. */
  private static Map<String, YearMonth> ownEarliest(RunContext ctx) throws IOException {
    Map<String, YearMonth> out = new LinkedHashMap<>();
    for (Extract e : Extracts.MONTHLY) {
      String column = datedBy(e);
      Path partition = ctx.published().stagingPartition(e.name(), ctx.period());
      if (column == null || !ctx.fs().exists(partition) || !holdsRows(ctx, partition)) {
        continue; // nothing staged (a delivery whose rows were all quarantined has no data file)
      }
      Row r = ctx.spark().read().parquet(partition.toString()).agg(min(col(column))).first();
      Object d = r.get(0);
      if (d != null) {
        LocalDate date = d instanceof LocalDate l ? l : ((java.sql.Date) d).toLocalDate();
        out.put(e.name(), YearMonth.from(date));
      }
    }
    return out;
  }

  private static boolean holdsRows(RunContext ctx, Path partition) throws IOException {
    for (org.apache.hadoop.fs.FileStatus f : ctx.fs().list(partition)) {
      if (f.isFile() && f.getPath().getName().endsWith(".parquet")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The column a row of an extract is dated by: the one that may not be after the extract month
   * (event_date, contribution_month, posted_date), else its first required date (a training's
   * start, a loan's issue, an entity's registration); none for the graduate roster, whose month-end
   * reads the latest snapshot of its own month (SPEC 9).
   */
  static String datedBy(Extract e) {
    if (e.name().equals(Extracts.GRADUATES.name())) {
      return null;
    }
    for (Column c : e.columns()) {
      if (c.isNotAfterExtract()) {
        return c.name();
      }
    }
    for (Column c : e.columns()) {
      if (c.isRequired() && (c.type() == ColumnType.DATE || c.type() == ColumnType.MONTH)) {
        return c.name();
      }
    }
    return null;
  }
}
