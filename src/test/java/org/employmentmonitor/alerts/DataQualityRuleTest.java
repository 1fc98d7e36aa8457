package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.CONFIG;
import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.employmentmonitor.alerts.AlertFixtures.dec;
import static org.employmentmonitor.alerts.AlertFixtures.district;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.junit.jupiter.api.Test;

class DataQualityRuleTest {
  private static IngestState state(String source, String month, long read, long quarantined) {
    IngestState s = new IngestState();
    s.source = source;
    s.extractMonth = month;
    s.read = read;
    s.quarantined = quarantined;
    s.accepted = read - quarantined;
    return s;
  }

  private static Severity severity(long read, long quarantined) {
    List<AlertRow> a =
        DataQualityRule.quarantine(
            List.of(state("registration", "2020-09", read, quarantined)), SEPTEMBER, CONFIG);
    return a.isEmpty() ? null : a.get(0).severity();
  }

  @Test
  void exactlyOnePercentIsNotAnAlertJustAboveIsYellow() {
    assertNull(severity(1000, 10));
    assertEquals(Severity.YELLOW, severity(1000, 11));
  }

  @Test
  void exactlyFivePercentIsYellowJustAboveIsRed() {
    assertEquals(Severity.YELLOW, severity(1000, 50));
    assertEquals(Severity.RED, severity(1000, 51));
  }

  @Test
  void emptyExtractIsNotJudged() {
    assertNull(severity(0, 0));
  }

  @Test
  void onlyThePeriodsOwnMonthIsJudgedAndTownsAreNotASourceMonth() {
    assertTrue(
        DataQualityRule.quarantine(
                List.of(
                    state("registration", "2020-08", 100, 50), state("towns", "reference", 10, 5)),
                SEPTEMBER,
                CONFIG)
            .isEmpty());
  }

  @Test
  void alertNamesTheSourceItsReasonsAndItsLeadUnit() {
    IngestState s = state("survey", "2020-09", 20, 2);
    Map<String, Long> reasons = new TreeMap<>();
    reasons.put("INVALID_NUMBER", 1L);
    reasons.put("INVALID_DATE", 1L);
    s.byReason = reasons;
    List<AlertRow> a = DataQualityRule.quarantine(List.of(s), SEPTEMBER, CONFIG);
    assertEquals(1, a.size());
    AlertRow r = a.get(0);
    assertEquals(Severity.RED, r.severity());
    assertEquals("DATA_QUALITY", r.rule());
    assertNull(r.indicatorId());
    assertEquals("survey/2020-09", r.subject());
    assertEquals(0, dec("0.1").compareTo(r.value()));
    assertEquals(0, dec("0.05").compareTo(r.threshold()));
    assertEquals("国家统计局永川调查队", r.leadUnit());
    assertEquals(
        "9月城镇调查失业率数据读取20行，其中2行未通过校验被隔离，占10.0%，超过5.0%；"
            + "主要原因：日期无效1行、数值无效1行。相关指标可能偏低，请报送单位核实更正后重新报送",
        r.message());
  }

  @Test
  void undecidableInsuranceStartsAreYellow() {
    List<AlertRow> a =
        DataQualityRule.undecidableStarts(
            List.of(district(SEPTEMBER, "insurance_starts_undecidable", "12")),
            SEPTEMBER,
            Optional.of(YearMonth.of(2020, 1)),
            CONFIG);
    assertEquals(1, a.size());
    AlertRow r = a.get(0);
    assertEquals(Severity.YELLOW, r.severity());
    assertEquals("DATA_QUALITY", r.rule());
    assertEquals("insurance_starts_undecidable", r.indicatorId());
    assertEquals("social_insurance/2020-09", r.subject());
    assertEquals(0, dec("12").compareTo(r.value()));
    assertEquals(0, r.threshold().signum());
    assertEquals("区人力社保局", r.leadUnit());
    assertTrue(r.message().startsWith("1—9月有12人的参保起始月份无法判定：最早报送的参保缴费明细为2020年1月"), r.message());
  }

  @Test
  void noUndecidableStartsNoAlert() {
    assertTrue(
        DataQualityRule.undecidableStarts(
                List.of(district(SEPTEMBER, "insurance_starts_undecidable", "0")),
                SEPTEMBER,
                Optional.empty(),
                CONFIG)
            .isEmpty());
  }

