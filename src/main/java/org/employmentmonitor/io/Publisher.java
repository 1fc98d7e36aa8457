package org.employmentmonitor.io;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Publishes a run's outputs as one unit (issue 18). SPEC 6 fixes three folders for a period ({@code
 * indicators/period=P}, {@code alerts/period=P}, {@code reports/P}), so no single rename can swap
 * them; a journal makes the moves one transaction instead:
 *
 * <ol>
 *   <li>{@code _publish/RUN_ID.journal} is written (under a temporary name, then renamed): every
 *       move (work path → published path, whether an old copy existed);
 *   <li>each old copy is renamed aside ({@code .old-RUN_ID-NAME} beside it);
 *   <li>each new copy is renamed into place;
 *   <li>{@code _publish/RUN_ID.committed} is created: the commit point;
 *   <li>the old copies are deleted, then the journal, then the commit marker.
 * </ol>
 *
 * <p>{@link #recover} (every start, under the lock, before any work) finishes what a dead run left:
 * a journal without its commit marker is rolled back (new copies go back to the dead run's work
 * folder, old copies back into place: the previous outputs, as SPEC 8 promises for a failed run); a
 * committed journal is rolled forward. Nothing is deleted until the commit point, and after it only
 * the old copies, so the only complete copy is never lost. Every step is idempotent: a recovery
 * interrupted itself is finished by the next one.
 *
 * <p>The unit is a plain list of {@link Move}s: anything else that must change with the period (a
 * state table) is one more entry.
 */
public final class Publisher {
  private static final Logger LOG = LogManager.getLogger(Publisher.class);

  static final String JOURNAL = ".journal";
  static final String COMMITTED = ".committed";
  static final String TEMP = ".tmp";

  /** One file or folder moved from a run's work folder into its published place. */
  public record Move(Path from, Path to) {}

  /** A journal line: the move, where the old copy goes aside, and whether there was one. */
  record Entry(Path from, Path to, Path aside, boolean hadOld) {}

  private final HadoopFs fs;
  private final OutputLayout layout;
  private final Consumer<String> afterStep;

  /**
   * @param afterStep called after each step of a publish with its name ({@code journal}, {@code
   *     aside NAME}, {@code in NAME}, {@code commit}, {@code old-deleted NAME}, {@code done});
   *     tests throw or halt there to prove any interruption is recoverable. Does nothing in
   *     production.
   */
  public Publisher(HadoopFs fs, OutputLayout layout, Consumer<String> afterStep) {
    this.fs = fs;
    this.layout = layout;
    this.afterStep = afterStep;
  }

  public Publisher(HadoopFs fs, OutputLayout layout) {
    this(fs, layout, step -> {});
  }

  private Path journal(String runId) {
    return new Path(layout.publishRoot(), runId + JOURNAL);
  }

  private Path committed(String runId) {
    return new Path(layout.publishRoot(), runId + COMMITTED);
  }

  /** Publishes {@code moves} as one unit; a move whose source does not exist is an error. */
  public void publish(String runId, List<Move> moves) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Move m : moves) {
      if (!fs.exists(m.from())) {
        throw new IOException("nothing to publish at " + m.from());
      }
      Path aside = new Path(m.to().getParent(), ".old-" + runId + "-" + m.to().getName());
      entries.add(new Entry(m.from(), m.to(), aside, fs.exists(m.to())));
    }
    fs.mkdirs(layout.publishRoot());
    Path tmp = new Path(layout.publishRoot(), runId + JOURNAL + TEMP);
    writeDurably(tmp, format(runId, entries));
    fs.rename(tmp, journal(runId));
    afterStep.accept("journal");
    for (Entry e : entries) {
      if (e.hadOld()) {
        fs.rename(e.to(), e.aside());
        afterStep.accept("aside " + name(e.to()));
      }
    }
    for (Entry e : entries) {
      fs.mkdirs(e.to().getParent());
      fs.rename(e.from(), e.to());
      afterStep.accept("in " + name(e.to()));
    }
    writeDurably(committed(runId), new byte[0]);
    afterStep.accept("commit");
    finish(runId, entries);
  }

  /** After the commit point: the old copies, then the journal, then the marker go. */
  private void finish(String runId, List<Entry> entries) throws IOException {
    for (Entry e : entries) {
      if (fs.exists(e.aside())) {
        fs.delete(e.aside());
        afterStep.accept("old-deleted " + name(e.to()));
      }
    }
    // The journal before the marker: a marker alone means "done", a journal alone "roll back".
    fs.delete(journal(runId));
    fs.delete(committed(runId));
    afterStep.accept("done");
  }

  /**
   * Finishes every publish a dead run (or a failed one) left: committed ones are rolled forward,
   * the others rolled back. Returns the run ids repaired. Call it holding the output's lock.
   */
  public List<String> recover() throws IOException {
    List<String> repaired = new ArrayList<>();
    FileStatus[] files = fs.list(layout.publishRoot());
    Arrays.sort(files, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus s : files) {
      String name = s.getPath().getName();
      if (name.endsWith(TEMP)) {
        // A journal not yet renamed into place: nothing had moved.
        fs.delete(s.getPath());
      } else if (name.endsWith(JOURNAL)) {
        String runId = name.substring(0, name.length() - JOURNAL.length());
        recover(runId);
        repaired.add(runId);
      }
    }
    for (FileStatus s : fs.list(layout.publishRoot())) {
      if (s.getPath().getName().endsWith(COMMITTED)) {
        fs.delete(s.getPath()); // its journal is gone: the publish had finished
      }
    }
    return repaired;
  }

  /**
   * Rolls run {@code runId}'s publish forward when committed, else back; returns true when its
   * outputs are in place (rolled forward, or already finished).
   */
  public boolean recover(String runId) throws IOException {
    Path journal = journal(runId);
    if (!fs.exists(journal)) {
      return fs.exists(committed(runId));
    }
    List<Entry> entries = parse(fs.readString(journal), journal);
    if (fs.exists(committed(runId))) {
      for (Entry e : entries) {
        if (fs.exists(e.from())) {
          if (fs.exists(e.to()) && !fs.exists(e.aside())) {
            fs.rename(e.to(), e.aside());
          }
          fs.mkdirs(e.to().getParent());
          fs.rename(e.from(), e.to());
        }
      }
      finish(runId, entries);
      LOG.warn(
          "the interrupted publish of run {} was completed: its {} output(s) are in place",
          runId,
          entries.size());
      return true;
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (fs.exists(e.aside())) {
        if (fs.exists(e.to())) {
          moveBack(e);
        }
        fs.rename(e.aside(), e.to());
      } else if (!e.hadOld() && fs.exists(e.to()) && !fs.exists(e.from())) {
        moveBack(e);
      }
    }
    fs.delete(journal);
    LOG.warn(
        "the interrupted publish of run {} was rolled back: the previous outputs are in place",
        runId);
    return false;
  }

  /** A new copy leaves its published place for its work folder (deleted with that folder). */
  private void moveBack(Entry e) throws IOException {
    fs.mkdirs(e.from().getParent());
    fs.rename(e.to(), e.from());
  }

  /** True while run {@code runId} has a publish that is neither finished nor recovered. */
  public boolean pending(String runId) throws IOException {
    return fs.exists(journal(runId));
  }

  private void writeDurably(Path p, byte[] content) throws IOException {
    try (FSDataOutputStream out = fs.fs(p).create(p, true)) {
      out.write(content);
      out.hsync(); // the journal must survive a power cut, not only a killed process
    }
  }

  private static String name(Path p) {
    return p.getParent().getName() + "/" + p.getName();
  }

  static byte[] format(String runId, List<Entry> entries) {
    StringBuilder b = new StringBuilder("run_id=").append(runId).append('\n');
    for (Entry e : entries) {
      b.append(e.from().toUri())
          .append('\t')
          .append(e.to().toUri())
          .append('\t')
          .append(e.aside().toUri())
          .append('\t')
          .append(e.hadOld() ? "old" : "new")
          .append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  static List<Entry> parse(String text, Path journal) throws IOException {
    List<Entry> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("run_id=")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4) {
        throw new IOException(
            "the publish journal "
                + journal
                + " is damaged (line \""
                + line
                + "\"); restore the period by hand from the .old-* copies beside its folders");
      }
      try {
        out.add(
            new Entry(
                new Path(new URI(f[0])),
                new Path(new URI(f[1])),
                new Path(new URI(f[2])),
                f[3].equals("old")));
      } catch (URISyntaxException e) {
        throw new IOException("the publish journal " + journal + " is damaged: " + e, e);
      }
    }
    return out;
  }
}
