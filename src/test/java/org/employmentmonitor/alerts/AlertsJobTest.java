package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.employmentmonitor.alerts.AlertFixtures.district;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SaveMode;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertTable;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerts step through the CLI: staged social insurance from a tiny input (ingest step), a
 * hand-built indicator table, then {@code --step alerts}. August → September: employer 1 loses 50
 * of 60 insured (RED), employer 2 5 of 50 (10%, YELLOW), employer 3 4 of 40 (not judged a layoff);
 * the district 150 → 91 (RED); one of September's 92 insurance rows is quarantined (1.09%, YELLOW).
 */
class AlertsJobTest {
  @TempDir static Path tmp;
  private static Path input;
  private static Path output;
  private static final String BAD_ID = badId();
  private static final String HEADER =
      "id_number,employer_credit_code,employer_name,town_code,contribution_month,insurance_type";

  private static String badId() {
    String good = Ids.person(499);
    char wrong = good.charAt(17) == '1' ? '2' : '1';
    return good.substring(0, 17) + wrong;
  }

  private static List<String> insured(
      int employer, String name, String town, String month, int from, int to) {
    List<String> rows = new ArrayList<>();
    for (int p = from; p <= to; p++) {
      rows.add(
          String.join(",", Ids.person(p), Ids.employer(employer), name, town, month, "PENSION"));
    }
    return rows;
  }

