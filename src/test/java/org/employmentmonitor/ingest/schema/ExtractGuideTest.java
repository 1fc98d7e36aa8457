package org.employmentmonitor.ingest.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clerks' guide and templates under docs/ are exactly what the declarations generate. After a
 * deliberate schema change run {@code mvn test -Dtest=ExtractGuideTest -Dem.regenerateDocs=true}.
 */
class ExtractGuideTest {
  static final Path DOCS = Path.of("docs");

  @Test
  void committedGuideAndTemplatesAreCurrent() throws IOException {
    List<Extract> all = new ArrayList<>(Extracts.MONTHLY);
    all.add(Extracts.TOWNS);
    all.add(Extracts.TASK_REGISTER);
    check(DOCS.resolve("extract-guide.md"), ExtractGuide.markdown());
    for (Extract e : all) {
      check(DOCS.resolve("templates/" + e.name() + ".zh.csv"), ExtractGuide.template(e, true));
      check(DOCS.resolve("templates/" + e.name() + ".en.csv"), ExtractGuide.template(e, false));
    }
  }

  @Test
  void templatesAreReadByTheirOwnHeaderRules() {
    String zh = ExtractGuide.template(Extracts.REGISTRATION, true);
    assertTrue(zh.startsWith("\uFEFF记录编号,公民身份号码,姓名,镇街代码"));
    assertTrue(ExtractGuide.markdown().contains("`MALFORMED_ROW`"));
  }

  private static void check(Path file, String expected) throws IOException {
    if (Boolean.getBoolean("em.regenerateDocs")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file + " is missing: run with -Dem.regenerateDocs=true");
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8), file + " is stale");
  }
}
