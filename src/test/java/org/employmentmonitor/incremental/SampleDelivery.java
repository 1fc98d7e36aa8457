package org.employmentmonitor.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled sample ({@code sample-data/}) delivered into a test's own input folder the way a
 * statistician's folder grows: {@code reference/} and the synthetic-data marker first, then one
 * month folder at a time. Files are hard links where the file system allows (else copies keeping
 * the modification time): regular files, never symbolic links, with the sample's size and time, so
 * ingest sees exactly the delivered files.
 */
final class SampleDelivery {
  static final Path SAMPLE = Path.of("sample-data");

  /**
   * The first month the tests deliver: 2020's look-back of SPEC 4.1 starts here. The sample itself
   * starts in 2018-10 (2019 as the year before 2020, for 同比); the equality tests run 2020's periods
   * and leave those months out, which keeps them at the cost of the 15-month runs.
   */
  static final YearMonth FIRST = YearMonth.of(2019, 10);

  private SampleDelivery() {}

  /** A new input folder holding {@code reference/} and the synthetic marker, no month yet. */
  static Path start(Path root) {
    link(SAMPLE.resolve("reference"), root.resolve("reference"));
    link(SAMPLE.resolve("SYNTHETIC_DATA.md"), root.resolve("SYNTHETIC_DATA.md"));
    return root;
  }

  /** Delivers the sample's folder of {@code month} into {@code root}. */
  static void deliver(Path root, YearMonth month) {
    Path from = SAMPLE.resolve(month.toString());
    if (!Files.isDirectory(from)) {
      throw new IllegalArgumentException("the sample has no month " + month);
    }
    link(from, root.resolve(month.toString()));
  }

  /** A new input folder holding every sample month up to {@code last}. */
  static Path upTo(Path root, YearMonth last) {
    start(root);
    for (YearMonth m = FIRST; !m.isAfter(last); m = m.plusMonths(1)) {
      deliver(root, m);
    }
    return root;
  }

  /** Links (or copies) {@code from}, a file or a folder tree, to {@code to}. */
  static void link(Path from, Path to) {
    try {
      if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(to);
        List<Path> entries;
        try (Stream<Path> s = Files.list(from)) {
          entries = s.sorted().toList();
        }
        for (Path e : entries) {
          link(e, to.resolve(e.getFileName().toString()));
        }
        return;
      }
      Files.createDirectories(to.getParent());
      try {
        Files.createLink(to, from);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
