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
}
