package org.employmentmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The task reports of the tiny scale (issue 28): from March, with the scenario of the writer. */
class TaskProgressWriterTest {
  private final Path out = TinyData.dir();

  /** "task unit" → status (code or label, as written) of one month's file. */
  private Map<String, String> reports(int month) throws IOException {
    Path f = Checks.file(out, Extract.TASK_PROGRESS, of(month));
    List<TestCsv.Rec> recs = TestCsv.read(f);
    int[] at = Checks.columns(Extract.TASK_PROGRESS, recs.get(0).fields());
    Map<String, String> m = new HashMap<>();
    for (TestCsv.Rec r : recs.subList(1, recs.size())) {
      m.put(r.fields().get(at[0]) + " " + r.fields().get(at[1]), r.fields().get(at[2]));
    }
    return m;
  }

  /** Month {@code month} (1–12) of the document's year. */
  private static YearMonth of(int month) {
    return YearMonth.of(TaskProgressWriter.DOCUMENT_YEAR, month);
  }

  @Test
  void noReportsBeforeMarchThenEveryLeadUnitOnEachOfItsTasks() throws IOException {
    assertNull(Checks.file(out, Extract.TASK_PROGRESS, of(2)));
    // The register is the 2020 document's: no reports in the sample's other years.
    assertNull(Checks.file(out, Extract.TASK_PROGRESS, YearMonth.of(2019, 9)));
    Map<String, String> march = reports(TaskProgressWriter.MARCH);
    // 67 tasks, 11 of them with more than one lead unit (13 more): 80 (task, unit) pairs.
    assertEquals(80, march.size());
    assertEquals("按序时推进", march.get("6 区商务委"));
  }

  @Test
  void unitsReportLateFallBehindMissAMonthAndCatchUp() throws IOException {
    int june = 6;
    assertFalse(reports(june).containsKey("7 区商务委")); // late reporter: nothing in May, June
    assertEquals("按序时推进", reports(june + 1).get("7 区商务委")); // caught up in July
    assertEquals("滞后", reports(june + 1).get("22 区发展改革委"));
    assertEquals("BEHIND", reports(june + 2).get("22 区发展改革委"));
    assertFalse(reports(june + 2).containsKey("3 区经济信息委")); // misses August only
    Map<String, String> sept = reports(9);
    assertEquals("按序时推进", sept.get("22 区发展改革委"));
    assertTrue(sept.containsKey("3 区经济信息委"));
    assertFalse(sept.containsKey("2 永川银保监分局"));
    assertEquals("滞后", sept.get("62 区财政局"));
    assertEquals("未启动", sept.get("34 区征兵办"));
    assertEquals("已完成", sept.get("47 区人力社保局"));
  }
}
