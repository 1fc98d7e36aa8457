package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.district;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertTable;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.notify.RobotServer;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.LogCapture;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle through the CLI, month after month on one output (issue 17). Insured persons:
 * employer 1 100 → 75 → 20 → 20, employer 2 50 → 20 → 20 → 20, employer 3 40 → 40 → 10 → 10 (July
 * to October), so the district falls 190 → 135 (−28.9%) → 50 (−63.0%). The survey rate is 5.2% in
 * August, 5.1% in September, 4.0% in October; new urban employment 15,000 in August (behind,
 * projection 22,500), 18,500 in September (on track), 21,000 in October. July's alerts are a table
 * written before the lifecycle columns existed, holding the survey ceiling.
 */
class AlertLifecycleRunTest {
  @TempDir Path tmp;

  private static final String HEADER =
      "id_number,employer_credit_code,employer_name,town_code,contribution_month,insurance_type";
  private static final String E1 = Ids.employer(1) + " 甲机械有限公司";
  private static final String E2 = Ids.employer(2) + " 乙商贸有限公司";
  private static final String E3 = Ids.employer(3) + " 丙食品有限公司";

  private static void insured(
      List<String> rows, int employer, String name, String month, int from, int count) {
    for (int p = from; p < from + count; p++) {
      rows.add(
          String.join(
              ",",
              Ids.person(p),
              Ids.employer(employer),
              name,
              TestInput.TOWN_A,
              month,
              "PENSION"));
    }
  }

  private static String[] month(String month, int e1, int e2, int e3) {
    List<String> rows = new ArrayList<>();
    insured(rows, 1, "甲机械有限公司", month, 0, e1);
    insured(rows, 2, "乙商贸有限公司", month, 100, e2);
    insured(rows, 3, "丙食品有限公司", month, 200, e3);
    return rows.toArray(new String[0]);
  }

  private void indicators(Path output, YearMonth p, String survey, String employment) {
    List<IndicatorRow> rows =
        List.of(
            district(p, "new_urban_employment", employment),
            district(p, "surveyed_unemployment_rate", survey),
            district(p, "insurance_starts_undecidable", "0"));
    IndicatorTable.toDataset(AlertFixtures.spark(), rows)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(output.resolve("indicators/period=" + p).toString());
  }

  /** July's alerts as the alerts step wrote them before issue 17: nine columns. */
  private static void oldFormatJuly(Path output) {
    StructType old = new StructType();
    for (String c :
        List.of(
            "period",
            "severity",
            "rule",
            "indicator_id",
            "subject",
            "value",
            "threshold",
            "message",
            "lead_unit")) {
      old =
          old.add(
              c,
              c.equals("value") || c.equals("threshold")
                  ? DataTypes.createDecimalType(38, 10)
                  : DataTypes.StringType,
              true);
    }
    AlertFixtures.spark()
        .createDataFrame(
            List.of(
                RowFactory.create(
                    "2020-07",
                    "RED",
                    "CEILING",
                    "surveyed_unemployment_rate",
                    "DISTRICT",
                    new java.math.BigDecimal("0.053"),
                    new java.math.BigDecimal("0.05"),
                    "全区城镇调查失业率为5.3%，超过控制线5.0%",
                    "区人力社保局")),
            old)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(output.resolve("alerts/period=2020-07").toString());
  }

  private Path notifyConfig(RobotServer robot, int attempts) throws IOException {
    Path file = tmp.resolve("notify-" + attempts + ".yaml");
    Files.writeString(
        file,
        "notify:\n  url: \""
            + robot.url()
            + "\"\n  kind: wecom\n  attempts: "
            + attempts
            + "\n  backoff_seconds: 0\n  timeout_seconds: 5\n");
    return file;
  }

  private static List<String> states(Path output, String period) {
    List<String> out = new ArrayList<>();
    for (AlertRow a :
        AlertTable.read(
            AlertFixtures.spark(), output.resolve("alerts/period=" + period).toString())) {
      out.add(
          a.severity()
              + " "
              + a.rule()
              + " "
              + a.subject()
              + " "
              + a.state()
              + " "
              + a.since()
              + " "
              + a.monthsActive());
    }
    return out;
  }

