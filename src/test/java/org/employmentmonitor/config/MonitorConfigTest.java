package org.employmentmonitor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.math.BigDecimal;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.junit.jupiter.api.Test;

/** Targets, kinds and lead units are configuration: 2020 defaults, overrides, clear errors. */
class MonitorConfigTest {
  @Test
  void defaultsAreThe2020Document() {
    MonitorConfig c = MonitorConfig.defaults();
    IndicatorCatalog.checkConfig(c);
    assertEquals(0, new BigDecimal("24000").compareTo(c.target("new_urban_employment").target()));
    assertEquals(TargetKind.CUMULATIVE, c.target("new_urban_employment").kind());
    assertEquals(0, new BigDecimal("0.90").compareTo(c.target("graduate_placement_rate").target()));
    assertEquals(12, c.target("graduate_placement_rate").dueMonth());
    assertEquals(0, new BigDecimal("15600").compareTo(c.target("subsidized_training").target()));
    assertEquals(
        0, new BigDecimal("80000000").compareTo(c.target("guarantee_loans_amount").target()));
    assertEquals("区发展改革委", c.target("new_market_entities").leadUnit());
    assertEquals("区人力社保局", c.target("graduate_placement_rate").leadUnit());
    assertEquals(TargetKind.CEILING, c.target("surveyed_unemployment_rate").kind());
    assertEquals(TargetKind.NONE, c.target("registered_unemployed").kind());
    assertEquals("永川区", c.districtName());
  }

  @Test
  void aNewYearsTargetsNeedOnlyTheKeysThatChange() {
    MonitorConfig c =
        MonitorConfig.load(
            "indicators:\n  new_urban_employment: {target: 25000}\nstatus:\n  cumulative_behind_margin: 0.2\n",
            "2021.yaml");
    assertEquals(0, new BigDecimal("25000").compareTo(c.target("new_urban_employment").target()));
    assertEquals(TargetKind.CUMULATIVE, c.target("new_urban_employment").kind(), "kept");
    assertEquals(0, new BigDecimal("0.2").compareTo(c.cumulativeBehindMargin()));
    assertEquals(0, new BigDecimal("15600").compareTo(c.target("subsidized_training").target()));
  }

  @Test
  void mistakesAreExit2NamingTheKey() {
    assertError(
        "indicators:\n  new_urban_employment: {targett: 1}\n",
        "indicators.new_urban_employment.targett");
    assertError(
        "indicators:\n  no_such_indicator: {target: 1, kind: CUMULATIVE, lead_unit: x}\n",
        "no_such_indicator");
    assertError(
        "indicators:\n  new_urban_employment: {target: -5}\n",
        "indicators.new_urban_employment.target");
    assertError("indicators:\n  graduate_placement_rate: {target: 90}\n", "fraction");
    assertError("indicators:\n  new_urban_employment: {kind: SOMETIMES}\n", "kind");
    assertError("status: [1, 2\n", "not valid YAML");
    assertError("- a\n- b\n", "mapping");
  }

  @Test
  void deliveryIsOffByDefaultAndItsKeyNeverReachesTheManifest() throws Exception {
    assertFalse(MonitorConfig.defaults().delivery().enabled());
    MonitorConfig c =
        MonitorConfig.load(
            "notify:\n  url: https://oapi.dingtalk.com/robot/send?access_token=abc123secret\n"
                + "  kind: DingTalk\n  attempts: 5\n",
            "notify.yaml");
    Notify n = c.delivery();
    assertTrue(n.enabled());
    assertEquals(Notify.Kind.DINGTALK, n.kind());
    assertEquals(5, n.attempts());
    assertEquals(0, new BigDecimal("2").compareTo(n.backoffSeconds()), "default kept");
    assertEquals(10, n.timeoutSeconds());
    assertEquals("https://oapi.dingtalk.com/robot/send", n.endpoint());
    assertEquals("oapi.dingtalk.com", n.host());
    // RunManifest records the effective configuration with this kind of mapper
    String json =
        new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .writeValueAsString(c);
    assertFalse(json.contains("abc123secret"), json);
    assertTrue(json.contains("\"endpoint\":\"https://oapi.dingtalk.com/robot/send\""), json);
  }

  @Test
  void deliveryMistakesAreExit2NamingTheKey() {
    assertError("notify:\n  url: ftp://example.org/hook\n", "notify.url");
    assertError("notify:\n  url: 'https://exa mple.org/'\n", "notify.url");
    assertError("notify:\n  kind: slack\n", "notify.kind must be wecom or dingtalk, not slack");
    assertError("notify:\n  attempts: 0\n", "notify.attempts");
    assertError("notify:\n  deadline_seconds: 301\n", "notify.deadline_seconds");
    assertError(
        "notify:\n  timeout_seconds: 90\n",
        "notify.timeout_seconds (90) must not exceed notify.deadline_seconds (60)");
    assertError("notify:\n  urll: x\n", "notify.urll");
  }

  @Test
  void ingestLimitsHaveDefaultsAndAreCheckedLikeEveryKey() {
    MonitorConfig.Ingest d = MonitorConfig.defaults().ingest();
    assertEquals(1 << 20, d.maxRecordBytes());
    assertEquals(4096, d.maxFields());
    // Without a previous delivery: factor x floor; with one: max(floor, factor x previous).
    assertEquals(20_000_000L, d.maxRows(-1));
    assertEquals(3_000_000L, d.maxRows(300_000));
    assertEquals(2_000_000L, d.maxRows(27_000)); // issue 18's 15.4 M-row gzip bomb is stopped
    assertEquals(120_000_000L, d.maxRows(12_000_000));
    MonitorConfig.Ingest small =
        MonitorConfig.load("ingest:\n  plausible_rows: {factor: 2, floor: 3}\n", "my.yaml")
            .ingest();
    assertEquals(6, small.maxRows(-1));
    assertEquals(3, small.maxRows(1));
    assertEquals(10, small.maxRows(5));
    assertError("ingest:\n  plausible_rows: {factor: 0}\n", "ingest.plausible_rows.factor");
    assertError("ingest:\n  max_fields: 2\n", "ingest.max_fields");
    assertError("ingest:\n  max_rows: 2\n", "ingest.max_rows");
  }

  private static void assertError(String yaml, String mention) {
    MonitorException e =
        assertThrows(MonitorException.class, () -> MonitorConfig.load(yaml, "my.yaml"));
    assertEquals(ExitCode.USAGE_OR_CONFIG, e.exitCode());
    assertTrue(e.getMessage().contains(mention), e.getMessage());
    assertTrue(e.getMessage().contains("my.yaml"), e.getMessage());
  }
}
