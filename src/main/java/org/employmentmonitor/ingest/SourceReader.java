package org.employmentmonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.base.Failures;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.TaskRegister;
import org.employmentmonitor.ingest.IngestJob.Ingested;
import org.employmentmonitor.ingest.InputCatalog.Delivery;
import org.employmentmonitor.ingest.InputCatalog.ExtractFile;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;
import org.employmentmonitor.io.SerializableHadoopConf;
import org.employmentmonitor.job.RunContext;

/**
 * Reads the files the ingest step decided to read into the run's work folder: one Spark job per
 * source (its files are the tasks, largest first, written with {@code partitionBy(extract_month)});
 * sources run side by side. When a source has fewer files than the run has cores, a big plain file
 * is first cut into chunks at record boundaries ({@link FileChunk}) and read by several tasks. Each
 * file is then reconciled — read = accepted + quarantined, against the Parquet actually written —
 * and its state recorded for publishing.
 */
final class SourceReader {
  private static final Logger LOG = LogManager.getLogger(IngestJob.class);

  /**
   * A file is cut into chunks of at least this size (only when cores outnumber files). Tests lower
   * it to cut tiny files.
   */
  static volatile long minChunkBytes = 16L << 20;

  private SourceReader() {}

  static List<Ingested> readAll(
      RunContext ctx,
      List<Delivery> todo,
      Map<ExtractFile, HeaderProbe.Probe> probes,
      Towns towns,
      TaskRegister register,
      String keyFp,
      Map<Delivery, Long> maxRows)
      throws Exception {
    if (todo.isEmpty()) {
      return List.of();
    }
    // One Spark job per source (every file of it a task, largest first); sources run side by side.
    Map<String, List<Delivery>> bySource = new LinkedHashMap<>();
    List<Delivery> bySize = new ArrayList<>(todo);
    bySize.sort(Comparator.comparingLong(Delivery::size).reversed());
    for (Delivery d : bySize) {
      bySource.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d);
    }
    int threads = Math.max(1, Math.min(bySource.size(), 4));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Ingested>>> futures = new ArrayList<>();
      for (List<Delivery> deliveries : bySource.values()) {
        futures.add(
            pool.submit(
                () -> readSource(ctx, deliveries, probes, towns, register, keyFp, maxRows)));
      }
      List<Ingested> done = new ArrayList<>();
      for (Future<List<Ingested>> fut : futures) {
        try {
          done.addAll(fut.get());
        } catch (ExecutionException e) {
          // Issue 27: the other sources stop before the failure is reported — their threads
          // interrupted and waited for, their Spark jobs cancelled and their tasks ended.
          // The threads are waited for before the last wait for tasks: a thread that was between
          // two jobs has by then either stopped or had its next job refused.
          pool.shutdownNow();
          org.employmentmonitor.job.RunJobs.cancelAndWait(
              ctx.spark().sparkContext(), ctx.runId(), org.employmentmonitor.job.RunJobs.DRAIN);
          pool.awaitTermination(
              org.employmentmonitor.job.RunJobs.DRAIN.toSeconds(), TimeUnit.SECONDS);
          org.employmentmonitor.job.RunJobs.cancelAndWait(
              ctx.spark().sparkContext(), ctx.runId(), org.employmentmonitor.job.RunJobs.DRAIN);
          throw Failures.unwrap(e.getCause());
        }
      }
      done.sort(
          Comparator.comparing((Ingested i) -> i.delivery().month())
              .thenComparing(i -> i.delivery().source()));
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Reads every file of one source in one Spark job (the parts of a delivery in parts are tasks
   * like any file), then reconciles each delivery on its own.
   */
  private static List<Ingested> readSource(
      RunContext ctx,
      List<Delivery> deliveries,
      Map<ExtractFile, HeaderProbe.Probe> probes,
      Towns towns,
      TaskRegister register,
      String keyFp,
      Map<Delivery, Long> maxRows)
      throws IOException {
    List<ExtractFile> files = deliveries.stream().flatMap(d -> d.files().stream()).toList();
    Map<ExtractFile, Long> rowLimit = new HashMap<>();
    for (Delivery d : deliveries) {
      d.files().forEach(f -> rowLimit.put(f, maxRows.get(d)));
    }
    MonitorConfig.Ingest limits = ctx.config().ingest();
    String source = files.get(0).source();
    ctx.describe("ingest " + source + " (" + files.size() + " file(s))");
    OutputLayout work = ctx.work();
    HashSet<String> townCodes = new HashSet<>(towns.codes());
    Map<Integer, Set<String>> taskLeadUnits =
        Extracts.TASK_PROGRESS.name().equals(source)
            ? new TreeMap<>(register.leadUnitsByTask())
            : new TreeMap<>();
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
                taskLeadUnits,
                ctx.key(),
                quarantineOut.toString(),
                countsFile(work, f, chunk.index()).toString(),
                conf,
                new FileTask.ReadLimits(
                    limits.maxRecordBytes(), limits.maxFields(), rowLimit.get(f))));
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
    JavaRDD<InternalRow> rows =
        JavaSparkContext.fromSparkContext(ctx.spark().sparkContext())
            .parallelize(tasks, tasks.size())
            .mapPartitions(new ParseFile());
    DataFrameWriter<Row> writer =
        internalRows(ctx.spark(), rows, extract.stagedSchemaWithMonth())
            .write()
            .mode(SaveMode.Overwrite)
            .partitionBy(Extract.EXTRACT_MONTH);
    for (String column : extract.uniqueColumns()) {
      // parquet-mr's per-column setting, passed through by Spark's writer (docs/benchmarks.md).
      writer = writer.option("parquet.enable.dictionary#" + column, "false");
    }
    writer.parquet(work.staging(source).toString());
    List<Ingested> out = new ArrayList<>();
    for (Delivery d : deliveries) {
      out.add(reconcile(ctx, d, probes, splits, towns, register, keyFp, maxRows.get(d)));
    }
    return out;
  }

  /**
   * The tasks' rows as a DataFrame for Spark's own writer. The rows are Spark's internal rows
   * already ({@link StagedRows}): {@code createDataFrame} of external {@code Row}s would run each
   * one through the Row encoder into an UnsafeRow that the scan then copies again (issue 16). The
   * classic session's {@code internalCreateDataFrame} is what {@code createDataFrame} calls after
   * that conversion; it is Spark-internal (public in the bytecode), so a change of its signature in
   * a later Spark shows up at compile time.
   */
  static Dataset<Row> internalRows(
      SparkSession spark, JavaRDD<InternalRow> rows, StructType schema) {
    return ((org.apache.spark.sql.classic.SparkSession) spark)
        .internalCreateDataFrame(rows.rdd(), schema, false);
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
      if (files.size() < cores && wanted >= 2 && !f.isGzip() && !f.isXlsx()) {
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
    MessageDigest sha = HadoopFs.sha256();
    try (InputStream in =
        new DigestInputStream(path.getFileSystem(conf.get()).open(path, 1 << 16), sha)) {
      List<FileChunk> chunks =
          FileChunk.split(
              in,
              Charset.forName(request[1]),
              Long.parseLong(request[2]),
              Integer.parseInt(request[3]),
              ExtractFileParser.MAX_RECORD_BYTES);
      return new Split(request[0], HexFormat.of().formatHex(sha.digest()), chunks);
    }
  }

  private static Path countsFile(OutputLayout work, ExtractFile f, int chunk) {
    return new Path(
        new Path(work.root(), "counts"),
        f.source() + "-" + f.month() + "-" + f.part() + "-" + chunk + ".json");
  }

  /** The counts of a file: those of its one task, or the sum over its chunks. */
  private static FileCounts counts(RunContext ctx, ExtractFile f, Split split) throws IOException {
    int chunks = split == null ? 1 : split.chunks().size();
    FileCounts sum = new FileCounts();
    for (int i = 0; i < chunks; i++) {
      FileCounts c =
          IngestState.JSON.readValue(
              ctx.fs().readAll(countsFile(ctx.work(), f, i)), FileCounts.class);
      sum.add(c);
      sum.sha256 = split == null ? c.sha256 : split.sha256();
    }
    return sum;
  }

  /** The sum of several counts (the parts of a delivery). */
  private static FileCounts sum(List<FileCounts> all) {
    FileCounts sum = new FileCounts();
    for (FileCounts c : all) {
      sum.add(c);
      sum.sha256 = c.sha256;
    }
    return sum;
  }

  /**
   * Checks one delivery's counts (the sums over its parts) against what was written and records its
   * state.
   */
  private static Ingested reconcile(
      RunContext ctx,
      Delivery d,
      Map<ExtractFile, HeaderProbe.Probe> probes,
      Map<ExtractFile, Split> splits,
      Towns towns,
      TaskRegister register,
      String keyFp,
      long maxRows)
      throws IOException {
    OutputLayout work = ctx.work();
    Path stagingOut = work.stagingPartition(d.source(), d.month());
    Path quarantineOut = work.quarantinePartition(d.source(), d.month());
    List<FileCounts> perFile = new ArrayList<>();
    for (ExtractFile f : d.files()) {
      perFile.add(counts(ctx, f, splits.get(f)));
    }
    FileCounts counts = sum(perFile);
    if (counts.read > maxRows) {
      throw MonitorException.input(
          d.label()
              + " hold "
              + String.format("%,d", counts.read)
              + " rows together, more than the "
              + String.format("%,d", maxRows)
              + " plausible after the previous delivery of "
              + d.source()
              + " (ingest.plausible_rows in jobs/monitor.yaml): nothing was staged; check the"
              + " export, or raise ingest.plausible_rows with --config if the extract really"
              + " grew");
    }
    Reconciliation.check(ctx.fs(), d.label(), counts, stagingOut, quarantineOut);
    ctx.fs().mkdirs(stagingOut);
    double seconds = counts.seconds;
    String what = "ingest " + d.source() + " " + d.month();
    IngestState state = IngestState.of(d, perFile, counts, ctx.runId());
    HeaderProbe.Probe first = probes.get(d.files().get(0));
    state.encoding = first.charset().name();
    for (int i = 0; i < state.parts.size(); i++) {
      state.parts.get(i).encoding = probes.get(d.files().get(i)).charset().name();
    }
    state.townsSha256 = TaskRegisterFile.referencesSha256(d.source(), towns, register);
    state.keyFingerprint = keyFp;
    LinkedHashSet<String> ignored = new LinkedHashSet<>();
    d.files().forEach(f -> ignored.addAll(probes.get(f).header().ignoredColumns()));
    state.ignoredColumns = new ArrayList<>(ignored);
    state.write(ctx.fs(), stagingOut);

    if (d.inParts()) {
      for (int i = 0; i < d.files().size(); i++) {
        FileCounts c = perFile.get(i);
        LOG.info(
            "{} {}: {} read, {} accepted, {} quarantined, {} warnings",
            what,
            d.files().get(i).relativePath(),
            String.format("%,d", c.read),
            String.format("%,d", c.accepted),
            String.format("%,d", c.quarantined),
            String.format("%,d", c.warnings));
      }
    }
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
    ctx.steps().record("ingest", d.source() + " " + d.month(), seconds, m);
    return new Ingested(d, state);
  }

  /** The Spark side of one file: a task reads it with {@link ExtractFileParser}. */
  static final class ParseFile implements FlatMapFunction<Iterator<FileTask>, InternalRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<InternalRow> call(Iterator<FileTask> tasks) {
      FileTask task = tasks.next();
      TaskContext tc = TaskContext.get();
      ExtractFileParser parser = new ExtractFileParser(task, tc.taskAttemptId());
      tc.addTaskCompletionListener(
          (org.apache.spark.util.TaskCompletionListener) c -> parser.close());
      return parser;
    }
  }
}
