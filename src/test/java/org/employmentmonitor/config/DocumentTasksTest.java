package org.employmentmonitor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built-in register against the seed document itself (SPEC 2.2): every numbered task of its
 * division of work, with its part, lead and responsible units exactly as written, and a due date
 * exactly where the task's text names 12月31日.
 */
class DocumentTasksTest {
  private static final Path SEED = Path.of("../shared/seed/000_914994266695ae59.txt");
  private static final String LIST_TITLE = "应对新冠肺炎疫情影响进一步做好稳定和扩大就业工作重点任务分工";
  private static final Pattern PART = Pattern.compile("^[一二三四五六七八九十]+、.+$");
  private static final Pattern TASK =
      Pattern.compile("^(\\d+)\\.(.*)\\(牵头单位:([^;)]*)(?:;责任单位:([^)]*))?\\)$");

  record SeedTask(int number, String part, String text, List<String> lead, List<String> resp) {}

  /** The task list of the seed: the lines after the last standalone title line. */
  static Map<Integer, SeedTask> parseSeed() throws IOException {
    List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(LIST_TITLE)) {
        start = i;
      }
    }
    assertTrue(start > 0, "the seed's task list title was not found");
    Map<Integer, SeedTask> out = new TreeMap<>();
    String part = null;
    for (String line : lines.subList(start, lines.size())) {
      String s = line.strip();
      if (PART.matcher(s).matches()) {
        part = s;
        continue;
      }
      Matcher m = TASK.matcher(s);
      if (m.matches()) {
        out.put(
            Integer.parseInt(m.group(1)),
            new SeedTask(
                Integer.parseInt(m.group(1)),
                part,
                m.group(2),
                units(m.group(3)),
                units(m.group(4))));
      }
    }
    return out;
  }

  private static List<String> units(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("、"));
  }

  @Test
  void theBuiltInRegisterIsTheSeedsTaskList() throws IOException {
    Map<Integer, SeedTask> seed = parseSeed();
    assertEquals(67, seed.size());
    TaskRegister reg = DocumentTasks.BUILT_IN;
    assertEquals(
        new ArrayList<>(seed.keySet()), reg.tasks().stream().map(DocumentTask::number).toList());
    for (SeedTask s : seed.values()) {
      DocumentTask t = reg.task(s.number());
      assertEquals(s.part(), t.section(), "part of task " + s.number());
      assertEquals(s.lead(), t.leadUnits(), "lead units of task " + s.number());
      assertEquals(s.resp(), t.responsibleUnits(), "responsible units of task " + s.number());
      assertFalse(t.title().isBlank(), "title of task " + s.number());
      if (s.text().contains("12月31日")) {
        assertNotNull(t.dueDate(), "task " + s.number() + " names its due date");
      } else {
        assertNull(t.dueDate(), "task " + s.number() + " names no due date");
      }
    }
  }

  @Test
  void tasksOneAndFortyTwoFallDueOnTheDateTheyName() {
    TaskRegister reg = DocumentTasks.BUILT_IN;
    assertEquals(LocalDate.of(2020, 12, 31), reg.task(1).dueIn(2021));
    assertEquals(LocalDate.of(2020, 12, 31), reg.task(42).dueIn(2021));
    assertEquals(LocalDate.of(2021, 12, 31), reg.task(2).dueIn(2021));
  }

  @Test
  void theIndicatorLinksAreThoseOfSpec22() {
    Map<Integer, List<String>> links = new TreeMap<>();
    for (DocumentTask t : DocumentTasks.BUILT_IN.tasks()) {
      if (!t.indicatorIds().isEmpty()) {
        links.put(t.number(), t.indicatorIds());
      }
    }
    assertEquals(
        Map.of(
            22, List.of("new_market_entities", "market_entity_jobs"),
            23, List.of("guarantee_loans_amount"),
            26, List.of("entrepreneurship_training", "ecommerce_training"),
            29, List.of("poverty_employment_rate"),
            32, List.of("soe_graduate_position_share"),
            36, List.of("graduate_placement_rate"),
            38, List.of("subsidized_training"),
            54, List.of("unemployed_follow_up_rate"),
            60, List.of("zero_employment_households")),
        links);
  }

  @Test
  void theDocumentsLeadUnitsAreTwentyThreeWithTheLabourBureauLeadingThirtySix() {
    TaskRegister reg = DocumentTasks.BUILT_IN;
    assertEquals(23, reg.leadUnits().size());
    assertEquals(36, reg.ledBy("区人力社保局").size());
    assertEquals(
        List.of(2, 4),
        reg.ledBy("永川银保监分局").stream().map(DocumentTask::number).toList().subList(0, 2));
  }
}
