package org.employmentmonitor.ingest;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.TaskRegister;
import org.employmentmonitor.ingest.InputCatalog.Delivery;
import org.employmentmonitor.ingest.InputCatalog.ExtractFile;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;
import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;

/**
 * The ingest step (SPEC 3.1): every delivered extract up to the period becomes a validated, typed,
 * pseudonymised staging partition (Parquet, one per source and extract month) plus its quarantine
 * and counts. A month whose staged copy was made from the same file, towns and key is skipped; a
 * changed or new file is read again and its partition replaced, alone. A staged month whose file is
 * gone from the input is kept (SPEC 2).
 *
 * <p>The reading itself is {@link SourceReader}'s: one Spark job per source, each file (or chunk of
 * a big file) one task reading it in a single pass ({@link ExtractFileParser}), every file
 * reconciled (read = accepted + quarantined) against what was written before it is published.
 */
public final class IngestJob implements Job {
  private static final Logger LOG = LogManager.getLogger(IngestJob.class);

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public void run(RunContext ctx) throws Exception {
    HadoopFs fs = ctx.fs();
    OutputLayout published = ctx.published();
    InputCatalog catalog = InputCatalog.list(fs, ctx.input(), ctx.period());
    checkKey(ctx, catalog);

    Towns.Loaded towns = Towns.read(fs, catalog.towns(), ctx.encodingOverride());
    for (String problem : towns.problems()) {
      LOG.warn("towns: {}", problem);
    }
    TaskRegister register = TaskRegisterFile.load(fs, ctx.input(), ctx.encodingOverride());
    LOG.info("task register: {} task(s), {}", register.size(), register.origin());
    String keyFp = ctx.key().fingerprint();
    StagedKeyCheck.check(fs, published, catalog, ctx.period(), keyFp, towns.towns().sha256());

    logUnrecognised(catalog);
    List<Delivery> todo = new ArrayList<>();
    Map<Delivery, Long> maxRows = new LinkedHashMap<>();
    Map<String, TreeMap<YearMonth, Long>> stagedRows = stagedRows(fs, published, ctx.period());
    int current = 0;
    for (Delivery d : catalog.deliveries()) {
      IngestState state = IngestState.read(fs, published.stagingPartition(d.source(), d.month()));
      List<String> partsGone = ctx.reingest() || state == null ? List.of() : state.partsGone(d);
      String referencesSha = TaskRegisterFile.referencesSha256(d.source(), towns.towns(), register);
      if (!ctx.reingest()
          && state != null
          && state.isCurrent(d, referencesSha, keyFp, ctx.encodingOverride())) {
        current++;
      } else if (!partsGone.isEmpty()
          && referencesSha.equals(state.townsSha256)
          && keyFp.equals(state.keyFingerprint)
          && state.format == IngestState.FORMAT) {
        // Data is never deleted implicitly (SPEC 2): a part moved out keeps the staged month.
        current++;
        LOG.warn(
            "staging {} {} kept and used: part(s) {} no longer in the input folder while the"
                + " other part(s) are unchanged; reading the month again would drop their rows."
                + " Put the part(s) back, or run with --reingest to stage the month from the"
                + " parts delivered now",
            d.source(),
            d.month(),
            LogText.list(partsGone));
      } else if (!partsGone.isEmpty()) {
        // Issue 27: the month must be read again (towns, key or format changed), and that would
        // drop the rows of the parts moved out: refused, never shrunk silently.
        throw MonitorException.input(
            "staging "
                + d.source()
                + " "
                + d.month()
                + " must be read again ("
                + (state.format != IngestState.FORMAT
                    ? "staging's format changed"
                    : !keyFp.equals(state.keyFingerprint)
                        ? "the pseudonymisation key changed"
                        : "reference/towns.csv changed")
                + "), but part(s) "
                + LogText.list(partsGone)
                + " are no longer in the input folder and reading the others alone would drop"
                + " their rows. Put the part(s) back into the input folder, or run with"
                + " --reingest to stage the month from the parts delivered now");
      } else {
        todo.add(d);
        // The previous delivery: the latest earlier staged month of the source, also when its
        // input folder has been archived (SPEC 2), not only the months still in the input.
        Map.Entry<YearMonth, Long> previous =
            stagedRows.getOrDefault(d.source(), new TreeMap<>()).lowerEntry(d.month());
        maxRows.put(d, ctx.config().ingest().maxRows(previous == null ? -1L : previous.getValue()));
      }
    }
    logStagedWithoutInput(ctx, catalog);
    LOG.info(
        "ingest: {} extract(s) in {} file(s) up to {} delivered, {} already staged and unchanged,"
            + " {} to read",
        catalog.deliveries().size(),
        catalog.files().size(),
        ctx.period(),
        current,
        todo.size());

    List<ExtractFile> todoFiles = todo.stream().flatMap(d -> d.files().stream()).toList();
    Map<ExtractFile, HeaderProbe.Probe> probes = probeAll(fs, todoFiles, ctx.encodingOverride());
    List<Ingested> done =
        SourceReader.readAll(ctx, todo, probes, towns.towns(), register, keyFp, maxRows);

    fs.mkdirs(published.staging());
    fs.mkdirs(published.quarantine());
    for (Ingested i : done) {
      publish(ctx, i);
    }
    publishTowns(ctx, catalog.towns(), towns);
    publishRegister(ctx, register);
    fs.restrictToOwner(published.staging());
    fs.restrictToOwner(published.quarantine());

    Path reports = ctx.work().reports(ctx.period());
    fs.mkdirs(reports);
    DataQuality.writeCsv(
        fs,
        new Path(reports, "data_quality.csv"),
        ctx.period(),
        DataQuality.load(fs, published, ctx.input(), ctx.period()));
  }

