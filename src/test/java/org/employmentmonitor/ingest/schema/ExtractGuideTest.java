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
  void committedTaskTemplatesAreThoseOfTheBuiltInRegister() throws IOException {
    java.util.Map<String, String> files =
        TaskTemplates.forRegister(org.employmentmonitor.config.DocumentTasks.BUILT_IN);
    assertEquals(23, files.size());
    for (java.util.Map.Entry<String, String> f : files.entrySet()) {
      check(DOCS.resolve("templates/task_progress/" + f.getKey()), f.getValue());
    }
    // 区商务委 leads tasks 6, 7, 10, 13 and 17.
    assertEquals(
        "\uFEFF任务序号,报送单位,进展状态,工作进展,存在问题,下步措施,报送日期\r\n"
            + "6,区商务委,,,,,\r\n7,区商务委,,,,,\r\n10,区商务委,,,,,\r\n13,区商务委,,,,,\r\n"
            + "17,区商务委,,,,,\r\n",
        files.get("区商务委.csv"));
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
