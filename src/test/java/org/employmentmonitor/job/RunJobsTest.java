package org.employmentmonitor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.employmentmonitor.testing.LogCapture;
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
                          Files.writeString(Path.of(marker + "-started-" + i), "started");
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
    // The test JVM's one session has two slots; a task of an earlier test class that ignores its
    // cancellation may still hold them for a while, so wait for a slot rather than fail.
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    // At least one task running (on a loaded machine, or with a slot still busy, the second may
    // not have started yet: cancelling then keeps it from starting at all).
    while (!Files.exists(Path.of(marker + "-started-1"))
        && !Files.exists(Path.of(marker + "-started-2"))) {
      assertTrue(System.nanoTime() < deadline, "the job's tasks never started");
      Thread.sleep(10);
    }
    assertTrue(RunJobs.cancelAndWait(sc, "run-under-test", Duration.ofSeconds(60)));
    // Every task that started had ended before cancelAndWait returned: its late write is already
    // there, and nothing of the group runs any more.
    for (int i = 1; i <= 2; i++) {
      if (Files.exists(Path.of(marker + "-started-" + i))) {
        assertTrue(Files.exists(Path.of(marker + "-" + i)), "task " + i + " still running");
      }
    }
    assertEquals(0, jsc.statusTracker().getActiveStageIds().length);
    run.join(60_000);
    assertTrue(failure.get() != null, "the job was cancelled, not completed");
  }

  @Test
  void aJobTheRunStillSubmitsAfterItsCancelIsRefused() throws Exception {
    SparkContext sc = SparkTestSupport.spark().sparkContext();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
    // A source's thread between two jobs when another source failed: its next job must not run.
    RunJobs.start(sc, "run-cancelled-between-jobs");
    try (LogCapture log = new LogCapture()) {
      assertTrue(RunJobs.cancelAndWait(sc, "run-cancelled-between-jobs", Duration.ofSeconds(60)));
      assertThrows(SparkException.class, () -> jsc.parallelize(List.of(1, 2), 2).count());
      // Nothing was running: no WARN "Failed to cancel job group" for the operator to puzzle over.
      assertFalse(log.text().contains("Failed to cancel job group"), log.text());
    } finally {
      RunJobs.end(sc);
    }
    // Another group (the next run) is not affected.
    assertEquals(2L, jsc.parallelize(List.of(1, 2), 2).count());
  }
}
