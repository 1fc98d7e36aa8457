package org.employmentmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: whatever stops a publish, every file of the period (Parquet tables, CSVs, report,
 * workbook, manifest) is from one run. manifest.json lists each published file with its SHA-256 and
 * run id; {@link #periodRunIds} checks every file on disk against it.
 */
class PublishFaultTest {
  @TempDir Path tmp;

  @AfterEach
  void resetHook() {
    MonthlyRun.afterPublishStep = step -> {};
  }

  private static void correctSeptember(TestInput in) {
    in.file(
        "2020-09",
        "registration",
        ReliabilityTest.REG,
        "R2," + Ids.person(2) + ",x," + TestInput.TOWN_A + ",,EMPLOYED,2020-09-04,FLEXIBLE");
  }

  @Test
  void aPublishThatFailsBeforeItsCommitPointLeavesThePreviousRunWhole() throws IOException {
    TestInput in = ReliabilityTest.input(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    String before = runId(out);
    String csv = Files.readString(out.resolve("reports/2020-09/indicators.csv"));
    correctSeptember(in);
    MonthlyRun.afterPublishStep =
        step -> {
          if (step.equals("in alerts/period=2020-09")) {
            throw new IllegalStateException("simulated fault in the middle of the publish");
          }
        };
    assertEquals(ExitCode.FAILURE, TestRun.run(in.root(), out, "2020-09"));
    assertEquals(Set.of(before), periodRunIds(out));
    assertEquals(before, stateRunId(out), "the person state is the previous run's");
    assertEquals(csv, Files.readString(out.resolve("reports/2020-09/indicators.csv")));
    assertEquals(List.of(), listing(out.resolve("_publish")));
    assertEquals(List.of(), listing(out.resolve("_work")));
  }

  /**
   * Issue 16: the person state is published in the period's unit. A fault right after the new state
   * moved into place, before the commit point, rolls it back with the tables: the next monthly run
   * folds from the state the published tables were computed from.
   */
  @Test
  void aFaultAfterTheStateMovedInRollsTheStateBackWithTheTables() throws IOException {
    TestInput in = ReliabilityTest.input(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    String before = runId(out);
    assertEquals(before, stateRunId(out));
    byte[] state = Files.readAllBytes(out.resolve("staging/person_state/_state.json"));
    correctSeptember(in);
    MonthlyRun.afterPublishStep =
        step -> {
          if (step.equals("in staging/person_state")) {
            throw new IllegalStateException("simulated fault after the state moved in");
          }
        };
    assertEquals(ExitCode.FAILURE, TestRun.run(in.root(), out, "2020-09"));
    assertEquals(Set.of(before), periodRunIds(out));
    assertArrayEquals(state, Files.readAllBytes(out.resolve("staging/person_state/_state.json")));
    MonthlyRun.afterPublishStep = step -> {};
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    assertEquals(runId(out), stateRunId(out), "the next run needs no clean-up");
    assertEquals(List.of(), listing(out.resolve("_publish")));
  }

  static String stateRunId(Path out) throws IOException {
    return new ObjectMapper()
        .readTree(out.resolve("staging/person_state/_state.json").toFile())
        .path("runId")
        .asText();
  }

  @Test
  void aFaultAfterTheCommitPointStillPublishesTheNewRunWhole() throws IOException {
    TestInput in = ReliabilityTest.input(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    String before = runId(out);
    correctSeptember(in);
    MonthlyRun.afterPublishStep =
        step -> {
          if (step.equals("commit")) {
            throw new IllegalStateException("simulated fault right after the commit point");
          }
        };
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    Set<String> ids = periodRunIds(out);
    assertEquals(1, ids.size());
    assertNotEquals(before, ids.iterator().next());
    assertEquals(ids.iterator().next(), stateRunId(out), "the state moved in with the period");
    assertEquals(List.of(), listing(out.resolve("_publish")));
  }

  /**
   * A real kill -9: a child JVM runs the batch and is killed after it moved the new indicator table
   * into place but before the commit point: the disk then holds a mix, and the next start (here a
   * report-only run, which republishes neither table) must roll it back.
   */
  @Test
  void aRunKilledDuringItsPublishIsRolledBackByTheNextStart() throws Exception {
    TestInput in = ReliabilityTest.input(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    String before = runId(out);
    byte[] indicatorsCsv = Files.readAllBytes(out.resolve("reports/2020-09/indicators.csv"));
    correctSeptember(in);

    Path marker = tmp.resolve("paused");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.addAll(
        List.of(
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            PublishPauseMain.class.getName(),
            "in indicators/period=2020-09",
            marker.toString(),
            "--period",
            "2020-09",
            "--input",
            in.root().toString(),
            "--output",
            out.toString(),
            "--master",
            "local[1]"));
    cmd.removeIf(a -> a.startsWith("-agentlib") || a.startsWith("-javaagent"));
    Process child =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("child.log").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue(Files.exists(marker), "the child never reached its publish: " + childLog());
    } finally {
      child.destroyForcibly(); // SIGKILL
      child.waitFor(30, TimeUnit.SECONDS);
    }
    // The killed run left its journal, and the new indicator table beside the old reports.
    assertEquals(1, listing(out.resolve("_publish")).size());
    assertNotEquals(
        hashes(out.resolve("indicators/period=2020-09")).size(), 0, "new table in place");

    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09", "--step", "report"));
    assertEquals(
        Set.of(before), periodRunIds(out, "indicators/"), "table rolled back to the previous run");
    assertEquals(Set.of(before), periodRunIds(out, "alerts/"));
    assertEquals(before, stateRunId(out), "the person state rolled back with the tables");
    assertEquals(
        new String(indicatorsCsv),
        Files.readString(out.resolve("reports/2020-09/indicators.csv")),
        "indicators.csv is the previous run's");
    assertEquals(List.of(), listing(out.resolve("_publish")));
    assertEquals(List.of(), listing(out.resolve("_work")));
    assertFalse(Files.exists(out.resolve(".lock")));
  }

  private String childLog() throws IOException {
    Path log = tmp.resolve("child.log");
    return Files.exists(log) ? Files.readString(log) : "(no output)";
  }

  static String runId(Path out) throws IOException {
    return manifest(out).path("run_id").asText();
  }

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("reports/2020-09/manifest.json").toFile());
  }

  /**
   * The run ids of every file of the period, checked against the manifest: each file on disk is
   * listed with its checksum, each listed file is on disk. The manifest's own run id is included.
   */
  static Set<String> periodRunIds(Path out) throws IOException {
    return periodRunIds(out, "");
  }

  /** {@link #periodRunIds} of the files whose path starts with {@code prefix} only. */
  static Set<String> periodRunIds(Path out, String prefix) throws IOException {
    JsonNode m = manifest(out);
    TreeMap<String, String> listed = new TreeMap<>();
    Set<String> ids = new TreeSet<>();
    if (prefix.isEmpty()) {
      ids.add(m.path("run_id").asText());
    }
    for (JsonNode o : m.path("outputs")) {
      listed.put(o.path("path").asText(), o.path("sha256").asText());
      if (o.path("path").asText().startsWith(prefix)) {
        ids.add(o.path("run_id").asText());
      }
    }
    TreeMap<String, String> onDisk = new TreeMap<>();
    for (String dir :
        List.of(
            "indicators/period=2020-09",
            "alerts/period=2020-09",
            "revisions/period=2020-09",
            "reports/2020-09")) {
      hashes(out.resolve(dir)).forEach((k, v) -> onDisk.put(dir + "/" + k, v));
    }
    onDisk.remove("reports/2020-09/manifest.json");
    assertEquals(listed, onDisk, "the files of the period are those of its manifest");
    assertTrue(
        listed.keySet().stream().anyMatch(k -> k.startsWith("indicators/")), listed.toString());
    assertTrue(listed.containsKey("reports/2020-09/report.xlsx"), listed.toString());
    return ids;
  }

  private static TreeMap<String, String> hashes(Path dir) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        try {
          byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
          out.put(dir.relativize(f).toString(), HexFormat.of().formatHex(d));
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  private static List<String> listing(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
