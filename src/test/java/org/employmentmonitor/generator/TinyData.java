package org.employmentmonitor.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** One generation of the hidden tiny scale, shared by the test classes of one JVM. */
final class TinyData {
  static final long SEED = GenerateData.DEFAULT_SEED;
  private static Path dir;

  private TinyData() {}

  static synchronized Path dir() {
    if (dir == null) {
      dir = generate(2);
    }
    return dir;
  }

  static Path generate(int threads) {
    try {
      Path out = Files.createTempDirectory("em-tiny-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(out)));
      GenerateData.run(Scale.TINY, out, SEED, threads);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) {
    try (Stream<Path> walk = Files.walk(p)) {
      walk.sorted(Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp folder
    }
  }
}
