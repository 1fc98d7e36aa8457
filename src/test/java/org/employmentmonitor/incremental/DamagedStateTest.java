package org.employmentmonitor.incremental;

import static org.employmentmonitor.incremental.HandRows.REG;
import static org.employmentmonitor.incremental.HandRows.SI;
import static org.employmentmonitor.incremental.HandRows.si;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.LogCapture;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27: a person state damaged between two runs — its bucket count edited, a data file removed
 * with its entry, one byte of a file changed in place — is never folded. The next run says what was
 * wrong in a WARN, rebuilds the state from staging, and its indicators.csv is the bytes of a
 * from-scratch run.
 */
class DamagedStateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  @TempDir Path tmp;
  private static Path input;
  private static Path fromScratch;
  private static Path august;

  /**
   * Ten persons insured in August and September, so that both buckets of the state hold some;
   * September run from scratch, and August run once (each test damages a copy of its output).
   */
  @BeforeAll
  static void deliver() {
    TestInput in = TestInput.at(shared.resolve("in"));
    List<String> aug = new ArrayList<>();
    List<String> sep = new ArrayList<>();
    for (int p = 1; p <= 10; p++) {
      String town = p % 2 == 0 ? TestInput.TOWN_A : TestInput.TOWN_B;
      aug.add(si(p, p % 3 + 1, town, "2020-08"));
      if (p != 4) {
        sep.add(si(p, p % 3 + 1, town, "2020-09"));
      }
    }
    sep.add(si(11, 1, TestInput.TOWN_A, "2020-09"));
    in.file(
        "2020-08",
        "registration",
        REG,
        "R1," + Ids.person(1) + ",王秀英," + TestInput.TOWN_A + ",H1,UNEMPLOYED,2020-08-03,");
    in.file("2020-08", "social_insurance", SI, aug.toArray(new String[0]));
    in.file(
        "2020-09",
        "registration",
        REG,
        "R2," + Ids.person(11) + ",李建国," + TestInput.TOWN_A + ",,EMPLOYED,2020-09-03,EMPLOYER");
    in.file("2020-09", "social_insurance", SI, sep.toArray(new String[0]));
    input = in.root();
    fromScratch = shared.resolve("scratch");
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, fromScratch, "2020-09"));
    august = shared.resolve("august");
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, august, "2020-08"));
  }

  @Test
  void anEditedBucketCountIsRebuiltFromStaging() throws IOException {
    Path out = august();
    ObjectNode meta = meta(out);
    assertEquals(2, meta.get("buckets").asInt(), "the test session's shuffle partitions");
    meta.put("buckets", 1);
    writeMeta(out, meta);
    String log = september(out);
    assertTrue(
        log.matches(
            "(?s).*WARN.*person state: state file part-\\d{5} is not one of the 1 buckets"
                + " _state.json lists: rebuilt from staging.*"),
        log);
  }

  @Test
  void aFileRemovedWithItsEntryIsRebuiltFromStaging() throws IOException {
    Path out = august();
    Path file = dataFiles(out).get(0);
    ObjectNode meta = meta(out);
    ((ObjectNode) meta.get("files")).remove(file.getFileName().toString());
    ((ObjectNode) meta.get("sha256")).remove(file.getFileName().toString());
    writeMeta(out, meta);
    Files.delete(file);
    String log = september(out);
    assertTrue(
        log.matches(
            "(?s).*WARN.*person state: the state files hold \\d+ persons in \\d+ spans,"
                + " _state.json lists 10 in 10: rebuilt from staging.*"),
        log);
  }

  @Test
  void oneByteChangedInPlaceIsRebuiltFromStaging() throws IOException {
    Path out = august();
    Path file = dataFiles(out).get(1);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(file, bytes);
    String log = september(out);
    String name = file.getFileName().toString().substring(0, 10);
    // The rebuilt state is sound again: the next run keeps it.
    try (LogCapture capture = new LogCapture()) {
      assertEquals(ExitCode.SUCCESS, TestRun.run(input, out, "2020-09"));
      assertTrue(capture.text().contains("person state: state of 2020-09; kept from it"));
    }
    assertTrue(
        log.contains(
            "person state: state file " + name + " checksum differs: rebuilt from staging"),
        log);
    assertTrue(
        log.contains(
            "person state: the published person state failed its check (state file "
                + name
                + " checksum differs): rebuilt from staging"),
        log);
  }

  @Test
  void anEditedFingerprintIsNotTakenForARedelivery() throws IOException {
    Path out = august();
    ObjectNode meta = meta(out);
    ((ObjectNode) meta.get("months")).put("2020-08", "0".repeat(64));
    writeMeta(out, meta);
    String log = september(out);
    assertTrue(
        log.contains(
            "person state: _state.json was changed after its run wrote it (its digest differs):"
                + " rebuilt from staging"),
        log);
    assertTrue(!log.contains("staged again since the state"), log);
  }

  @Test
  void aStagedParquetFileCutShortFailsTheRunNamingItAndReingestRepairsIt() throws IOException {
    // docs/operations.md: a staged month's Parquet file cut short is detected (the read fails),
    // never read as fewer rows.
    Path out = august();
    Path partition = out.resolve("staging/registration/extract_month=2020-08");
    Path file;
    try (Stream<Path> s = Files.list(partition)) {
      file =
          s.filter(p -> p.getFileName().toString().endsWith(".parquet"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    String log;
    try (LogCapture capture = new LogCapture()) {
      assertEquals(ExitCode.FAILURE, TestRun.run(input, out, "2020-09"));
      log = capture.text();
    }
    List<String> errors = log.lines().filter(l -> l.startsWith("ERROR MonthlyRun")).toList();
    assertEquals(1, errors.size(), log);
    assertTrue(errors.get(0).contains(file.getFileName().toString()), errors.get(0));
    assertTrue(
        errors.get(0).contains("a staged file is damaged in step indicators (")
            && errors.get(0).contains("run again with --reingest"),
        errors.get(0));
    // Running again with --reingest stages August afresh: the numbers are the from-scratch ones.
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, out, "2020-09", "--reingest"));
    assertArrayEquals(
        Files.readAllBytes(fromScratch.resolve("reports/2020-09/indicators.csv")),
        Files.readAllBytes(out.resolve("reports/2020-09/indicators.csv")));
  }

  /** A copy of the output of the run for 2020-08. */
  private Path august() throws IOException {
    Path out = tmp.resolve("out");
    try (Stream<Path> s = Files.walk(august)) {
      for (Path from : s.toList()) {
        Path to = out.resolve(august.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return out;
  }

  /** Runs 2020-09 on {@code out}, checks it against the from-scratch run, returns its log. */
  private String september(Path out) throws IOException {
    String log;
    try (LogCapture capture = new LogCapture()) {
      assertEquals(ExitCode.SUCCESS, TestRun.run(input, out, "2020-09"));
      log = capture.text();
    }
    // Issue 27: a rejected state is said to be rejected, not to be absent.
    assertTrue(!log.contains("no person state published yet"), log);
    assertArrayEquals(
        Files.readAllBytes(fromScratch.resolve("reports/2020-09/indicators.csv")),
        Files.readAllBytes(out.resolve("reports/2020-09/indicators.csv")),
        "indicators.csv after the rebuild against the from-scratch run");
    return log;
  }

  private static Path stateDir(Path out) {
    return out.resolve("staging/person_state");
  }

  private static ObjectNode meta(Path out) throws IOException {
    return (ObjectNode) JSON.readTree(stateDir(out).resolve("_state.json").toFile());
  }

  private static void writeMeta(Path out, ObjectNode meta) throws IOException {
    JSON.writerWithDefaultPrettyPrinter()
        .writeValue(stateDir(out).resolve("_state.json").toFile(), meta);
  }

  private static List<Path> dataFiles(Path out) throws IOException {
    try (Stream<Path> s = Files.list(stateDir(out))) {
      List<Path> files =
          s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
      assertEquals(2, files.size(), "one file per bucket");
      return files;
    }
  }
}
