package org.employmentmonitor.job;

import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaSparkStatusTracker;

/**
 * The Spark jobs of one run, as one job group named by the run id (issue 27): a failed step cancels
 * them all and waits until none of their tasks runs, so nothing of the run writes after its exit
 * code is decided — in the CLI the JVM then exits, but a test's shared session or a cluster driver
 * that lives on would otherwise see the other sources' jobs write on into a folder being deleted.
 */
public final class RunJobs {
  private static final Logger LOG = LogManager.getLogger(RunJobs.class);

  /** How long a failed run waits for its cancelled tasks before it gives up waiting. */
  public static final Duration DRAIN = Duration.ofMinutes(2);

  private RunJobs() {}

  /**
   * Puts every Spark job started from this thread (and from threads it creates afterwards, which
   * inherit Spark's local properties) into the group {@code runId}; cancelling interrupts tasks.
   */
  public static void start(SparkContext sc, String runId) {
    sc.setJobGroup(runId, "employment monitor run " + runId, true);
  }

  /** Leaves the group (the thread may run other work on a long-lived session). */
  public static void end(SparkContext sc) {
    sc.clearJobGroup();
  }

  /**
   * Cancels every job of group {@code runId}, and any job a thread of the run still submits to it
   * afterwards (a source's thread between two jobs), and waits, at most {@code max}, until none of
   * their tasks is still running. Returns true when they all ended. The run id is never reused, so
   * refusing the group's future jobs costs nothing; it also spares the operator Spark's WARN
   * "Failed to cancel job group … Cannot find active jobs" when the failure came from the driver.
   */
  public static boolean cancelAndWait(SparkContext sc, String runId, Duration max) {
    sc.cancelJobGroupAndFutureJobs(runId, "run " + runId + " failed");
    JavaSparkStatusTracker tracker = JavaSparkContext.fromSparkContext(sc).statusTracker();
    long end = System.nanoTime() + max.toNanos();
    while (true) {
      int running = runningTasks(tracker, runId);
      if (running == 0) {
        return true;
      }
      if (System.nanoTime() > end) {
        LOG.warn(
            "run {}: {} cancelled Spark task(s) still running after {} s; not waiting longer",
            runId,
            running,
            max.toSeconds());
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** Tasks of the group's jobs still running, and one for a job not yet marked ended. */
  private static int runningTasks(JavaSparkStatusTracker tracker, String group) {
    int running = 0;
    for (int jobId : tracker.getJobIdsForGroup(group)) {
      SparkJobInfo job = tracker.getJobInfo(jobId);
      if (job == null) {
        continue;
      }
      boolean tasks = false;
      for (int stageId : job.stageIds()) {
        SparkStageInfo stage = tracker.getStageInfo(stageId);
        if (stage != null && stage.numActiveTasks() > 0) {
          running += stage.numActiveTasks();
          tasks = true;
        }
      }
      if (!tasks && job.status() == org.apache.spark.JobExecutionStatus.RUNNING) {
        running++;
      }
    }
    return running;
  }
}