  /** Rows read per staged source-month up to {@code period}, as the run found them at its start. */
  static Map<String, TreeMap<YearMonth, Long>> stagedRows(
      HadoopFs fs, OutputLayout published, YearMonth period) throws IOException {
    Map<String, TreeMap<YearMonth, Long>> out = new HashMap<>();
    for (IngestState s : DataQuality.load(fs, published, period)) {
      if ("towns".equals(s.source) || s.extractMonth == null) {
        continue;
      }
      try {
        out.computeIfAbsent(s.source, k -> new TreeMap<>())
            .put(YearMonth.parse(s.extractMonth), s.read);
      } catch (java.time.format.DateTimeParseException e) {
        // a hand-edited state: no history from it
      }
    }
    return out;
  }

  /** One delivery read, reconciled and waiting in the work folder to be published. */
  record Ingested(Delivery delivery, IngestState state) {}

  /** SPEC 2: a file in a month folder that matches no extract is never silently skipped. */
  private static void logUnrecognised(InputCatalog catalog) {
    for (InputCatalog.Unrecognised u : catalog.unrecognised()) {
      LOG.warn(
          "{}: not read ({}); name it as an extract (docs/extract-guide.md) or move it out of the"
              + " month folder",
          LogText.cut(u.relativePath(), LogText.MAX_CHARS),
          u.why());
    }
  }

  private static void checkKey(RunContext ctx, InputCatalog catalog) {
    if (!ctx.key().development()) {
      return;
    }
    if (!catalog.isSynthetic() && !ctx.allowDevelopmentKey()) {
      throw MonitorException.usage(
          "no pseudonymisation key given, and "
              + catalog.root()
              + " is not synthetic data (no "
              + InputCatalog.SYNTHETIC_MARKER
              + "): set EM_PSEUDONYM_KEY_FILE or --key-file to the bureau's secret key "
              + "(docs/operations.md); --allow-development-key overrides this for tests only");
    }
    LOG.warn(
        "pseudonymisation uses the DEVELOPMENT key ({}): fine for synthetic data, never for "
            + "real extracts",
        catalog.isSynthetic() ? "synthetic input" : "--allow-development-key");
  }

