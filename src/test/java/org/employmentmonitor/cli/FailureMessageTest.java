package org.employmentmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FsErrors;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.Failures;
import org.employmentmonitor.testing.LogCapture;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: every failure, Errors included, ends in one ERROR line naming the step, the cause in
 * words and what to do, and exit 1 (never Spark's 52, never a bare stack trace).
 */
class FailureMessageTest {
  @TempDir Path tmp;

  @AfterEach
  void resetHook() {
    MonthlyRun.afterStep = step -> {};
  }

  private static List<String> errorLines(String log) {
    return log.lines()
        .filter(l -> l.startsWith("ERROR "))
        .distinct()
        .toList(); // LogCapture may repeat a line
  }

  private String failAfterIndicatorsWith(Throwable t) throws IOException {
    MonthlyRun.afterStep =
        step -> {
          if (step.equals("indicators")) {
            if (t instanceof Error e) {
              throw e;
            }
            throw (RuntimeException) t;
          }
        };
    try (LogCapture log = new LogCapture()) {
      assertEquals(
          ExitCode.FAILURE,
          TestRun.run(
              ReliabilityTest.input(tmp.resolve("in")).root(), tmp.resolve("out"), "2020-09"));
      return log.text();
    }
  }

  @Test
  void outOfMemoryOnTheDriverIsOneErrorLineSayingWhatToRaise() throws IOException {
    String log = failAfterIndicatorsWith(new OutOfMemoryError("Java heap space"));
    List<String> errors = errorLines(log);
    assertEquals(1, errors.size(), log);
    assertTrue(errors.get(0).contains("out of memory in step indicators"), errors.get(0));
    assertTrue(errors.get(0).contains("EM_JAVA_OPTS=-Xmx"), errors.get(0));
  }

  @Test
  void aFullDiskIsOneErrorLineNamingWhereToFreeSpace() throws IOException {
    String log = failAfterIndicatorsWith(FsErrors.diskFull());
    List<String> errors = errorLines(log);
    assertEquals(1, errors.size(), log);
    assertTrue(errors.get(0).contains("disk full in step indicators: free space"), errors.get(0));
    assertTrue(errors.get(0).contains(tmp.resolve("out").toString()), errors.get(0));
  }

  @Test
  void anUnexpectedErrorNamesItsStepAndCauseThenTheStackTraceFollows() throws IOException {
    String log = failAfterIndicatorsWith(new IllegalStateException("a bug"));
    List<String> errors = errorLines(log);
    assertEquals(1, errors.size(), log);
    assertTrue(
        errors
            .get(0)
            .contains("the run failed in step indicators: IllegalStateException: a bug; the"),
        errors.get(0));
    int error = log.indexOf(errors.get(0));
    assertTrue(log.indexOf("at org.employmentmonitor") > error, "stack trace after the line");
  }

  @Test
  void describeSaysTheCauseInWordsWhateverWrapsIt() {
    RuntimeException wrapped =
        new RuntimeException("Job aborted", new OutOfMemoryError("GC overhead limit exceeded"));
    assertTrue(
        Failures.describe(wrapped, "ingest", "/o").startsWith("out of memory in step ingest"));
    assertTrue(
        Failures.describe(new IOException("write failed: No space left on device"), null, "/o")
            .startsWith("disk full: free space where the run writes (/o and"));
    assertTrue(
        Failures.describe(new StackOverflowError(), "alerts", null)
            .startsWith("stack overflow in step alerts: raise the thread stack"));
  }

  /** Spark's executor calls System.exit(52) on an OutOfMemoryError in a task; we exit 1. */
  @Test
  void outOfMemoryInASparkTaskExitsOneWithAnErrorLineNotFiftyTwo() throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.removeIf(a -> a.startsWith("-agentlib") || a.startsWith("-javaagent"));
    cmd.addAll(
        List.of(
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            TaskOomMain.class.getName(),
            tmp.resolve("out").toString()));
    Path out = tmp.resolve("child.log");
    Process child =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertTrue(child.waitFor(180, TimeUnit.SECONDS), "the child did not end");
    String log = Files.readString(out);
    assertEquals(1, child.exitValue(), log);
    String last =
        log.lines()
            .filter(l -> l.contains("ERROR") && l.contains("ExitGuard"))
            .reduce("", (a, b) -> b);
    assertTrue(last.contains("Spark stopped the JVM after a fatal error in a task"), log);
    assertTrue(last.contains("out of memory in step indicators"), log);
    assertTrue(last.contains("EM_JAVA_OPTS=-Xmx"), log);
  }

  @Test
  void aRunStoppedWhilePublishingDoesNotClaimThePreviousOutputsAreIntact() {
    assertTrue(
        ExitGuard.stopped("ingest").contains("the previous outputs of the period are intact"));
    String publish = ExitGuard.stopped("publish");
    assertTrue(!publish.contains("intact"), publish);
    assertTrue(publish.contains("the publish had not completed"), publish);
    assertTrue(publish.contains("finishes or undoes it first"), publish);
  }

  @Test
  void aRunStoppedAfterItsPublishSaysThePeriodIsItsOwn() {
    // Issue 27: stopped once the publish had committed, the period is this run's.
    String published = ExitGuard.stopped(MonthlyRun.PUBLISHED);
    assertTrue(published.contains("after its publish had completed"), published);
    assertTrue(published.contains("nothing needs to be run again"), published);
    assertTrue(!published.contains("undo") && !published.contains("previous"), published);
    String notify = ExitGuard.stopped("notify");
    assertTrue(notify.contains("after its publish had completed"), notify);
    assertTrue(notify.contains("run --step alerts for the period to send it"), notify);
  }

  @Test
  void whenTheRunSaysItsPublishHadCompletedThePeriodIsItsOwn() throws Exception {
    // Issue 27: a stop signal in the stage after the publish is reported as "after its publish had
    // completed … the period's outputs are this run's". At the instant the run enters that stage,
    // that must be true: the manifest names this run and no publish journal is pending.
    Path in = ReliabilityTest.input(tmp.resolve("in")).root();
    Path out = tmp.resolve("out");
    List<String> stages = new ArrayList<>();
    String[] atPublished = new String[2];
    MonthlyRun run =
        MonthlyRun.prepare(
            Options.parse(
                new String[] {
                  "--period", "2020-09", "--input", in.toString(), "--output", out.toString()
                }),
            java.util.Map.of());
    run.onStep(
        stage -> {
          stages.add(stage);
          if (stage.equals(MonthlyRun.PUBLISHED)) {
            try {
              atPublished[0] =
                  new com.fasterxml.jackson.databind.ObjectMapper()
                      .readTree(out.resolve("reports/2020-09/manifest.json").toFile())
                      .get("run_id")
                      .asText();
              atPublished[1] = "[]";
              if (Files.exists(out.resolve("_publish"))) {
                try (java.util.stream.Stream<Path> pending = Files.list(out.resolve("_publish"))) {
                  atPublished[1] = pending.map(p -> p.getFileName().toString()).toList().toString();
                }
              }
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        });
    String log;
    try (LogCapture capture = new LogCapture()) {
      assertEquals(
          ExitCode.SUCCESS, run.execute(org.employmentmonitor.testing.SparkTestSupport.spark()));
      log = capture.text();
    }
    assertEquals(
        List.of("publish", MonthlyRun.PUBLISHED),
        stages.subList(stages.indexOf("publish"), stages.indexOf("publish") + 2));
    String runId =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("reports/2020-09/manifest.json").toFile())
            .get("run_id")
            .asText();
    assertTrue(log.contains("run " + runId + " finished"), log);
    assertEquals(runId, atPublished[0], "the manifest already names this run");
    assertEquals("[]", atPublished[1], "no publish pending");
    assertTrue(ExitGuard.stopped(MonthlyRun.PUBLISHED).contains("after its publish had completed"));
  }
}
