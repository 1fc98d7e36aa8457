package org.employmentmonitor.cli;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.Failures;

/**
 * Turns an exit the run did not choose into SPEC 8's exit 1 with one ERROR line (issue 18). In
 * local mode Spark's executor hands a fatal error of a task thread (an OutOfMemoryError above all)
 * to its own uncaught-exception handler, which logs it and calls {@code System.exit(52)} before the
 * driver sees a failure; a stop signal ends the JVM the same way. The guard is a shutdown hook that
 * runs after Spark's own (so Spark still stops and removes its temporary folders): when the run had
 * not returned, it logs what happened, naming the step and the cause, and halts with 1. The cause
 * comes from the error Spark's handler logged, captured by a small appender.
 */
final class ExitGuard {
  private static final Logger LOG = LogManager.getLogger(ExitGuard.class);

  /** Spark's handler logs through this logger before it exits. */
  static final String SPARK_HANDLER_LOGGER = "org.apache.spark.util.SparkUncaughtExceptionHandler";

  /**
   * After Spark's hook (40: stops the context, removes temporary folders) and FileSystem's (10).
   */
  private static final int PRIORITY = 1;

  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private volatile String step = "start";
  private volatile String output;
  private volatile boolean returned;

  /** Installs the hook and the appender; call once, from {@code main} only. */
  static ExitGuard install() {
    ExitGuard g = new ExitGuard();
    g.watchSparkHandler();
    org.apache.hadoop.util.ShutdownHookManager.get().addShutdownHook(g::onShutdown, PRIORITY);
    return g;
  }

  void step(String name) {
    step = name;
  }

  void output(String path) {
    output = path;
  }

  /** The run returned (with any exit code): the exit that follows is the run's own. */
  void returned() {
    returned = true;
  }

  private void onShutdown() {
    if (returned) {
      return;
    }
    Throwable t = fatal.get();
    String line =
        t != null
            ? "Spark stopped the JVM after a fatal error in a task: "
                + Failures.describe(t, step, output)
            : stopped(step);
    LOG.error(line);
    Runtime.getRuntime().halt(ExitCode.FAILURE.code());
  }

  /**
   * The line for a run stopped in {@code step}. Stopped while publishing, the period may hold a mix
   * until the next start rolls the journal back or forward (docs/operations.md), so it does not
   * claim the previous outputs are intact.
   */
  static String stopped(String step) {
    if (MonthlyRun.PUBLISHED.equals(step) || "notify".equals(step)) {
      // Issue 27: after the commit point the period is this run's; saying otherwise sent
      // operators to re-run for nothing.
      return "the run was stopped after its publish had completed (a stop signal, or Spark ended"
          + " the JVM): the period's outputs are this run's, whole (manifest.json names its run"
          + " id); "
          + ("notify".equals(step)
              ? "the alert digest may not have reached the group chat: run --step alerts for the"
                  + " period to send it"
              : "nothing needs to be run again");
    }
    return "the run was stopped in step "
        + step
        + " before it finished (a stop signal, or Spark ended the JVM); "
        + ("publish".equals(step)
            ? "the publish had not completed: the next run on this output finishes or undoes it"
                + " first, so the period is then wholly the previous run's or this one's; run"
                + " again"
            : "the previous outputs of the period are intact; run again");
  }

  /** Keeps the last error Spark's uncaught-exception handler logs (its cause in words). */
  private void watchSparkHandler() {
    LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
    Configuration config = ctx.getConfiguration();
    AbstractAppender appender =
        new AbstractAppender("exit-guard", null, null, true, Property.EMPTY_ARRAY) {
          @Override
          public void append(LogEvent event) {
            if (event.getThrown() != null) {
              fatal.set(event.getThrown());
            }
          }
        };
    appender.start();
    config.addAppender(appender);
    LoggerConfig lc = config.getLoggerConfig(SPARK_HANDLER_LOGGER);
    if (!lc.getName().equals(SPARK_HANDLER_LOGGER)) {
      lc = new LoggerConfig(SPARK_HANDLER_LOGGER, Level.ERROR, true);
      lc.setParent(config.getRootLogger());
      config.addLogger(SPARK_HANDLER_LOGGER, lc);
    }
    lc.addAppender(appender, Level.ERROR, null);
    ctx.updateLoggers();
  }
}
