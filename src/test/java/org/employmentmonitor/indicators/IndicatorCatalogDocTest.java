package org.employmentmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/indicators.md's catalogue is written from the declarations, and every declaration is a
 * constant of a rule class the catalogue runs (so the doc can name the class of each id).
 */
class IndicatorCatalogDocTest {
  private static final Path DOC = Path.of("docs", "indicators.md");
  private static final String BEGIN = "<!-- catalogue:begin -->\n";
  private static final String END = "<!-- catalogue:end -->";

  /** Each definition → the simple name of the rule class declaring it. */
  static Map<IndicatorDefinition, String> declaringClasses() throws IllegalAccessException {
    List<Class<?>> rules = new ArrayList<>();
    IndicatorCatalog.PERSON_RULES.forEach(r -> rules.add(r.getClass()));
    IndicatorCatalog.SOURCE_RULES.forEach(r -> rules.add(r.getClass()));
    rules.add(ZeroEmploymentHouseholds.class);
    Map<IndicatorDefinition, String> out = new IdentityHashMap<>();
    for (Class<?> c : rules) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getType() == IndicatorDefinition.class && Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          out.put((IndicatorDefinition) f.get(null), c.getSimpleName());
        }
      }
    }
    return out;
  }

  static String table() throws IllegalAccessException {
    Map<IndicatorDefinition, String> classes = declaringClasses();
    StringBuilder b = new StringBuilder();
    b.append("| id | 名称 | name | unit | cells | sources | configured as | declared in |\n");
    b.append("|---|---|---|---|---|---|---|---|\n");
    for (IndicatorDefinition d : IndicatorCatalog.ALL) {
      b.append("| `")
          .append(d.id())
          .append("` | ")
          .append(d.nameZh())
          .append(" | ")
          .append(d.nameEn())
          .append(" | ")
          .append(d.unit())
          .append(d.isMultiple() ? " (multiple)" : "")
          .append(" | ")
          .append(d.scopes().stream().map(Enum::name).collect(Collectors.joining(", ")))
          .append(" | ")
          .append(String.join(", ", d.sources()))
          .append(" | ")
          .append(
              d.isSubIndicator() ? "part of `" + d.parent() + "`" : "`indicators." + d.id() + "`")
          .append(" | `")
          .append(classes.get(d))
          .append("` |\n");
    }
    return b.toString();
  }

  @Test
  void everyDefinitionIsAConstantOfARuleTheCatalogueRuns() throws IllegalAccessException {
    Map<IndicatorDefinition, String> classes = declaringClasses();
    for (IndicatorDefinition d : IndicatorCatalog.ALL) {
      assertTrue(classes.containsKey(d), "not declared by a rule: " + d.id());
    }
    assertEquals(IndicatorCatalog.ALL.size(), classes.size(), "a rule declares one not listed");
    assertEquals("InsuredEmployment", classes.get(InsuredEmployment.DEFINITION));
    assertEquals("Recruitment", classes.get(Recruitment.DEMAND_SUPPLY_RATIO));
  }

  @Test
  void theDocsCatalogueIsWrittenFromTheDeclarations() throws IOException, IllegalAccessException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int from = doc.indexOf(BEGIN) + BEGIN.length();
    int to = doc.indexOf(END);
    String expected = table();
    if (Boolean.getBoolean("em.regenerateDocs")) {
      Files.writeString(DOC, doc.substring(0, from) + expected + doc.substring(to));
      return;
    }
    assertEquals(expected, doc.substring(from, to), "run with -Dem.regenerateDocs=true");
  }
}
