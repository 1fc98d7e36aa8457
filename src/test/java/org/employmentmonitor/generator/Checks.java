package org.employmentmonitor.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Helpers shared by the generator tests. */
final class Checks {
  private Checks() {}

  static Path file(Path out, Extract x, YearMonth month) {
    Path dir = out.resolve(month.toString());
    for (String ext : new String[] {".csv", ".csv.gz"}) {
      Path f = dir.resolve(x.fileName + ext);
      if (Files.exists(f)) {
        return f;
      }
    }
    return null;
  }

  /** The month folders of a generated folder, in order. */
  static List<YearMonth> months(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d{4}-\\d{2}"))
          .sorted()
          .map(YearMonth::parse)
          .toList();
    }
  }

  /** Position of each canonical column in a header given in canonical or Chinese names. */
  static int[] columns(Extract x, List<String> header) {
    int[] at = new int[x.width()];
    for (int c = 0; c < x.width(); c++) {
      at[c] =
          header.indexOf(x.columns[c]) >= 0
              ? header.indexOf(x.columns[c])
              : header.indexOf(x.aliases[c]);
    }
    return at;
  }

  /** The catalogue: "file:line" → "OUTCOME REASON". */
  static Map<String, String> catalogue(Path out) throws IOException {
    Map<String, String> m = new HashMap<>();
    List<TestCsv.Rec> recs = TestCsv.read(out.resolve("deliberate_errors.csv"));
    for (TestCsv.Rec r : recs.subList(1, recs.size())) {
      m.put(
          r.fields().get(0) + ":" + r.fields().get(1), r.fields().get(2) + " " + r.fields().get(3));
    }
    assertHeader(
        Files.readAllLines(out.resolve("deliberate_errors.csv"), StandardCharsets.UTF_8).get(0));
    return m;
  }

  private static void assertHeader(String h) {
    if (!h.equals(BadRows.HEADER)) {
      throw new AssertionError("catalogue header " + h);
    }
  }
}
