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
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.indicators.IndicatorsJob;
import org.employmentmonitor.ingest.IngestJob;
import org.employmentmonitor.ingest.validate.Pseudonymizer;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;
import org.employmentmonitor.io.RunLock;
import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.job.SparkSessions;
import org.employmentmonitor.job.StepLog;
import org.employmentmonitor.notify.AlertDelivery;
import org.employmentmonitor.report.ReportJob;
import org.employmentmonitor.report.RunManifest;

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

  private final Options.RunOptions opts;
  private final String input;
  private final String output;
  private final String configText;
  private final String configName;
  private final Pseudonymizer.Key key;

  private MonthlyRun(
      Options.RunOptions opts,
      String input,
      String output,
      String configText,
      String configName,
      Pseudonymizer.Key key) {
    this.opts = opts;
    this.input = input;
    this.output = output;
    this.configText = configText;
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
      configText = readText(fs, resolve(opts.config(), null, home), "--config");
    }
    MonitorConfig.load(configText, configName); // fail fast with exit 2
    String keyFile = opts.keyFile() != null ? opts.keyFile() : env.get(KEY_FILE_ENV);
    Pseudonymizer.Key key;
    if (keyFile != null && !keyFile.isBlank()) {
      String secret =
          readText(fs, resolve(keyFile, null, home), "the pseudonymisation key file").trim();
      if (secret.length() < MIN_KEY_LENGTH) {
        throw MonitorException.usage(
            "the pseudonymisation key in "
                + keyFile
                + " is shorter than "
                + MIN_KEY_LENGTH
                + " characters; use a long random secret (docs/operations.md)");
      }
      key = Pseudonymizer.Key.of(secret, false);
    } else {
      key = Pseudonymizer.Key.of(Pseudonymizer.DEVELOPMENT_KEY, true);
    }
    return new MonthlyRun(opts, input, output, configText, configName, key);
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

  private static String readText(HadoopFs fs, String path, String what) {
    try {
      return fs.readString(new Path(path));
    } catch (IOException e) {
      throw MonitorException.usage("cannot read " + what + " " + path + ": " + e.getMessage());
    }
  }

  /** Runs the steps on {@code spark}; returns the exit code. */
  public ExitCode execute(SparkSession spark) throws Exception {
    MonitorConfig config = MonitorConfig.load(configText, configName);
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
    try (RunLock lock = RunLock.acquire(fs, published, runId)) {
      fs.recover(published.root());
      clearAbandonedWork(fs, published);
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
          long t0 = System.nanoTime();
          LOG.info("step {} ...", job.name());
          job.run(ctx);
          afterStep.accept(job.name());
          LOG.info(
              "step {} done in {} s",
              job.name(),
              String.format("%.1f", (System.nanoTime() - t0) / 1e9));
        }
        RunManifest.write(ctx, opts, configName, input);
        List<Path> publishedPaths = publish(ctx);
        LOG.info(
            "run {} finished in {} s; outputs:",
            runId,
            String.format("%.1f", elapsedNanos(started) / 1e9));
        for (Path p : publishedPaths) {
          LOG.info("  {}", p);
        }
        if (jobsFor(opts.step()).stream().anyMatch(j -> j instanceof AlertsJob)) {
          AlertDelivery.afterRun(ctx); // notify: optional, never fails the run
        }
      } finally {
        fs.delete(work.root());
      }
      return AlertGate.exitCode(ctx, opts.failOn());
    }
  }

  private static long elapsedNanos(Instant started) {
    return java.time.Duration.between(started, Instant.now()).toNanos();
  }

  static List<Job> jobsFor(String step) {
    return switch (step) {
      case "ingest" -> List.of(new IngestJob());
      case "indicators" -> List.of(new IndicatorsJob());
      case "alerts" -> List.of(new AlertsJob());
      case "report" -> List.of(new ReportJob());
      default -> List.of(new IngestJob(), new IndicatorsJob(), new AlertsJob(), new ReportJob());
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
   * Moves the period's outputs from the work folder into place: the indicator and alert tables as
   * whole folders, the report files one by one (a step run alone replaces only its files).
   */
  private static List<Path> publish(RunContext ctx) throws IOException {
    HadoopFs fs = ctx.fs();
    List<Path> out = new ArrayList<>();
    Path[][] dirs = {
      {ctx.work().indicators(ctx.period()), ctx.published().indicators(ctx.period())},
      {ctx.work().alerts(ctx.period()), ctx.published().alerts(ctx.period())}
    };
    for (Path[] d : dirs) {
      if (fs.exists(d[0])) {
        fs.replace(d[0], d[1], ctx.runId());
        out.add(d[1]);
      }
    }
    Path reportsWork = ctx.work().reports(ctx.period());
    Path reports = ctx.published().reports(ctx.period());
    for (FileStatus s : fs.list(reportsWork)) {
      Path target = new Path(reports, s.getPath().getName());
      fs.replace(s.getPath(), target, ctx.runId());
      out.add(target);
    }
    return out;
  }

  /** Logs a failure the way an operator needs it and maps it to an exit code. */
  public static ExitCode report(Throwable t) {
    Exception e = Failures.unwrap(t);
    if (e instanceof MonitorException m) {
      for (String line : m.getMessage().split("\n")) {
        LOG.error(line);
      }
      return m.exitCode();
    }
    LOG.error("the run failed: {}", e.toString(), e);
    return ExitCode.FAILURE;
  }
}