  @BeforeAll
  static void ingest() {
    input = tmp.resolve("in");
    output = tmp.resolve("out");
    List<String> aug = new ArrayList<>();
    aug.addAll(insured(1, "重庆甲机械有限公司", TestInput.TOWN_A, "2020-08", 0, 59));
    aug.addAll(insured(2, "乙商贸有限公司", TestInput.TOWN_B, "2020-08", 100, 149));
    aug.addAll(insured(3, "丙食品有限公司", TestInput.TOWN_C, "2020-08", 200, 239));
    List<String> sep = new ArrayList<>();
    sep.addAll(insured(1, "重庆甲机械有限公司", TestInput.TOWN_A, "2020-09", 0, 9));
    sep.addAll(insured(2, "乙商贸有限公司", TestInput.TOWN_B, "2020-09", 100, 144));
    sep.addAll(insured(3, "丙食品有限公司", TestInput.TOWN_C, "2020-09", 200, 235));
    sep.add(
        String.join(
            ",", BAD_ID, Ids.employer(3), "丙食品有限公司", TestInput.TOWN_C, "2020-09", "PENSION"));
    TestInput.at(input)
        .file("2020-08", "social_insurance", HEADER, aug.toArray(new String[0]))
        .file("2020-09", "social_insurance", HEADER, sep.toArray(new String[0]))
        .emptyMandatory("2020-08", "2020-09");
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, output, "2020-09", "--step", "ingest"));
  }

  private static void writeIndicators(YearMonth period, List<IndicatorRow> rows) {
    IndicatorTable.toDataset(AlertFixtures.spark(), rows)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(output.resolve("indicators/period=" + period).toString());
  }

  @Test
  void septemberRaisesTheAlertsItsDataImplies() throws IOException {
    writeIndicators(
        SEPTEMBER,
        List.of(
            district(SEPTEMBER, "new_urban_employment", "17999"),
            district(SEPTEMBER, "surveyed_unemployment_rate", "0.052"),
            district(SEPTEMBER, "insurance_starts_undecidable", "0")));
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, output, "2020-09", "--step", "alerts"));

    List<AlertRow> all =
        AlertTable.read(AlertFixtures.spark(), output.resolve("alerts/period=2020-09").toString());
    // Only August and September were delivered: January..July of both mandatory extracts are
    // missing months of the year (issue 18), one RED DATA_QUALITY alert each.
    List<String> expectedMissing = new ArrayList<>();
    for (String source : List.of("registration", "social_insurance")) {
      for (int m = 1; m <= 7; m++) {
        expectedMissing.add("RED DATA_QUALITY " + source + "/2020-0" + m);
      }
    }
    List<AlertRow> missing = all.stream().filter(a -> a.message().contains("也无已入库的数据")).toList();
    assertEquals(
        expectedMissing,
        missing.stream()
            .map(a -> a.severity() + " " + a.rule() + " " + a.subject())
            .sorted()
            .toList());
    List<AlertRow> alerts = all.stream().filter(a -> !missing.contains(a)).toList();
    List<String> got = new ArrayList<>();
    for (AlertRow a : alerts) {
      got.add(a.severity() + " " + a.rule() + " " + a.subject());
    }
    assertEquals(
        List.of(
            "RED CEILING DISTRICT",
            "RED LAYOFF " + Ids.employer(1) + " 重庆甲机械有限公司",
            "RED INSURED_DROP DISTRICT",
            "YELLOW TARGET_PROGRESS DISTRICT",
            "YELLOW PROJECTION DISTRICT",
            "YELLOW LAYOFF " + Ids.employer(2) + " 乙商贸有限公司",
            "YELLOW DATA_QUALITY social_insurance/2020-09"),
        got);

    AlertRow layoff = alerts.get(1);
    assertEquals(0, BigDecimal.valueOf(50).compareTo(layoff.value()));
    assertEquals(0, BigDecimal.valueOf(50).compareTo(layoff.threshold()));
    assertEquals("区人力社保局", layoff.leadUnit());
    assertTrue(
        layoff
            .message()
            .startsWith("中山路街道重庆甲机械有限公司（统一社会信用代码" + Ids.employer(1) + "）参保职工由8月的60人降至9月的10人"),
        layoff.message());
    AlertRow drop = alerts.get(2);
    assertEquals("insured_employment", drop.indicatorId());
    assertEquals(
        0, new BigDecimal("0.3933333333").compareTo(drop.value()), drop.value().toString());
    AlertRow quality = alerts.get(6);
    assertEquals(0, new BigDecimal("0.0108695652").compareTo(quality.value()));
    assertEquals(0, new BigDecimal("0.01").compareTo(quality.threshold()));
    assertTrue(quality.message().contains("读取92行，其中1行未通过校验被隔离，占1.1%，超过1.0%"), quality.message());
    AlertFixtures.assertNoIdNumbers(alerts);

    byte[] csv = Files.readAllBytes(output.resolve("reports/2020-09/alerts.csv"));
    assertEquals((byte) 0xEF, csv[0]);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith(
            "period,severity,rule,indicator_id,subject,value,threshold,message,lead_unit,state,since,months_active\r\n"
                + "2020-09,RED,CEILING,surveyed_unemployment_rate,DISTRICT,0.052,0.05,"),
        text);
    assertEquals(21, all.size());
    assertEquals(1 + 21, text.split("\r\n").length); // header, 7 alerts, 14 missing months
    assertFalse(text.contains(BAD_ID));
    for (int p = 0; p < 500; p++) {
      assertFalse(text.contains(Ids.person(p)));
    }
  }

  @Test
  void failOnRedExitsFourWhenRedAlertsExist() {
    writeIndicators(SEPTEMBER, List.of(district(SEPTEMBER, "new_urban_employment", "18000")));
    assertEquals(
        ExitCode.ALERTS_AT_OR_ABOVE_FAIL_ON,
        TestRun.run(input, output, "2020-09", "--step", "alerts", "--fail-on", "red"));
  }

  @Test
  void withoutAnIndicatorTableTheStepIsAnInputErrorAndWithoutPreviousMonthNoLayoffIsJudged() {
    YearMonth aug = YearMonth.of(2020, 8);
    assertEquals(ExitCode.INPUT_ERROR, TestRun.run(input, output, "2020-08", "--step", "alerts"));
    writeIndicators(aug, List.of(district(aug, "new_urban_employment", "16000")));
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, output, "2020-08", "--step", "alerts"));
    List<AlertRow> alerts =
        AlertTable.read(AlertFixtures.spark(), output.resolve("alerts/period=2020-08").toString());
    assertTrue(
        alerts.stream()
            .noneMatch(a -> a.rule().equals("LAYOFF") || a.rule().equals("INSURED_DROP")),
        alerts.toString());
  }

  @Test
  void aFileOfTheMonthThatIsNoExtractRaisesAYellowDataQualityAlert() throws IOException {
    writeIndicators(SEPTEMBER, List.of(district(SEPTEMBER, "new_urban_employment", "18000")));
    Path stray = input.resolve("2020-09/参保缴费明细(1).csv");
    Files.writeString(stray, "x\n");
    try {
      assertEquals(ExitCode.SUCCESS, TestRun.run(input, output, "2020-09", "--step", "alerts"));
    } finally {
      Files.delete(stray);
    }
    List<AlertRow> unrecognised =
        AlertTable.read(AlertFixtures.spark(), output.resolve("alerts/period=2020-09").toString())
            .stream()
            .filter(a -> a.subject().equals("unrecognised_files/2020-09"))
            .toList();
    assertEquals(1, unrecognised.size());
    assertEquals(AlertRow.Severity.YELLOW, unrecognised.get(0).severity());
    assertTrue(
        unrecognised.get(0).message().contains("1个未识别的文件（参保缴费明细(1).csv）未读取"),
        unrecognised.get(0).message());
  }
}
