package org.employmentmonitor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.employmentmonitor.indicators.person.PersonState;
import org.employmentmonitor.ingest.DataQuality;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.ingest.Reconciliation;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.job.StepLog;

/**
 * {@code reports/YYYY-MM/manifest.json} (SPEC 6, issue 9): the run id, every input up to the period
 * with its size, checksum and row counts, what changed in the inputs since the period's previous
 * run, the effective configuration, versions, timings, and every published output file with its
 * SHA-256 and run id ({@link PublishedOutputs}: how a reader ties each file of the period to the
 * run that wrote it, issue 18). No personal data: files are named by their path in the input
 * folder, the key only by its fingerprint.
 */
public final class RunManifest {
  public static final String FILE_NAME = "manifest.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(SerializationFeature.INDENT_OUTPUT, true)
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

  private RunManifest() {}

  /** {@code step} is the step the run was asked for ({@code --step}, "monthly" for all). */
  public static void write(RunContext ctx, String step, String configName, String input)
      throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    Instant finished = Instant.now();
    doc.put("run_id", ctx.runId());
    doc.put("period", ctx.period().toString());
    doc.put("step", step);
    doc.put("started_at", ctx.startedAt().toString());
    doc.put("finished_at", finished.toString());
    doc.put("seconds", Duration.between(ctx.startedAt(), finished).toMillis() / 1000.0);
    doc.put("input", input);
    doc.put("output", ctx.published().root().toString());
    doc.put("spark_master", ctx.spark().sparkContext().master());

