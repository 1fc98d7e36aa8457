package org.employmentmonitor.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;
import org.employmentmonitor.alerts.AlertsJob;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.Failures;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.PseudonymKey;
import org.employmentmonitor.indicators.IndicatorsJob;
import org.employmentmonitor.ingest.IngestJob;
import org.employmentmonitor.ingest.Withdrawal;
import org.employmentmonitor.ingest.validate.Pseudonymizer;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;
import org.employmentmonitor.io.Publisher;
import org.employmentmonitor.io.RunLock;
import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.job.RunJobs;
import org.employmentmonitor.job.SparkSessions;
import org.employmentmonitor.job.StepLog;
import org.employmentmonitor.notify.AlertDelivery;
import org.employmentmonitor.report.ReportJob;
import org.employmentmonitor.report.RunManifest;
import org.employmentmonitor.tasks.TasksJob;

/**
 * One run of the CLI: resolves the options into paths, configuration and key; takes the output
 * folder's lock; runs the requested steps into the run's work folder; publishes the period's
 * outputs only when every step succeeded (a failed run leaves the previous outputs intact).
 */
public final class MonthlyRun {
  private static final Logger LOG = LogManager.getLogger(MonthlyRun.class);

  /** Environment variable naming the pseudonymisation key file. */
  public static final String KEY_FILE_ENV = "EM_PSEUDONYM_KEY_FILE";

  private static final int MIN_KEY_LENGTH = 16;

  /**
   * Called after each step with its name; tests use it to fail a run at a chosen point and check
   * that the previous outputs survive. Does nothing in production.
   */
  static volatile java.util.function.Consumer<String> afterStep = step -> {};

  /**
   * Called after each step of the publish ({@link Publisher}); tests throw or halt there to prove
   * that an interrupted publish is rolled back or forward whole. Does nothing in production.
   */
  static volatile java.util.function.Consumer<String> afterPublishStep = step -> {};

  private final Options.RunOptions opts;
  private final String input;
  private final String output;
  private final MonitorConfig config;
  private final String configName;
  private final PseudonymKey key;
  private java.util.function.Consumer<String> stepListener = step -> {};

  private MonthlyRun(
      Options.RunOptions opts,
      String input,
      String output,
      MonitorConfig config,
      String configName,
      PseudonymKey key) {
    this.opts = opts;
    this.input = input;
    this.output = output;
    this.config = config;
    this.configName = configName;
    this.key = key;
  }

  /** Everything that can be checked before Spark starts: paths, configuration file, key. */
  public static MonthlyRun prepare(Options.RunOptions opts, Map<String, String> env) {
    String home = System.getProperty("em.home", System.getProperty("user.dir"));
    String input = resolve(opts.input(), Options.INPUT, home);
    String output = resolve(opts.output(), Options.OUTPUT, home);
    HadoopFs fs = new HadoopFs(SparkSessions.submittedHadoopConf());
    String configText = null;
    String configName = null;
    if (opts.config() != null) {
      configName = opts.config();
      configText = readText(fs, resolve(opts.config(), null, home), "--config", MAX_CONFIG_BYTES);
    }
    // fail fast with exit 2; the targets are those of the period's year (SPEC 4.4)
    MonitorConfig config =
        opts.period() == null
            ? MonitorConfig.load(configText, configName)
            : MonitorConfig.load(configText, configName).forYear(opts.period().getYear());
    String keyFile = opts.keyFile() != null ? opts.keyFile() : env.get(KEY_FILE_ENV);
    PseudonymKey key;
    if (keyFile != null && !keyFile.isBlank()) {
      String secret =
          readText(fs, resolve(keyFile, null, home), "the pseudonymisation key file", MAX_KEY_BYTES)
              .trim();
      if (secret.length() < MIN_KEY_LENGTH) {
        throw MonitorException.usage(
            "the pseudonymisation key in "
                + keyFile
                + " is shorter than "
                + MIN_KEY_LENGTH
                + " characters; use a long random secret (docs/operations.md)");
      }
      key = PseudonymKey.of(secret, false);
    } else {
      key = PseudonymKey.of(Pseudonymizer.DEVELOPMENT_KEY, true);
    }
    return new MonthlyRun(opts, input, output, config, configName, key);
  }

  /** The resolved output folder. */
  String output() {
    return output;
  }

  /** {@code listener} hears the name of each stage as the run enters it (for {@link ExitGuard}). */
  void onStep(java.util.function.Consumer<String> listener) {
    this.stepListener = listener;
  }

  /** A default relative path is the project's; a given relative path is the caller's. */
  private static String resolve(String value, Option option, String home) {
    if (hasScheme(value)) {
      return value;
    }
    boolean isDefault = option != null && value.equals(option.defaultValue());
    String base = isDefault ? home : System.getProperty("user.dir");
    return Paths.get(base).resolve(value).normalize().toAbsolutePath().toString();
  }

