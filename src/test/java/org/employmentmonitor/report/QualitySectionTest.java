package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.ingest.schema.Extracts;
import org.junit.jupiter.api.Test;

/**
 * The data-quality section on the task reports (SPEC 2.2, 4.7, 6): a lead unit that sent no report
 * is named as not having reported, not counted as a data error of the extract; a month without the
 * extract says what it means for the ratings, not that indicators have no data.
 */
class QualitySectionTest {

  private static ReportData data(boolean delivered) {
    ReportData d = ReportFixtures.data();
    List<IngestState> quality = new ArrayList<>(d.quality());
    if (delivered) {
      IngestState s = new IngestState();
      s.source = "task_progress";
      s.extractMonth = "2020-09";
      s.file = "2020-09/task_progress.csv";
      s.read = 4;
      s.accepted = 4;
      quality.add(s);
    }
    return new ReportData(
        d.period(),
        d.config(),
        d.indicators(),
        d.alerts(),
        quality,
        d.towns(),
        d.run(),
        TaskSectionTest.TASKS);
  }

  @Test
  void leadUnitsWithoutAReportAreNamedAsNotReportedNotAsDataErrors() {
    // TaskSectionTest.TASKS: task 2 (人行永川中心支行, 永川银保监分局), 6 (区发展改革委, 区商务委), 22
    // (区发展改革委) and 48 (区人力社保局) have no report from those units; 47 is DONE (none expected)
    String note = QualitySection.unreportedNote(data(true));
    assertEquals(
        "重点任务进展：本月已报送，但5个牵头单位未报送其牵头任务的进展：人行永川中心支行（1项）、永川银保监分局（1项）、"
            + "区发展改革委（2项）、区商务委（1项）、区人力社保局（1项）。未报送属报送不全，不是数据差错，不计入隔离；"
            + "相关任务已据此评级（本月未报送为黄色关注，连续两月未报送为红色督办），见重点任务推进情况。",
        note);
    Html h = new Html();
    QualitySection.write(h, data(true));
    String html = h.toString();
    assertTrue(html.contains(note), html);
    String row = html.substring(html.indexOf("<td>重点任务进展</td>"));
    row = row.substring(0, row.indexOf("</tr>"));
    assertEquals(
        "<td>重点任务进展</td><td class=\"num\">4</td><td class=\"num\">4</td><td class=\"num\">0</td>"
            + "<td class=\"num \">0.00%</td><td class=\"num\">0</td><td>—</td>",
        row);
  }

  @Test
  void aMonthWithoutTaskReportsSaysHowTheTasksAreRated() {
    assertNull(QualitySection.unreportedNote(data(false)), "the table's row says it");
    Html h = new Html();
    QualitySection.write(h, data(false));
    String html = h.toString();
    assertTrue(html.contains("<td>重点任务进展</td><td colspan=\"6\">本月未报送，各牵头单位均按本月未报送评级</td>"), html);
    assertFalse(html.contains("<td>重点任务进展</td><td colspan=\"6\">本月未报送，相关指标显示为无数据"));
    assertEquals("，相关指标显示为无数据", QualitySection.consequence(Extracts.LOANS));
    assertEquals("（必报）", QualitySection.consequence(Extracts.REGISTRATION));
  }
}
