package org.employmentmonitor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a period is published as one unit. A crash is simulated after every step of a publish
 * (the hook throws and nothing else runs, as if the process had died there); the next start's
 * recovery must leave every file of the period from one run: the old one before the commit point,
 * the new one after it.
 */
class PublisherTest {
  static final YearMonth P = YearMonth.of(2020, 9);
  static final List<String> REPORT_FILES =
      List.of("indicators.csv", "alerts.csv", "data_quality.csv", "report.html", "manifest.json");

  @TempDir java.nio.file.Path tmp;

  /** Thrown by the hook: the "process" stops right after the named step. */
  static final class Crash extends RuntimeException {
    Crash(String step) {
      super("crash after " + step);
    }
  }

  private final HadoopFs fs = new HadoopFs(new Configuration());

  private OutputLayout layout(String name) {
    return new OutputLayout(tmp.resolve(name).toString());
  }

  /** The period's files as written by {@code runId} under {@code l} (content = the run id). */
  private void writePeriod(OutputLayout l, String runId, boolean withAlerts) throws IOException {
    fs.writeString(new Path(l.indicators(P), "part-0.parquet"), runId);
    fs.writeString(new Path(l.indicators(P), "_SUCCESS"), runId);
    if (withAlerts) {
      fs.writeString(new Path(l.alerts(P), "part-0.parquet"), runId);
    }
    for (String f : REPORT_FILES) {
      fs.writeString(new Path(l.reports(P), f), runId);
    }
  }

  private List<Publisher.Move> moves(OutputLayout published, OutputLayout work) throws IOException {
    List<Publisher.Move> m = new ArrayList<>();
    m.add(new Publisher.Move(work.indicators(P), published.indicators(P)));
    m.add(new Publisher.Move(work.alerts(P), published.alerts(P)));
    for (String f : REPORT_FILES) {
      m.add(new Publisher.Move(new Path(work.reports(P), f), new Path(published.reports(P), f)));
    }
    return m;
  }

  /** The run ids found in the period's published files, and the files found. */
  private Set<String> runIds(OutputLayout l, List<String> filesSeen) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Path dir : List.of(l.indicators(P), l.alerts(P), l.reports(P))) {
      java.nio.file.Path d = java.nio.file.Path.of(dir.toString());
      if (!Files.exists(d)) {
        continue;
      }
      try (Stream<java.nio.file.Path> files = Files.walk(d)) {
        for (java.nio.file.Path f : files.filter(Files::isRegularFile).toList()) {
          ids.add(Files.readString(f, StandardCharsets.UTF_8));
          filesSeen.add(d.getFileName() + "/" + f.getFileName());
        }
      }
    }
    return ids;
  }

  private List<String> recordSteps() throws IOException {
    OutputLayout published = layout("record");
    writePeriod(published, "A", true);
    OutputLayout work = published.inWork("B");
    writePeriod(work, "B", true);
    List<String> steps = new ArrayList<>();
    new Publisher(fs, published, steps::add).publish("B", moves(published, work));
    return steps;
  }

  @Test
  void aCrashAfterAnyPublishStepLeavesOneRunsFilesAfterRecovery() throws IOException {
    List<String> steps = recordSteps();
    // journal, 7 asides, 7 moves in, commit, 7 old copies deleted, done
    assertEquals(1 + 7 + 7 + 1 + 7 + 1, steps.size(), steps.toString());
    int commit = steps.indexOf("commit");
    for (int k = 0; k < steps.size(); k++) {
      String name = "crash" + k;
      OutputLayout published = layout(name);
      writePeriod(published, "A", true);
      OutputLayout work = published.inWork("B");
      writePeriod(work, "B", true);
      String crashAt = steps.get(k);
      Consumer<String> hook =
          s -> {
            if (s.equals(crashAt)) {
              throw new Crash(s);
            }
          };
      assertThrows(
          Crash.class,
          () -> new Publisher(fs, published, hook).publish("B", moves(published, work)));

      new Publisher(fs, published).recover();

      List<String> seen = new ArrayList<>();
      Set<String> ids = runIds(published, seen);
      String expected = k < commit ? "A" : "B";
      assertEquals(Set.of(expected), ids, "after a crash at step " + crashAt);
      assertEquals(2 + 1 + REPORT_FILES.size(), seen.size(), crashAt + ": " + seen);
      assertEquals(0, fs.list(published.publishRoot()).length, crashAt + ": journal left");
      assertNoAsides(published, crashAt);
    }
  }

  @Test
  void aRecoveryThatIsItselfInterruptedIsFinishedByTheNext() throws IOException {
    List<String> steps = recordSteps();
    OutputLayout published = layout("twice");
    writePeriod(published, "A", true);
    OutputLayout work = published.inWork("B");
    writePeriod(work, "B", true);
    Consumer<String> crashAtCommit =
        s -> {
          if (s.equals("commit")) {
            throw new Crash(s);
          }
        };
    assertThrows(
        Crash.class,
        () -> new Publisher(fs, published, crashAtCommit).publish("B", moves(published, work)));
    String firstDelete = steps.get(steps.indexOf("commit") + 1);
    Consumer<String> crashAtFirstDelete =
        s -> {
          if (s.equals(firstDelete)) {
            throw new Crash(s);
          }
        };
    assertThrows(Crash.class, () -> new Publisher(fs, published, crashAtFirstDelete).recover());
    new Publisher(fs, published).recover();
    assertEquals(Set.of("B"), runIds(published, new ArrayList<>()));
    assertNoAsides(published, "second recovery");
  }

  @Test
  void aFirstPublishRolledBackLeavesNothingHalfPublished() throws IOException {
    OutputLayout published = layout("first");
    OutputLayout work = published.inWork("B");
    writePeriod(work, "B", false);
    List<Publisher.Move> moves = moves(published, work);
    moves.remove(1); // no alerts table this time
    String thirdIn = "in 2020-09/indicators.csv";
    Consumer<String> hook =
        s -> {
          if (s.equals(thirdIn)) {
            throw new Crash(s);
          }
        };
    assertThrows(Crash.class, () -> new Publisher(fs, published, hook).publish("B", moves));
    new Publisher(fs, published).recover();
    List<String> seen = new ArrayList<>();
    assertEquals(Set.of(), runIds(published, seen), seen.toString());
    // The new copies went back to the dead run's work folder (deleted with it), not lost silently.
    assertTrue(fs.exists(new Path(work.reports(P), "indicators.csv")));
  }

  @Test
  void aMissingSourceIsRefusedBeforeAnythingMoves() throws IOException {
    OutputLayout published = layout("missing");
    writePeriod(published, "A", true);
    OutputLayout work = published.inWork("B");
    writePeriod(work, "B", false);
    IOException e =
        assertThrows(
            IOException.class,
            () -> new Publisher(fs, published).publish("B", moves(published, work)));
    assertTrue(e.getMessage().contains("alerts/period=2020-09"), e.getMessage());
    assertEquals(Set.of("A"), runIds(published, new ArrayList<>()));
    assertFalse(fs.exists(published.publishRoot()) && fs.list(published.publishRoot()).length > 0);
  }

  private void assertNoAsides(OutputLayout l, String when) throws IOException {
    try (Stream<java.nio.file.Path> files =
        Files.walk(java.nio.file.Path.of(l.root().toString()))) {
      List<java.nio.file.Path> asides =
          files
              .filter(f -> f.getFileName().toString().startsWith(".old-"))
              .filter(f -> !f.toString().contains("/_work/"))
              .toList();
      assertEquals(List.of(), asides, when);
    }
  }
}
