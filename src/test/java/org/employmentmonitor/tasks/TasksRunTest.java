package org.employmentmonitor.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.SparkTestSupport;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tasks step end to end (issue 28) on the built-in register: task reports of August (UTF-8,
 * Chinese headers and labels) and September (GBK, one row repeated, two rows to quarantine) →
 * tasks.csv, the task table of every month-end, TASK alerts, data-quality counts. Ratings by hand:
 *
 * <ul>
 *   <li>task 2 (人行永川中心支行, 永川银保监分局): no report in August nor September → RED since August,
 *       months_red 2;
 *   <li>task 22 (区发展改革委): BEHIND in August (YELLOW), again in September → RED;
 *   <li>task 6 (三家牵头): 区商务委 BEHIND in August, no report in September → YELLOW;
 *   <li>task 1: no report in August (nor July) → RED; September's last row ON_SCHEDULE (latest
 *       version) would be GREEN → YELLOW, one month after RED;
 *   <li>task 47: DONE → DONE; every month-end before August NO_REPORT.
 * </ul>
 */
class TasksRunTest {
  @TempDir static Path tmp;
  static Path output;

  static final String ZH = "任务序号,报送单位,进展状态,工作进展,存在问题,下步措施,报送日期";

  @BeforeAll
  static void run() {
    SparkTestSupport.spark();
    Path input = tmp.resolve("in");
    output = tmp.resolve("out");
    TestInput in = TestInput.at(input).emptyMandatory("2020-08", "2020-09");
    in.file(
        "2020-08",
        "重点任务进展",
        ZH,
        "22,区发展改革委,滞后,召开推进会,审批慢,加快审批,2020-08-28",
        "6,区发展改革委,按序时推进,,,,2020-08-28",
        "6,区经济信息委,按序时推进,,,,2020-08-28",
        "6,区商务委,滞后,,,,2020-08-28");
    in.text(
        "2020-09/task_progress.csv",
        TestInput.lines(
            "task_no,unit,status,progress,problems,next_steps,report_date",
            List.of(
                "22,区发展改革委,BEHIND,,,,2020-09-28",
                "6,区发展改革委,DONE,,,,2020-09-28",
                "6,区经济信息委,DONE,,,,2020-09-28",
                "47,区人力社保局,已完成,目录已发布,,,2020-09-25",
                "1,区人力社保局,滞后,,,,2020-09-20",
                "1,区人力社保局,按序时推进,更正,,,2020-09-29",
                "22,区人力社保局,DONE,,,,2020-09-28",
                "99,区人力社保局,DONE,,,,2020-09-28")),
        Charset.forName("GBK"));
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, output, "2020-09"));
  }

  private static List<CSVRecord> csv(String name) throws IOException {
    String text =
        Files.readString(output.resolve("reports/2020-09/" + name), StandardCharsets.UTF_8);
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new java.io.StringReader(text.substring(1)))
        .getRecords();
  }

  @Test
  void tasksCsvHasOneRowPerTaskRatedByHand() throws IOException {
    List<CSVRecord> rows = csv("tasks.csv");
    assertEquals(67, rows.size());
    Map<String, CSVRecord> byTask = new HashMap<>();
    rows.forEach(r -> byTask.put(r.get("task_no"), r));
    CSVRecord two = byTask.get("2");
    assertEquals("RED", two.get("rating"));
    assertEquals("人行永川中心支行 连续两月未报送；永川银保监分局 连续两月未报送", two.get("reasons"));
    assertEquals("2", two.get("months_red"));
    assertEquals("人行永川中心支行:NONE; 永川银保监分局:NONE", two.get("reported_status"));
    CSVRecord t22 = byTask.get("22");
    assertEquals("RED", t22.get("rating"));
    assertEquals("区发展改革委 连续两月报告滞后", t22.get("reasons"));
    assertEquals("1", t22.get("months_red"));
    assertEquals("1", t22.get("months_yellow"));
    CSVRecord six = byTask.get("6");
    assertEquals("YELLOW", six.get("rating"));
    assertEquals("区商务委 本月未报送", six.get("reasons"));
    assertEquals("区发展改革委:DONE; 区经济信息委:DONE; 区商务委:NONE", six.get("reported_status"));
    // Task 1: no report in August nor July → RED in August; September's report would be GREEN.
    assertEquals("YELLOW", byTask.get("1").get("rating"));
    assertEquals("上月红色督办，本月观察", byTask.get("1").get("reasons"));
    assertEquals("1", byTask.get("1").get("months_red"));
    assertEquals("区人力社保局:ON_SCHEDULE", byTask.get("1").get("reported_status"));
    assertEquals("2020-12-31", byTask.get("1").get("due_date"));
    assertEquals("DONE", byTask.get("47").get("rating"));
    assertEquals("区人力社保局", byTask.get("47").get("lead_units"));
  }

  @Test
  void theTaskTableHoldsEveryMonthEndOfTheYear() {
    List<TaskRow> rows =
        TaskTable.read(SparkTestSupport.spark(), output.resolve("tasks/period=2020-09").toString());
    assertEquals(67 * 9, rows.size());
    List<Rating> task22 = new ArrayList<>();
    rows.stream().filter(r -> r.taskNo() == 22).forEach(r -> task22.add(r.rating()));
    assertEquals(
        List.of(
            Rating.NO_REPORT,
            Rating.NO_REPORT,
            Rating.NO_REPORT,
            Rating.NO_REPORT,
            Rating.NO_REPORT,
            Rating.NO_REPORT,
            Rating.NO_REPORT,
            Rating.YELLOW,
            Rating.RED),
        task22);
  }

  @Test
  void redAndYellowTasksAreTaskAlertsToTheirLeadUnits() throws IOException {
    Map<String, CSVRecord> task = new HashMap<>();
    for (CSVRecord r : csv("alerts.csv")) {
      if (r.get("rule").equals("TASK")) {
        task.put(r.get("subject"), r);
      }
    }
    CSVRecord t22 = task.get("22 优化营商环境、新增市场主体");
    assertEquals("RED", t22.get("severity"));
    assertEquals("区发展改革委", t22.get("lead_unit"));
    assertEquals("任务22（优化营商环境、新增市场主体）红色督办：区发展改革委 连续两月报告滞后", t22.get("message"));
    assertEquals("YELLOW", task.get("6 降低物流用能成本、建设标准厂房").get("severity"));
    assertEquals("区发展改革委、区经济信息委、区商务委", task.get("6 降低物流用能成本、建设标准厂房").get("lead_unit"));
    assertTrue(task.keySet().stream().noneMatch(s -> s.startsWith("47 ")));
    assertEquals("YELLOW", task.get("1 降低社保费率、落实稳岗返还").get("severity"));
  }

  @Test
  void reportsOfAnUnknownTaskOrAUnitNotLeadingItAreQuarantinedAndCounted() throws IOException {
    CSVRecord sept = null;
    for (CSVRecord r : csv("data_quality.csv")) {
      if (r.get("source").equals("task_progress") && r.get("extract_month").equals("2020-09")) {
        sept = r;
      }
    }
    assertEquals("8", sept.get("read"));
    assertEquals("6", sept.get("accepted"));
    assertEquals("2", sept.get("quarantined"));
    assertEquals("1", sept.get("INVALID_ENUM"));
    assertEquals("1", sept.get("INVALID_NUMBER"));
  }
}