  private static Map<ExtractFile, HeaderProbe.Probe> probeAll(
      HadoopFs fs, List<ExtractFile> files, String encodingOverride) {
    Map<ExtractFile, HeaderProbe.Probe> probes = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (ExtractFile f : files) {
      try {
        probes.put(f, HeaderProbe.probe(fs, f, Extracts.byName(f.source()), encodingOverride));
      } catch (MonitorException e) {
        errors.add(e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw MonitorException.input(
          String.join("\n", errors)
              + (errors.size() > 1 ? "\n(" + errors.size() + " files cannot be read)" : ""));
    }
    for (Map.Entry<ExtractFile, HeaderProbe.Probe> e : probes.entrySet()) {
      if (!e.getValue().header().ignoredColumns().isEmpty()) {
        LOG.info(
            "{}: column(s) not in the schema, ignored: {}",
            e.getKey().relativePath(),
            LogText.list(e.getValue().header().ignoredColumns()));
      }
    }
    return probes;
  }

  private static void publish(RunContext ctx, Ingested i) throws IOException {
    Delivery f = i.delivery();
    HadoopFs fs = ctx.fs();
    fs.replace(
        ctx.work().stagingPartition(f.source(), f.month()),
        ctx.published().stagingPartition(f.source(), f.month()),
        ctx.runId());
    Path quarantineWork = ctx.work().quarantinePartition(f.source(), f.month());
    Path quarantinePublished = ctx.published().quarantinePartition(f.source(), f.month());
    if (fs.list(quarantineWork).length > 0) {
      fs.replace(quarantineWork, quarantinePublished, ctx.runId());
    } else {
      fs.delete(quarantinePublished);
    }
  }

  private static void publishTowns(RunContext ctx, ExtractFile file, Towns.Loaded loaded)
      throws IOException {
    Path work = ctx.work().staging("towns");
    ctx.fs().mkdirs(work);
    loaded.towns().writeStaged(ctx.fs(), ctx.work());
    IngestState state = IngestState.of(file, loaded.counts(), ctx.runId());
    state.source = "towns";
    state.extractMonth = "reference";
    state.write(ctx.fs(), work);
    ctx.fs().replace(work, ctx.published().staging("towns"), ctx.runId());
  }

  /** The register the task reports were validated against, for the later steps (SPEC 2.2, 4.7). */
  private static void publishRegister(RunContext ctx, TaskRegister register) throws IOException {
    Path work = ctx.work().staging("tasks");
    ctx.fs().mkdirs(work);
    TaskRegisterFile.writeStaged(ctx.fs(), ctx.work(), register);
    ctx.fs().replace(work, ctx.published().staging("tasks"), ctx.runId());
  }

  /**
   * Staged months whose extract is no longer in the input folder (archived, or one file moved out
   * of a month folder) are kept and used, and said so (SPEC 2: withdrawing a month is an explicit
   * act, {@link Withdrawal}); data_quality.csv marks them {@value
   * DataQuality#STAGED_WITHOUT_INPUT}.
   */
  private static void logStagedWithoutInput(RunContext ctx, InputCatalog catalog)
      throws IOException {
    HadoopFs fs = ctx.fs();
    for (Extract e : Extracts.MONTHLY) {
      for (FileStatus s : fs.list(ctx.published().staging(e.name()))) {
        YearMonth month = OutputLayout.partitionMonth(s.getPath().getName());
        if (month != null
            && !month.isAfter(ctx.period())
            && catalog.find(e.name(), month).isEmpty()) {
          IngestState state = IngestState.read(fs, s.getPath());
          LOG.warn(
              "staging {} {} kept and used: {} is no longer in the input folder (staged by run {});"
                  + " to withdraw it, run with --withdraw {}:{}",
              e.name(),
              month,
              state == null ? "its file" : state.file,
              state == null ? "?" : state.runId,
              e.name(),
              month);
        }
      }
    }
  }
}
