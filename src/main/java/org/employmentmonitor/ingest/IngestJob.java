package org.employmentmonitor.ingest;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.employmentmonitor.cli.Failures;
import org.employmentmonitor.cli.MonitorException;
import org.employmentmonitor.ingest.InputCatalog.ExtractFile;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;
import org.employmentmonitor.io.SerializableHadoopConf;
import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;

/**
 * The ingest step (SPEC 3.1): every delivered extract up to the period becomes a validated, typed,
 * pseudonymised staging partition (Parquet, one per source and extract month) plus its quarantine
 * and counts. A month whose staged copy was made from the same file, towns and key is skipped; a
 * changed or new file is read again and its partition replaced, alone.
 *
 * <p>Each file is read by one Spark task in a single pass ({@link ExtractFileParser}); files run as
 * concurrent Spark jobs, largest first, so both the cores of a laptop and the executors of a
 * cluster stay busy. Every file is reconciled (read = accepted + quarantined) against what was
 * actually written before its partition is published.
 */
public final class IngestJob implements Job {
  private static final Logger LOG = LogManager.getLogger(IngestJob.class);

  /**
   * A file is cut into chunks of at least this size (only when cores outnumber files). Tests lower
   * it to cut tiny files.
   */
  static volatile long minChunkBytes = 16L << 20;

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
    String keyFp = ctx.key().fingerprint();

    List<ExtractFile> todo = new ArrayList<>();
    int current = 0;
    for (ExtractFile f : catalog.files()) {
      IngestState state = IngestState.read(fs, published.stagingPartition(f.source(), f.month()));
      if (!ctx.reingest()
          && state != null
          && state.isCurrent(f, towns.towns().sha256(), keyFp, ctx.encodingOverride())) {
        current++;
      } else {
        todo.add(f);
      }
    }
    removeUndelivered(ctx, catalog);
    LOG.info(
        "ingest: {} file(s) up to {} delivered, {} already staged and unchanged, {} to read",
        catalog.files().size(),
        ctx.period(),
        current,
        todo.size());

    Map<ExtractFile, HeaderProbe.Probe> probes = probeAll(fs, todo, ctx.encodingOverride());
    List<Ingested> done = readAll(ctx, todo, probes, towns.towns(), keyFp);

    fs.mkdirs(published.staging());
    fs.mkdirs(published.quarantine());
    for (Ingested i : done) {
      publish(ctx, i);
    }
    publishTowns(ctx, catalog.towns(), towns);
    fs.restrictToOwner(published.staging());
    fs.restrictToOwner(published.quarantine());

