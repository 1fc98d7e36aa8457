package org.employmentmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed and scale give byte-identical files, whatever the number of threads. */
class DeterminismTest {
  @Test
  void twoRunsWithDifferentThreadCountsGiveIdenticalBytes() throws IOException {
    Path a = TinyData.dir();
    Path b = TinyData.generate(1);
    List<Path> filesA = files(a);
    List<Path> filesB = files(b);
    assertEquals(
        filesA.stream().map(a::relativize).toList(), filesB.stream().map(b::relativize).toList());
    for (Path f : filesA) {
      Path g = b.resolve(a.relativize(f).toString());
      assertArrayEquals(
          Files.readAllBytes(f), Files.readAllBytes(g), "differs: " + a.relativize(f));
    }
  }

  @Test
  void anotherSeedGivesOtherPersons(@TempDir Path c) throws IOException {
    Path a = TinyData.dir();
    GenerateData.run(Scale.TINY, c, 7, 2);
    Path f = Path.of("2020-09", "registration.csv");
    org.junit.jupiter.api.Assertions.assertNotEquals(
        Files.readString(a.resolve(f)), Files.readString(c.resolve(f)));
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
