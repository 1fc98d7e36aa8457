package org.employmentmonitor.cli;

import org.apache.spark.sql.SparkSession;
import org.employmentmonitor.job.SparkSessions;

/**
 * A child JVM for {@link FailureMessageTest}: a Spark task throws OutOfMemoryError, which Spark's
 * executor answers with System.exit(52); the {@link ExitGuard} must turn it into exit 1 and one
 * ERROR line.
 */
public final class TaskOomMain {
  private TaskOomMain() {}

  public static void main(String[] args) {
    ExitGuard guard = ExitGuard.install();
    guard.step("indicators");
    guard.output(args[0]);
    SparkSession spark = SparkSessions.create("local[1]", "task-oom");
    spark
        .range(0, 1)
        .toJavaRDD()
        .map(
            x -> {
              throw new OutOfMemoryError("Java heap space (simulated)");
            })
        .count();
    System.exit(0); // not reached
  }
}