  @Test
  void aMandatoryMonthOfTheYearNeverStagedIsRedAndNamesTheMonth() {
    List<IngestState> states = new java.util.ArrayList<>();
    for (int m = 1; m <= 9; m++) {
      String month = "2020-0" + m;
      states.add(state("social_insurance", month, 10, 0));
      if (m != 5) {
        states.add(state("registration", month, 10, 0));
      }
    }
    states.add(state("training", "2020-09", 10, 0)); // optional sources are never "missing"
    List<AlertRow> a = DataQualityRule.missingMonths(states, SEPTEMBER, CONFIG);
    assertEquals(1, a.size(), a.toString());
    AlertRow r = a.get(0);
    assertEquals(Severity.RED, r.severity());
    assertEquals("DATA_QUALITY", r.rule());
    assertEquals("registration/2020-05", r.subject());
    assertNull(r.value());
    assertTrue(r.message().startsWith("5月就业失业登记（registration）未报送，也无已入库的数据"), r.message());
    assertTrue(r.message().contains("2020-05文件夹"), r.message());
  }

  @Test
  void monthsBeforeThePeriodsYearAreNotMissingMonths() {
    List<IngestState> states =
        List.of(state("registration", "2020-01", 1, 0), state("social_insurance", "2020-01", 1, 0));
    assertEquals(List.of(), DataQualityRule.missingMonths(states, YearMonth.of(2020, 1), CONFIG));
  }

  @Test
  void unrecognisedFilesOfTheMonthAreOneYellowAlertNamingThem() {
    List<AlertRow> a =
        DataQualityRule.unrecognisedFiles(
            List.of("2020-09/参保明细(1).csv", "2020-09/notes.txt"), SEPTEMBER, CONFIG);
    assertEquals(1, a.size());
    AlertRow r = a.get(0);
    assertEquals(Severity.YELLOW, r.severity());
    assertEquals("DATA_QUALITY", r.rule());
    assertEquals("unrecognised_files/2020-09", r.subject());
    assertEquals(dec("2"), r.value());
    assertEquals(dec("0"), r.threshold());
    assertTrue(r.message().startsWith("9月报送文件夹中有2个未识别的文件（参保明细(1).csv、notes.txt）未读取"), r.message());
    assertEquals("区人力社保局", r.leadUnit());
  }

  @Test
  void noUnrecognisedFileNoAlert() {
    assertTrue(DataQualityRule.unrecognisedFiles(List.of(), SEPTEMBER, CONFIG).isEmpty());
  }

  @Test
  void anOptionalExtractDeliveredLastMonthButNotThisMonthIsYellow() {
    List<IngestState> states =
        List.of(
            state("registration", "2020-08", 10, 0),
            state("registration", "2020-09", 10, 0),
            state("recruitment", "2020-08", 5, 0),
            state("survey", "2020-08", 1, 0),
            state("survey", "2020-09", 1, 0),
            state("loans", "2020-07", 3, 0));
    List<AlertRow> a = DataQualityRule.missingOptional(states, SEPTEMBER, CONFIG);
    // recruitment: delivered for August, missing for September; survey delivered both months;
    // loans last delivered in July (not the month before): no alert.
    assertEquals(1, a.size());
    assertEquals("recruitment/2020-09", a.get(0).subject());
    assertEquals(Severity.YELLOW, a.get(0).severity());
    assertNull(a.get(0).value());
    assertEquals("9月未报送招聘岗位（recruitment），8月曾报送；依赖该数据的指标本月为“无数据”。请报送单位核实后补报", a.get(0).message());
  }

  @Test
  void taskReportsMissingSayHowTheTasksAreRatedNotThatIndicatorsHaveNoData() {
    List<IngestState> states =
        List.of(state("registration", "2020-09", 10, 0), state("task_progress", "2020-08", 75, 0));
    List<AlertRow> a = DataQualityRule.missingOptional(states, SEPTEMBER, CONFIG);
    assertEquals(1, a.size());
    assertEquals("task_progress/2020-09", a.get(0).subject());
    assertEquals(
        "9月未报送重点任务进展（task_progress），8月曾报送；各牵头单位的重点任务本月均按未报送评级。请报送单位核实后补报", a.get(0).message());
  }
}