    List<Map<String, Object>> inputs = new ArrayList<>();
    for (IngestState s : DataQuality.load(ctx.fs(), ctx.published(), ctx.input(), ctx.period())) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("source", s.source);
      i.put("extract_month", s.extractMonth);
      i.put("file", s.file);
      i.put("size", s.size);
      i.put("sha256", s.sha256);
      i.put("modified", Instant.ofEpochMilli(s.mtime).toString());
      i.put("encoding", s.encoding);
      i.put("read", s.read);
      i.put("accepted", s.accepted);
      i.put("quarantined", s.quarantined);
      i.put("warnings", s.warnings);
      i.put("ingested_by_run", s.runId);
      // Issue 27: a delivery in parts with a part moved out is not simply "delivered".
      i.put("input_status", DataQuality.inputStatus(s));
      if (s.parts != null && !s.parts.isEmpty()) {
        // A delivery in parts (SPEC 2): each file with its own size, checksum and counts.
        List<Map<String, Object>> parts = new ArrayList<>();
        for (IngestState.PartState p : s.parts) {
          Map<String, Object> pm = new LinkedHashMap<>();
          pm.put("file", p.file);
          pm.put("size", p.size);
          pm.put("sha256", p.sha256);
          pm.put("modified", Instant.ofEpochMilli(p.mtime).toString());
          pm.put("encoding", p.encoding);
          pm.put("read", p.read);
          pm.put("accepted", p.accepted);
          pm.put("quarantined", p.quarantined);
          pm.put("warnings", p.warnings);
          pm.put("input_status", DataQuality.partStatus(s, p));
          parts.add(pm);
        }
        i.put("parts", parts);
      }
      inputs.add(i);
    }
    doc.put("inputs", inputs);
    doc.put("input_changes", changes(ctx, inputs));

    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put(
        "indicator_rows",
        rows(ctx, ctx.work().indicators(ctx.period()), ctx.published().indicators(ctx.period())));
    counts.put(
        "alert_rows",
        rows(ctx, ctx.work().alerts(ctx.period()), ctx.published().alerts(ctx.period())));
    counts.put(
        "revision_rows",
        rows(ctx, ctx.work().revisions(ctx.period()), ctx.published().revisions(ctx.period())));
    doc.put("row_counts", counts);

    Map<String, Object> config = new LinkedHashMap<>();
    config.put("source", ctx.config().sourceDescription());
    config.put("file", configName);
    config.put("effective", ctx.config());
    config.put("pseudonymisation_key", ctx.key().development() ? "development" : "operator");
    config.put("key_fingerprint", ctx.key().fingerprint());
    config.put("encoding", ctx.encodingOverride() == null ? "auto" : ctx.encodingOverride());
    doc.put("configuration", config);

    Map<String, Object> versions = new LinkedHashMap<>();
    versions.put("employment_monitor", ownVersion());
    versions.put("spark", ctx.spark().version());
    versions.put("java", System.getProperty("java.version"));
    doc.put("versions", versions);

    List<Map<String, Object>> timings = new ArrayList<>();
    for (StepLog.Entry e : ctx.steps().entries()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("step", e.step());
      t.put("what", e.what());
      t.put("seconds", Math.round(e.seconds() * 1000) / 1000.0);
      t.put("counts", e.counts());
      timings.add(t);
    }
    doc.put("timings", timings);
    doc.put("outputs", PublishedOutputs.list(ctx, previous(ctx)));
    PersonState.Meta state = PersonState.Meta.read(ctx.fs(), ctx.work().personState());
    if (state != null) {
      // Issue 16: the per-person state published with this period (its files are not hashed
      // here: tens of MB to GB; its _state.json names this run).
      Map<String, Object> ps = new LinkedHashMap<>();
      ps.put("path", "staging/person_state");
      ps.put("run_id", state.runId);
      ps.put("buckets", state.buckets);
      ps.put("persons", state.persons);
      ps.put("contribution_rows", state.entries);
      ps.put("spans", state.spans);
      ps.put("social_insurance_months", new ArrayList<>(state.months.keySet()));
      doc.put("person_state", ps);
    }

    Path dir = ctx.work().reports(ctx.period());
    ctx.fs().mkdirs(dir);
    ctx.fs().write(new Path(dir, FILE_NAME), JSON.writeValueAsBytes(doc));
  }

  /** The project version the build filtered into the classpath. */
  static String ownVersion() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in =
        RunManifest.class.getResourceAsStream("/org/employmentmonitor/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  private static long rows(RunContext ctx, Path work, Path published) throws IOException {
    Path p = ctx.fs().exists(work) ? work : published;
    return Reconciliation.rowsIn(ctx.fs(), p);
  }

  /** The manifest of the period's last published run, or null. */
  private static JsonNode previous(RunContext ctx) throws IOException {
    Path previous = new Path(ctx.published().reports(ctx.period()), FILE_NAME);
    if (!ctx.fs().exists(previous)) {
      return null;
    }
    return JSON.readTree(ctx.fs().readAll(previous));
  }

  /** Inputs added, removed or changed (checksum) since the manifest of the period's last run. */
  private static Map<String, Object> changes(RunContext ctx, List<Map<String, Object>> inputs)
      throws IOException {
    return changes(previous(ctx), inputs);
  }

  /** {@code inputs} compared with the {@code inputs} of the previous manifest {@code prev}. */
  static Map<String, Object> changes(JsonNode prev, List<Map<String, Object>> inputs) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (prev == null) {
      out.put("previous_run_id", null);
      return out;
    }
    // By file: a delivery in parts has no checksum of its own, each part has one (SPEC 2: a
    // re-delivered part is a changed input).
    Map<String, String> before = new TreeMap<>();
    for (JsonNode i : prev.path("inputs")) {
      if (i.path("parts").isArray() && i.path("parts").size() > 0) {
        for (JsonNode p : i.path("parts")) {
          before.put(p.path("file").asText(), p.path("sha256").asText());
        }
      } else {
        before.put(i.path("file").asText(), i.path("sha256").asText());
      }
    }
    Map<String, String> now = new TreeMap<>();
    for (Map<String, Object> i : inputs) {
      if (i.get("parts") instanceof List<?> parts) {
        for (Object o : parts) {
          Map<?, ?> p = (Map<?, ?>) o;
          now.put((String) p.get("file"), String.valueOf(p.get("sha256")));
        }
      } else {
        now.put((String) i.get("file"), String.valueOf(i.get("sha256")));
      }
    }
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : now.entrySet()) {
      String b = before.get(e.getKey());
      if (b == null) {
        added.add(e.getKey());
      } else if (!b.equals(e.getValue())) {
        changed.add(e.getKey());
      }
    }
    List<String> removed = new ArrayList<>();
    for (String f : before.keySet()) {
      if (!now.containsKey(f)) {
        removed.add(f);
      }
    }
    out.put("previous_run_id", prev.path("run_id").asText(null));
    out.put("added", added);
    out.put("removed", removed);
    out.put("changed", changed);
    return out;
  }
}