    Path reports = ctx.work().reports(ctx.period());
    fs.mkdirs(reports);
    DataQuality.writeCsv(
        fs,
        new Path(reports, "data_quality.csv"),
        ctx.period(),
        DataQuality.load(fs, published, ctx.period()));
  }

  /** One file read, reconciled and waiting in the work folder to be published. */
  private record Ingested(ExtractFile file, IngestState state) {}

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
            e.getValue().header().ignoredColumns());
      }
    }
    return probes;
  }

  private List<Ingested> readAll(
      RunContext ctx,
      List<ExtractFile> todo,
      Map<ExtractFile, HeaderProbe.Probe> probes,
      Towns towns,
      String keyFp)
      throws Exception {
    if (todo.isEmpty()) {
      return List.of();
    }
    // One Spark job per source (every file of it a task, largest first); sources run side by side.
    Map<String, List<ExtractFile>> bySource = new LinkedHashMap<>();
    List<ExtractFile> bySize = new ArrayList<>(todo);
    bySize.sort(Comparator.comparingLong(ExtractFile::size).reversed());
    for (ExtractFile f : bySize) {
      bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
    }
    int threads = Math.max(1, Math.min(bySource.size(), 4));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Ingested>>> futures = new ArrayList<>();
      for (List<ExtractFile> files : bySource.values()) {
        futures.add(pool.submit(() -> readSource(ctx, files, probes, towns, keyFp)));
      }
      List<Ingested> done = new ArrayList<>();
      for (Future<List<Ingested>> fut : futures) {
        try {
          done.addAll(fut.get());
        } catch (ExecutionException e) {
          pool.shutdownNow();
          ctx.spark().sparkContext().cancelAllJobs();
          throw Failures.unwrap(e.getCause());
        }
      }
      done.sort(
          Comparator.comparing((Ingested i) -> i.file().month())
              .thenComparing(i -> i.file().source()));
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reads every file of one source in one Spark job, then reconciles each file on its own. */
  private List<Ingested> readSource(
      RunContext ctx,
      List<ExtractFile> files,
      Map<ExtractFile, HeaderProbe.Probe> probes,
      Towns towns,
      String keyFp)
      throws IOException {
    String source = files.get(0).source();
    ctx.describe("ingest " + source + " (" + files.size() + " file(s))");
    OutputLayout work = ctx.work();
    HashSet<String> townCodes = new HashSet<>(towns.codes());
    SerializableHadoopConf conf = new SerializableHadoopConf(ctx.fs().conf());
    Map<ExtractFile, Split> splits = split(ctx, files, probes, conf);
    List<FileTask> tasks = new ArrayList<>();
    for (ExtractFile f : files) {
      Path quarantineOut = work.quarantinePartition(source, f.month());
      ctx.fs().mkdirs(quarantineOut);
      HeaderProbe.Probe probe = probes.get(f);
      List<FileChunk> chunks =
          splits.containsKey(f) ? splits.get(f).chunks() : List.of(FileChunk.WHOLE);
      for (FileChunk chunk : chunks) {
        tasks.add(
            new FileTask(
                f,
                chunk,
                probe.charset().name(),
                probe.header(),
                townCodes,
                ctx.key(),
                quarantineOut.toString(),
                countsFile(work, f, chunk.index()).toString(),
                conf));
      }
    }
    tasks.sort(
        Comparator.comparingLong(
                (FileTask t) ->
                    t.chunk().end() < 0
                        ? t.file().size() - t.chunk().start()
                        : t.chunk().end() - t.chunk().start())
            .reversed());
    Extract extract = Extracts.byName(source);
    JavaRDD<Row> rows =
        JavaSparkContext.fromSparkContext(ctx.spark().sparkContext())
            .parallelize(tasks, tasks.size())
            .mapPartitions(new ParseFile());
    ctx.spark()
        .createDataFrame(rows, extract.stagedSchemaWithMonth())
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy(Extract.EXTRACT_MONTH)
        .parquet(work.staging(source).toString());
    List<Ingested> out = new ArrayList<>();
    for (ExtractFile f : files) {
      out.add(reconcile(ctx, f, probes.get(f), splits.get(f), towns, keyFp));
    }
    return out;
  }

  /** A file cut into chunks, with its checksum (taken while looking for the cuts). */
  record Split(String path, String sha256, List<FileChunk> chunks)
      implements java.io.Serializable {}

  /**
   * When a run has more cores than files of a source to read (a monthly run: one file per source),
   * large plain files are cut into chunks read by several tasks at once. From scratch, with a file
   * per core or more, nothing is cut: the extra pass would only cost.
   */
  private static Map<ExtractFile, Split> split(
      RunContext ctx,
      List<ExtractFile> files,
      Map<ExtractFile, HeaderProbe.Probe> probes,
      SerializableHadoopConf conf) {
    int cores = ctx.spark().sparkContext().defaultParallelism();
    Map<ExtractFile, Integer> pieces = new LinkedHashMap<>();
    for (ExtractFile f : files) {
      int wanted =
          Math.min((cores + files.size() - 1) / files.size(), (int) (f.size() / minChunkBytes));
      if (files.size() < cores && wanted >= 2 && !f.path().endsWith(".gz")) {
        pieces.put(f, wanted);
      }
    }
    Map<ExtractFile, Split> out = new LinkedHashMap<>();
    if (pieces.isEmpty()) {
      return out;
    }
    List<String[]> requests = new ArrayList<>();
    for (Map.Entry<ExtractFile, Integer> e : pieces.entrySet()) {
      requests.add(
          new String[] {
            e.getKey().path(),
            probes.get(e.getKey()).charset().name(),
            Long.toString(e.getKey().size()),
            Integer.toString(e.getValue())
          });
    }
    List<Split> found =
        JavaSparkContext.fromSparkContext(ctx.spark().sparkContext())
            .parallelize(requests, requests.size())
            .map(r -> findChunks(r, conf))
            .collect();
    for (ExtractFile f : pieces.keySet()) {
      for (Split sp : found) {
        if (sp.path().equals(f.path())) {
          out.put(f, sp);
        }
      }
    }
    return out;
  }

  /** Reads one file to find its chunks and its SHA-256 (runs in a task). */
  private static Split findChunks(String[] request, SerializableHadoopConf conf)
      throws IOException {
    Path path = new Path(request[0]);
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (java.io.InputStream in =
        new java.security.DigestInputStream(
            path.getFileSystem(conf.get()).open(path, 1 << 16), sha)) {
      List<FileChunk> chunks =
          FileChunk.split(
              in,
              java.nio.charset.Charset.forName(request[1]),
              Long.parseLong(request[2]),
              Integer.parseInt(request[3]),
              ExtractFileParser.MAX_RECORD_BYTES);
      return new Split(request[0], java.util.HexFormat.of().formatHex(sha.digest()), chunks);
    }
  }

  private static Path countsFile(OutputLayout work, ExtractFile f, int chunk) {
    return new Path(
        new Path(work.root(), "counts"), f.source() + "-" + f.month() + "-" + chunk + ".json");
  }

  /** The counts of a file: those of its one task, or the sum over its chunks. */
  private static FileCounts counts(RunContext ctx, ExtractFile f, Split split) throws IOException {
    int chunks = split == null ? 1 : split.chunks().size();
    FileCounts sum = new FileCounts();
    for (int i = 0; i < chunks; i++) {
      FileCounts c =
          IngestState.JSON.readValue(
              ctx.fs().readAll(countsFile(ctx.work(), f, i)), FileCounts.class);
      sum.read += c.read;
      sum.accepted += c.accepted;
      sum.quarantined += c.quarantined;
      sum.warnings += c.warnings;
      c.byReason.forEach((k, v) -> sum.byReason.merge(k, v, Long::sum));
      c.byWarning.forEach((k, v) -> sum.byWarning.merge(k, v, Long::sum));
      sum.seconds = Math.max(sum.seconds, c.seconds);
      sum.sha256 = split == null ? c.sha256 : split.sha256();
    }
    return sum;
  }

  /** Checks one file's counts against what was written and records its state. */
  private Ingested reconcile(
      RunContext ctx,
      ExtractFile f,
      HeaderProbe.Probe probe,
      Split split,
      Towns towns,
      String keyFp)
      throws IOException {
    OutputLayout work = ctx.work();
    Path stagingOut = work.stagingPartition(f.source(), f.month());
    Path quarantineOut = work.quarantinePartition(f.source(), f.month());
    FileCounts counts = counts(ctx, f, split);
    Reconciliation.check(ctx.fs(), f, counts, stagingOut, quarantineOut);
    ctx.fs().mkdirs(stagingOut);
    double seconds = counts.seconds;
    String what = "ingest " + f.source() + " " + f.month();
    IngestState state = new IngestState();
    state.source = f.source();
    state.extractMonth = f.month().toString();
    state.file = f.relativePath();
    state.size = f.size();
    state.mtime = f.mtime();
    state.sha256 = counts.sha256;
    state.encoding = probe.charset().name();
    state.townsSha256 = towns.sha256();
    state.keyFingerprint = keyFp;
    state.read = counts.read;
    state.accepted = counts.accepted;
    state.quarantined = counts.quarantined;
    state.warnings = counts.warnings;
    state.byReason = counts.byReason;
    state.byWarning = counts.byWarning;
    state.ignoredColumns = probe.header().ignoredColumns();
    state.runId = ctx.runId();
    state.ingestedAt = Instant.now().toString();
    state.seconds = Math.round(seconds * 1000) / 1000.0;
    state.write(ctx.fs(), stagingOut);

    LOG.info(
        "{}: {} read, {} accepted, {} quarantined, {} warnings, {} s",
        what,
        String.format("%,d", counts.read),
        String.format("%,d", counts.accepted),
        String.format("%,d", counts.quarantined),
        String.format("%,d", counts.warnings),
        String.format("%.1f", seconds));
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("read", counts.read);
    m.put("accepted", counts.accepted);
    m.put("quarantined", counts.quarantined);
    m.put("warnings", counts.warnings);
    ctx.steps().record("ingest", f.source() + " " + f.month(), seconds, m);
    return new Ingested(f, state);
  }

  /** The Spark side of one file: a task reads it with {@link ExtractFileParser}. */
  static final class ParseFile implements FlatMapFunction<java.util.Iterator<FileTask>, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public java.util.Iterator<Row> call(java.util.Iterator<FileTask> tasks) {
      FileTask task = tasks.next();
      TaskContext tc = TaskContext.get();
      ExtractFileParser parser = new ExtractFileParser(task, tc.taskAttemptId());
      tc.addTaskCompletionListener(
          (org.apache.spark.util.TaskCompletionListener) c -> parser.close());
      return parser;
    }
  }

  private static void publish(RunContext ctx, Ingested i) throws IOException {
    ExtractFile f = i.file();
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
    IngestState state = new IngestState();
    state.source = "towns";
    state.extractMonth = "reference";
    state.file = file.relativePath();
    state.size = file.size();
    state.mtime = file.mtime();
    state.sha256 = loaded.counts().sha256;
    state.read = loaded.counts().read;
    state.accepted = loaded.counts().accepted;
    state.quarantined = loaded.counts().quarantined;
    state.byReason = loaded.counts().byReason;
    state.runId = ctx.runId();
    state.ingestedAt = Instant.now().toString();
    state.write(ctx.fs(), work);
    ctx.fs().replace(work, ctx.published().staging("towns"), ctx.runId());
  }

  /** Staged months whose extract is no longer delivered are removed (the input is the truth). */
  private static void removeUndelivered(RunContext ctx, InputCatalog catalog) throws IOException {
    HadoopFs fs = ctx.fs();
    for (Extract e : Extracts.MONTHLY) {
      for (FileStatus s : fs.list(ctx.published().staging(e.name()))) {
        String name = s.getPath().getName();
        if (!name.startsWith("extract_month=")) {
          continue;
        }
        YearMonth month;
        try {
          month = YearMonth.parse(name.substring("extract_month=".length()));
        } catch (java.time.format.DateTimeParseException ex) {
          continue;
        }
        if (!month.isAfter(ctx.period()) && catalog.find(e.name(), month).isEmpty()) {
          LOG.warn(
              "staging {} {} removed: that extract is no longer in the input folder",
              e.name(),
              month);
          fs.delete(s.getPath());
          fs.delete(ctx.published().quarantinePartition(e.name(), month));
        }
      }
    }
  }
}
