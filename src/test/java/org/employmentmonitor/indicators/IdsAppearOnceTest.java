package org.employmentmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's promise: an indicator's id string is written in exactly one file of src/main/java, the
 * declaration beside its rule; everything else refers to the definition. A second literal (a report
 * special case, an alert's own copy) fails here.
 */
class IdsAppearOnceTest {
  @Test
  void everyIdStringIsInExactlyOneSourceFile() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (IndicatorDefinition d : IndicatorCatalog.ALL) {
      String literal = "\"" + d.id() + "\"";
      List<String> holders =
          sources.stream().filter(p -> read(p).contains(literal)).map(Path::toString).toList();
      assertEquals(1, holders.size(), d.id() + " is written in " + holders);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