  private static boolean hasScheme(String value) {
    try {
      URI u = new URI(value);
      return u.getScheme() != null && u.getScheme().length() > 1;
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * A configuration file is a few KiB; anything past this is not one (issue 18: a 1 GB file was
   * read and parsed twice). Exit 2 naming the file.
   */
  static final int MAX_CONFIG_BYTES = 1 << 20;

  /** The stage after the publish's commit: the period's outputs are this run's. */
  static final String PUBLISHED = "published";

  private static final int MAX_KEY_BYTES = 64 << 10;

  /**
   * Reads a small text file once, at most {@code limit} bytes: a larger file, or one that is not a
   * regular file on a local disk (a FIFO or device would block or never end), is exit 2.
   */
  private static String readText(HadoopFs fs, String path, String what, int limit) {
    Path p = new Path(path);
    try {
      if (fs.fs(p) instanceof org.apache.hadoop.fs.LocalFileSystem local) {
        java.nio.file.Path f = local.pathToFile(p).toPath();
        if (java.nio.file.Files.exists(f) && !java.nio.file.Files.isRegularFile(f)) {
          throw MonitorException.usage(
              what + " " + path + " is not a regular file (a folder, device or pipe); give a file");
        }
      }
      try (java.io.InputStream in = fs.open(p)) {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
          throw MonitorException.usage(
              what
                  + " "
                  + path
                  + " is larger than "
                  + (limit >> 10)
                  + " KiB, far more than such a file holds; check that it is the right file");
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw MonitorException.usage("cannot read " + what + " " + path + ": " + e.getMessage());
    }
  }

  /**
   * Runs the steps on {@code spark}; returns the exit code. Any throwable leaves wrapped in a
   * {@link StepFailure} naming the stage it came from.
   */
  public ExitCode execute(SparkSession spark) {
    String[] stage = {"start"};
    java.util.function.Consumer<String> enter =
        s -> {
          stage[0] = s;
          stepListener.accept(s);
        };
    try {
      return execute(spark, enter);
    } catch (Throwable t) {
      throw new StepFailure(stage[0], output, t);
    } finally {
      RunJobs.end(spark.sparkContext());
    }
  }

  private ExitCode execute(SparkSession spark, java.util.function.Consumer<String> enter)
      throws Exception {
    HadoopFs fs = new HadoopFs(spark.sparkContext().hadoopConfiguration());
    Instant started = Instant.now();
    String runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
            + "_"
            + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    OutputLayout published = new OutputLayout(output);
    OutputLayout work = published.inWork(runId);
    LOG.info(
        "run {}: period {}, step {}, input {}, output {}, master {}",
        runId,
        opts.period(),
        opts.step(),
        input,
        output,
        spark.sparkContext().master());
    for (String w :
        config.targetYears().warnings(configName == null ? "jobs/monitor.yaml" : configName)) {
      LOG.warn(w); // once per run: a year without targets, or targets without a year
    }
    RunJobs.start(spark.sparkContext(), runId);
    enter.accept("lock");
    AlertDelivery.Pending delivery = null;
    ExitCode exit;
    try (RunLock lock = RunLock.acquire(fs, published, runId)) {
      enter.accept("recovery");
      Publisher publisher = new Publisher(fs, published, afterPublishStep);
      publisher.recover();
      fs.recover(published.root()); // staging partitions replaced by ingest (HadoopFs.replace)
      clearAbandonedWork(fs, published);
      if (!opts.withdraw().isEmpty()) {
        Withdrawal.apply(fs, published, new Path(input), opts.withdraw());
      }
      fs.mkdirs(work.root());
      fs.restrictToOwner(published.workRoot());
      RunContext ctx =
          new RunContext(
              spark,
              opts.period(),
              new Path(input),
              published,
              work,
              config,
              key,
              runId,
              started,
              opts.encoding(),
              opts.reingest(),
              opts.allowDevelopmentKey(),
              fs,
              new StepLog());
      try {
        for (Job job : jobsFor(opts.step())) {
          enter.accept(job.name());
          long t0 = System.nanoTime();
          LOG.info("step {} ...", job.name());
          try {
            job.run(ctx);
          } catch (Throwable t) {
            // Issue 27: nothing the step started writes on after its failure is reported.
            RunJobs.cancelAndWait(spark.sparkContext(), runId, RunJobs.DRAIN);
            throw t;
          }
          afterStep.accept(job.name());
          LOG.info(
              "step {} done in {} s",
              job.name(),
              String.format("%.1f", (System.nanoTime() - t0) / 1e9));
        }
        enter.accept("manifest");
        RunManifest.write(ctx, opts.step(), configName, input);
        enter.accept("publish");
        List<Path> publishedPaths = publish(ctx, publisher);
        enter.accept(PUBLISHED);
        LOG.info(
            "run {} finished in {} s; outputs:",
            runId,
            String.format("%.1f", elapsedNanos(started) / 1e9));
        for (Path p : publishedPaths) {
          LOG.info("  {}", p);
        }
        if (jobsFor(opts.step()).stream().anyMatch(j -> j instanceof AlertsJob)) {
          // notify: optional, never fails the run; read under the lock, sent after it
          delivery = AlertDelivery.prepare(ctx);
        }
      } finally {
        if (!publisher.pending(runId)) {
          fs.delete(work.root());
        }
      }
      exit = AlertGate.exitCode(ctx, opts.failOn());
    }
    if (delivery != null) {
      // Issue 27: outside the lock and bounded by notify.deadline_seconds, so a slow robot never
      // holds the output or delays the next run.
      enter.accept("notify");
      delivery.send();
    }
    return exit;
  }

  private static long elapsedNanos(Instant started) {
    return java.time.Duration.between(started, Instant.now()).toNanos();
  }

  static List<Job> jobsFor(String step) {
    return switch (step) {
      case "ingest" -> List.of(new IngestJob());
      case "indicators" -> List.of(new IndicatorsJob());
      case "tasks" -> List.of(new TasksJob());
      case "alerts" -> List.of(new AlertsJob());
      case "report" -> List.of(new ReportJob());
      default ->
          List.of(
              new IngestJob(),
              new IndicatorsJob(),
              new TasksJob(),
              new AlertsJob(),
              new ReportJob());
    };
  }

  /** Work folders of runs that died are removed (we hold the lock, so none is alive). */
  private static void clearAbandonedWork(HadoopFs fs, OutputLayout published) throws IOException {
    for (FileStatus s : fs.list(published.workRoot())) {
      LOG.warn("removing the work folder of an interrupted run: {}", s.getPath().getName());
      fs.delete(s.getPath());
    }
  }

  /**
   * Moves the period's outputs from the work folder into place as one unit ({@link Publisher}): the
   * indicator and alert tables as whole folders, the report files one by one (a step run alone
   * replaces only its files). A publish that fails midway is rolled back at once, so the failed run
   * leaves the previous outputs (SPEC 8); if even that fails, the journal stays and the next start
   * finishes it.
   */
  private static List<Path> publish(RunContext ctx, Publisher publisher) throws IOException {
    HadoopFs fs = ctx.fs();
    List<Publisher.Move> moves = new ArrayList<>();
    Path[][] dirs = {
      {ctx.work().indicators(ctx.period()), ctx.published().indicators(ctx.period())},
      {ctx.work().alerts(ctx.period()), ctx.published().alerts(ctx.period())},
      {ctx.work().revisions(ctx.period()), ctx.published().revisions(ctx.period())},
      {ctx.work().tasks(ctx.period()), ctx.published().tasks(ctx.period())},
      // Issue 16: the person state the indicators were computed from, in the same unit.
      {ctx.work().personState(), ctx.published().personState()}
    };
    for (Path[] d : dirs) {
      if (fs.exists(d[0])) {
        moves.add(new Publisher.Move(d[0], d[1]));
      }
    }
    Path reports = ctx.published().reports(ctx.period());
    for (FileStatus s : fs.list(ctx.work().reports(ctx.period()))) {
      moves.add(new Publisher.Move(s.getPath(), new Path(reports, s.getPath().getName())));
    }
    try {
      publisher.publish(ctx.runId(), moves);
    } catch (IOException | RuntimeException | Error e) {
      boolean inPlace;
      try {
        inPlace = publisher.recover(ctx.runId());
      } catch (IOException | RuntimeException r) {
        e.addSuppressed(r);
        LOG.error(
            "the publish of run {} could not be rolled back ({}); the next run will finish it",
            ctx.runId(),
            r.toString());
        throw e;
      }
      if (!inPlace) {
        throw e;
      }
      // Past the commit point the new outputs are whole: only the clean-up had failed.
      LOG.warn("the publish of run {} was completed after: {}", ctx.runId(), e.toString());
    }
    List<Path> out = new ArrayList<>();
    for (Publisher.Move m : moves) {
      out.add(m.to());
    }
    return out;
  }

  /**
   * Logs a failure the way an operator needs it and maps it to an exit code: an operator's error
   * (input, usage) is its own message; anything else, Errors included, is one ERROR line naming the
   * step, the cause in words and what to do ({@link Failures#describe}), the stack trace after it
   * (at DEBUG for causes the line fully explains).
   */
  public static ExitCode report(Throwable t) {
    MonitorException m = Failures.find(t, MonitorException.class);
    if (m != null) {
      for (String line : m.getMessage().split("\n")) {
        LOG.error(line);
      }
      LOG.debug("stack trace of the error above", t);
      return m.exitCode();
    }
    StepFailure f = Failures.find(t, StepFailure.class);
    Throwable cause = f != null && f.getCause() != null ? f.getCause() : t;
    String line =
        Failures.describe(cause, f == null ? null : f.step(), f == null ? null : f.output());
    LOG.error(line);
    if (line.startsWith("the run failed")) {
      LOG.info("stack trace of the failure above (for a bug report):", cause);
    } else {
      LOG.debug("stack trace of the failure above", cause);
    }
    return ExitCode.FAILURE;
  }
}
