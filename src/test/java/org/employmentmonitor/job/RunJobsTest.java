package org.employmentmonitor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.employmentmonitor.testing.SparkTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27: a failed run cancels its Spark jobs and returns only when their tasks have ended, so
 * nothing it started writes after its exit code is decided.
 */
class RunJobsTest {
  @TempDir Path tmp;

  @Test
  void cancelAndWaitReturnsOnlyWhenTheGroupsTasksHaveEnded() throws Exception {
    SparkContext sc = SparkTestSupport.spark().sparkContext();
    String marker = tmp.resolve("written-after-cancel").toString();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread run =
        new Thread(
            () -> {
              RunJobs.start(sc, "run-under-test");
              try {
                JavaSparkContext.fromSparkContext(sc)
                    .parallelize(List.of(1, 2), 2)
                    .foreach(
                        i -> {
                          // A task that ignores the interrupt for a second, then writes: as a
                          // Parquet writer finishing its file would.
                          long end = System.nanoTime() + 1_000_000_000L;
                          while (System.nanoTime() < end) {
                            try {
                              Thread.sleep(20);
                            } catch (InterruptedException e) {
                              // keep going
                            }
                          }
                          Files.writeString(Path.of(marker + "-" + i), "late");
                        });
              } catch (Throwable t) {
                failure.set(t);
              } finally {
                RunJobs.end(sc);
              }
            });
    run.start();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (activeTasks(jsc) < 2) {
      assertTrue(System.nanoTime() < deadline, "the job's two tasks never started");
      Thread.sleep(10);
    }
    assertTrue(RunJobs.cancelAndWait(sc, "run-under-test", Duration.ofSeconds(60)));
    // Both tasks ended before cancelAndWait returned: their late writes are already there, and
    // nothing of the group runs any more.
    assertTrue(Files.exists(Path.of(marker + "-1")) && Files.exists(Path.of(marker + "-2")));
    assertEquals(0, jsc.statusTracker().getActiveStageIds().length);
    run.join(60_000);
    assertTrue(failure.get() != null, "the job was cancelled, not completed");
  }

  private static int activeTasks(JavaSparkContext jsc) {
    int n = 0;
    for (int stage : jsc.statusTracker().getActiveStageIds()) {
      org.apache.spark.SparkStageInfo info = jsc.statusTracker().getStageInfo(stage);
      n += info == null ? 0 : info.numActiveTasks();
    }
    return n;
  }
}
