package org.employmentmonitor.cli;

import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.job.SparkSessions;

/**
 * {@code jobs/monthly-batch.sh} and {@code jobs/submit.sh} land here: parse the options, start
 * Spark (embedded or as submitted), run the requested steps, exit with SPEC 8's codes.
 */
public final class Main {
  private static final Logger LOG = LogManager.getLogger(Main.class);

  /** --help goes through Log4j2 to standard output, as bare text (see log4j2.xml). */
  private static final Logger HELP = LogManager.getLogger("org.employmentmonitor.cli.Help");

  private Main() {}

  public static void main(String[] args) {
    ExitGuard guard = ExitGuard.install();
    ExitCode code = run(args, System.getenv(), guard);
    guard.returned();
    // Under spark-submit --deploy-mode cluster the cluster manager's wrapper owns the driver JVM,
    // and YARN's ApplicationMaster reports an exit before main returns as a failed application:
    // there a success returns; a failure still exits with its code (docs/cluster.md).
    if (code != ExitCode.SUCCESS || !SparkSessions.clusterDeployMode()) {
      System.exit(code.code());
    }
  }

  /** Runs one command line; never throws, never exits (tests call it). */
  public static ExitCode run(String[] args, Map<String, String> env) {
    return run(args, env, null);
  }

  private static ExitCode run(String[] args, Map<String, String> env, ExitGuard guard) {
    Options.RunOptions opts;
    try {
      opts = Options.parse(args);
    } catch (MonitorException e) {
      LOG.error("{} (see --help)", e.getMessage());
      return e.exitCode();
    }
    if (opts.help()) {
      HELP.info(Options.help());
      return ExitCode.SUCCESS;
    }
    SparkSession spark = null;
    try {
      MonthlyRun run = MonthlyRun.prepare(opts, env);
      if (guard != null) {
        guard.output(run.output());
        run.onStep(guard::step);
      }
      spark = SparkSessions.create(opts.master(), "employment-monitor " + opts.period());
      return run.execute(spark);
    } catch (Throwable e) { // Errors too (FSError, OutOfMemoryError): one ERROR line, exit 1
      return MonthlyRun.report(e);
    } finally {
      if (spark != null) {
        try {
          spark.stop();
        } catch (Throwable t) {
          LOG.debug("stopping Spark failed", t);
        }
      }
    }
  }
}
