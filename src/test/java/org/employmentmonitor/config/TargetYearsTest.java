package org.employmentmonitor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.testing.Targets2021;
import org.junit.jupiter.api.Test;

/** SPEC 4.4: targets belong to a year; a run uses those of P's year; a year without is no error. */
class TargetYearsTest {
  static final String YEAR_2021 = Targets2021.YAML;

  private static BigDecimal target(MonitorConfig c, String id) {
    return c.target(id).target();
  }

  @Test
  void theBuiltInConfigurationHolds2020sTargetsAndARunOf2020UsesThem() {
    MonitorConfig c = MonitorConfig.defaults().forYear(2020);
    IndicatorCatalog.checkConfig(c);
    assertTrue(c.targetsConfigured());
    assertEquals(2020, c.targetYear());
    assertEquals(0, new BigDecimal("24000").compareTo(target(c, "new_urban_employment")));
    assertEquals(TargetKind.CUMULATIVE, c.target("new_urban_employment").kind());
    assertEquals(List.of(), c.targetYears().warnings("jobs/monitor.yaml"));
  }

  @Test
  void aYearWithoutTargetsKeepsEveryIndicatorWithoutATargetAndWarnsOnce() {
    MonitorConfig c = MonitorConfig.defaults().forYear(2021);
    IndicatorCatalog.checkConfig(c); // every indicator is still configured (lead unit, task)
    assertFalse(c.targetsConfigured());
    assertEquals(2021, c.targetYear());
    for (TargetSpec s : c.targets().values()) {
      assertNull(s.target(), s.indicatorId());
      assertEquals(TargetKind.NONE, s.kind(), s.indicatorId());
    }
    assertEquals("区发展改革委", c.target("new_market_entities").leadUnit(), "lead units stay");
    assertEquals("38", c.target("subsidized_training").task());
    List<String> w = c.targetYears().warnings("jobs/monitor.yaml");
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).startsWith("no targets configured for 2021 (configured years: [2020])"));
  }

  @Test
  void oneFileHoldsTwoYearsAndEachRunTakesItsOwn() {
    MonitorConfig loaded = MonitorConfig.load(YEAR_2021, "years.yaml");
    MonitorConfig y2020 = loaded.forYear(2020);
    MonitorConfig y2021 = loaded.forYear(2021);
    assertEquals(0, new BigDecimal("24000").compareTo(target(y2020, "new_urban_employment")));
    assertEquals(0, new BigDecimal("25000").compareTo(target(y2021, "new_urban_employment")));
    assertEquals(0, new BigDecimal("0.055").compareTo(target(y2021, "surveyed_unemployment_rate")));
    assertEquals(0, new BigDecimal("0.50").compareTo(target(y2020, "soe_graduate_position_share")));
    // ~: the 2021 document sets no SOE share target; the indicator is reported without one
    assertNull(target(y2021, "soe_graduate_position_share"));
    assertEquals(TargetKind.NONE, y2021.target("soe_graduate_position_share").kind());
    assertEquals(TargetKind.RATE_DUE, y2020.target("soe_graduate_position_share").kind());
    // binding again from a bound configuration takes the other year's kinds back
    assertEquals(
        TargetKind.RATE_DUE, y2021.forYear(2020).target("soe_graduate_position_share").kind());
    assertTrue(y2021.targetsConfigured());
    assertFalse(loaded.forYear(2022).targetsConfigured());
    // unbound (tests, tools): the latest configured year
    assertEquals(2021, loaded.targetYear());
  }

  @Test
  void aChangeTo2020AloneMergesOverTheBuiltInBlock() {
    MonitorConfig c =
        MonitorConfig.load("targets:\n  2020:\n    subsidized_training: 16000\n", "x.yaml")
            .forYear(2020);
    assertEquals(0, new BigDecimal("16000").compareTo(target(c, "subsidized_training")));
    assertEquals(0, new BigDecimal("24000").compareTo(target(c, "new_urban_employment")));
  }

  @Test
  void theFormatBeforeYearsIsReadAsTheRunsYearOverTheLatestConfiguredOne() {
    MonitorConfig loaded =
        MonitorConfig.load("indicators:\n  new_urban_employment: {target: 26000}\n", "old.yaml");
    for (int year : new int[] {2020, 2021}) {
      MonitorConfig c = loaded.forYear(year);
      assertTrue(c.targetsConfigured(), "as before years: the file's targets serve any year");
      assertEquals(0, new BigDecimal("26000").compareTo(target(c, "new_urban_employment")));
      assertEquals(0, new BigDecimal("15600").compareTo(target(c, "subsidized_training")));
      List<String> w = c.targetYears().warnings("old.yaml");
      assertEquals(1, w.size());
      assertTrue(w.get(0).contains("used as the targets of " + year), w.get(0));
      assertTrue(w.get(0).contains("targets: " + year + ":"), w.get(0));
    }
  }

  @Test
  void mistakesInAYearAreExit2NamingTheKey() {
    assertError("targets:\n  2021:\n    new_urban_employment: 25000\n", "targets.2021 leaves out");
    assertError(
        YEAR_2021.replace("new_urban_employment: 25000", "new_urban_employmnt: 25000"),
        "targets.2021.new_urban_employmnt is not an indicator");
    assertError(YEAR_2021.replace("25000", "-1"), "targets.2021.new_urban_employment must be >= 0");
    assertError(YEAR_2021.replace("0.92", "92"), "targets.2021.graduate_placement_rate is a rate");
    assertError(YEAR_2021.replace("25000", "lots"), "must be a number, not 'lots'");
    assertError(YEAR_2021.replace("2021:", "20211:"), "targets.20211 is not a year");
    assertError(YEAR_2021.replace("2021:", "next:"), "targets.next is not a year");
    assertError("targets:\n  2021: 25000\n", "targets.2021 must be a mapping");
    assertError("targets:\n  2020:\n    registered_unemployed: 5\n", "has kind NONE");
    assertError(YEAR_2021 + "indicators:\n  new_urban_employment: {target: 1}\n", "two formats");
  }

  private static void assertError(String yaml, String mention) {
    MonitorException e =
        assertThrows(MonitorException.class, () -> MonitorConfig.load(yaml, "my.yaml"));
    assertEquals(ExitCode.USAGE_OR_CONFIG, e.exitCode());
    assertTrue(e.getMessage().contains(mention), e.getMessage());
    assertTrue(e.getMessage().contains("my.yaml"), e.getMessage());
  }
}