  @Test
  void augustThenSeptemberThenSeptemberAgainThenOctober() throws IOException {
    Path input = tmp.resolve("in");
    Path output = tmp.resolve("out");
    TestInput.at(input)
        .file("2020-07", "social_insurance", HEADER, month("2020-07", 100, 50, 40))
        .file("2020-08", "social_insurance", HEADER, month("2020-08", 75, 20, 40))
        .file("2020-09", "social_insurance", HEADER, month("2020-09", 20, 20, 10))
        .file("2020-10", "social_insurance", HEADER, month("2020-10", 20, 20, 10))
        // January to June delivered empty: a month of the year never delivered would be a RED
        // DATA_QUALITY alert of its own (DataQualityRule.missingMonths).
        .emptyMandatory(
            "2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06", "2020-07", "2020-08",
            "2020-09", "2020-10");
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, output, "2020-10", "--step", "ingest"));
    oldFormatJuly(output);
    indicators(output, YearMonth.of(2020, 8), "0.052", "15000");
    indicators(output, YearMonth.of(2020, 9), "0.051", "18500");
    indicators(output, YearMonth.of(2020, 10), "0.04", "21000");

    assertEquals(ExitCode.SUCCESS, TestRun.run(input, output, "2020-08", "--step", "alerts"));
    assertEquals(
        List.of(
            // 5.3% → 5.2%: back toward the line, 好转 (SPEC 7 as updated by issue 29)
            "RED CEILING DISTRICT IMPROVED 2020-07 2",
            "RED INSURED_DROP DISTRICT NEW 2020-08 1",
            "YELLOW TARGET_PROGRESS DISTRICT NEW 2020-08 1",
            "YELLOW PROJECTION DISTRICT NEW 2020-08 1",
            "YELLOW LAYOFF " + E1 + " NEW 2020-08 1",
            "YELLOW LAYOFF " + E2 + " NEW 2020-08 1"),
        states(output, "2020-08"));

    List<String> september =
        List.of(
            "RED CEILING DISTRICT IMPROVED 2020-07 3",
            "RED LAYOFF " + E1 + " WORSENED 2020-08 2",
            "RED INSURED_DROP DISTRICT WORSENED 2020-08 2",
            "YELLOW LAYOFF " + E3 + " NEW 2020-09 1",
            "YELLOW TARGET_PROGRESS DISTRICT RESOLVED 2020-08 1",
            "YELLOW PROJECTION DISTRICT RESOLVED 2020-08 1",
            "YELLOW LAYOFF " + E2 + " RESOLVED 2020-08 1");
    try (RobotServer robot = new RobotServer(RobotServer.OK)) {
      Path config = notifyConfig(robot, 3);
      assertEquals(
          ExitCode.SUCCESS,
          TestRun.run(input, output, "2020-09", "--step", "alerts", "--config", config.toString()));
      assertEquals(1, robot.bodies().size(), "one message per run");
      String content =
          new ObjectMapper()
              .readTree(robot.bodies().get(0))
              .get("markdown")
              .get("content")
              .asText();
      assertTrue(
          content.startsWith(
              "### 永川区稳就业监测预警（2020年9月）\n"
                  + "红色预警**3**项（加重2），黄色预警1项（新增1），已解除3项。\n"
                  + "\n**红色预警**\n"
                  + "- 甲机械有限公司【加重】：中山路街道甲机械有限公司（统一社会信用代码"
                  + Ids.employer(1)
                  + "）参保职工由8月的75人降至9月的20人，减少55人"),
          content);
      assertTrue(content.contains("\n- 全区【加重】：全区参保就业人数由8月的135人降至9月的50人"), content);
      assertTrue(
          content.contains(
              "\n- 全区：全区城镇调查失业率为5.1%，超过控制线5.0%（牵头单位：区人力社保局）\n"
                  + "\n**黄色预警（新增或加重）**\n- 丙食品有限公司【新增】："),
          content);
      assertTrue(content.contains("\n已解除：目标进度滞后1项、全年预计难以完成1项、疑似规模性裁员1项。\n"), content);
      for (int p = 0; p < 300; p++) {
        assertTrue(!content.contains(Ids.person(p)), "no ID number in the message");
      }
    }
    assertEquals(september, states(output, "2020-09"));
    try (RobotServer robot = new RobotServer(RobotServer.OK)) {
      // Issue 27: the same digest to the same robot is not posted twice...
      Path config = notifyConfig(robot, 3);
      String endpoint = robot.url();
      assertEquals(
          ExitCode.SUCCESS,
          TestRun.run(input, output, "2020-09", "--step", "alerts", "--config", config.toString()));
      assertEquals(1, robot.bodies().size());
      assertTrue(
          Files.readString(output.resolve("notify/2020-09.json"))
              .contains(endpoint.substring(0, endpoint.indexOf('?'))));
      assertTrue(!Files.readString(output.resolve("notify/2020-09.json")).contains("secret-key"));
      assertEquals(
          ExitCode.SUCCESS,
          TestRun.run(input, output, "2020-09", "--step", "alerts", "--config", config.toString()));
      assertEquals(1, robot.bodies().size(), "a re-run posts nothing new");
    }
    try (RobotServer robot = new RobotServer(RobotServer.TRICKLE)) {
      // ...and a robot that trickles its reply holds neither the lock nor the run past the
      // deadline: it is asked after the lock is released, and given up on after 2 s.
      List<Boolean> locked = new java.util.concurrent.CopyOnWriteArrayList<>();
      robot.onRequest(() -> locked.add(Files.exists(output.resolve(".lock"))));
      Path config = tmp.resolve("trickle.yaml");
      Files.writeString(
          config,
          "notify:\n  url: \""
              + robot.url()
              + "\"\n  attempts: 5\n  backoff_seconds: 0\n  timeout_seconds: 1\n"
              + "  deadline_seconds: 2\n");
      try (LogCapture log = new LogCapture()) {
        assertEquals(
            ExitCode.SUCCESS,
            assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(120),
                () ->
                    TestRun.run(
                        input,
                        output,
                        "2020-09",
                        "--step",
                        "alerts",
                        "--config",
                        config.toString())));
        assertTrue(log.text().contains("gave up after 2 attempt(s)"), log.text());
      }
      assertEquals(List.of(false, false), locked, "the robot is asked after the lock is released");
      assertTrue(!Files.exists(output.resolve(".lock")));
    }
    String csv =
        Files.readString(output.resolve("reports/2020-09/alerts.csv"), StandardCharsets.UTF_8);
    assertTrue(
        csv.contains(",区人力社保局,WORSENED,2020-08,2\r\n"), "alerts.csv has the lifecycle: " + csv);
    assertTrue(csv.contains("\"本月未再触发，预警解除（此前自8月起持续1个月，最后为黄色）。上月预警：全区城镇新增就业人数1—8月累计15,000人"), csv);

    // A rerun of September compares with August again, never with its own earlier result; a robot
    // that keeps failing does not fail the run.
    try (RobotServer robot = new RobotServer(RobotServer.FAIL)) {
      Path config = notifyConfig(robot, 2);
      assertEquals(
          ExitCode.SUCCESS,
          TestRun.run(input, output, "2020-09", "--step", "alerts", "--config", config.toString()));
      assertEquals(2, robot.bodies().size(), "tried twice");
    }
    assertEquals(september, states(output, "2020-09"));

    // October: everything September raised has ended; September's RESOLVED rows are not repeated,
    // and --fail-on yellow does not count RESOLVED rows.
    assertEquals(
        ExitCode.SUCCESS,
        TestRun.run(input, output, "2020-10", "--step", "alerts", "--fail-on", "yellow"));
    assertEquals(
        List.of(
            "RED CEILING DISTRICT RESOLVED 2020-07 3",
            "RED LAYOFF " + E1 + " RESOLVED 2020-08 2",
            "RED INSURED_DROP DISTRICT RESOLVED 2020-08 2",
            "YELLOW LAYOFF " + E3 + " RESOLVED 2020-09 1"),
        states(output, "2020-10"));
  }
}
