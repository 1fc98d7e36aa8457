package org.employmentmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.MonitorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 8: options, defaults, and exit code 2 for bad usage — before Spark even starts. */
class OptionsTest {
  @TempDir Path tmp;

  @Test
  void defaults() {
    Options.RunOptions o = Options.parse(new String[] {"--period", "2020-09"});
    assertEquals(YearMonth.of(2020, 9), o.period());
    assertEquals("sample-data", o.input());
    assertEquals("output", o.output());
    assertEquals("local[*]", o.master());
    assertEquals("monthly", o.step());
    assertEquals("none", o.failOn());
    assertNull(o.encoding(), "auto-detect");
    assertNull(o.config());
  }

  @Test
  void everyOptionParses() {
    Options.RunOptions o =
        Options.parse(
            new String[] {
              "--period=2021-01",
              "--input",
              "in",
              "--output",
              "out",
              "--master",
              "spark://h:7077",
              "--config",
              "c.yaml",
              "--step",
              "alerts",
              "--fail-on",
              "RED",
              "--encoding",
              "gbk",
              "--reingest",
              "--allow-development-key",
              "--key-file",
              "k"
            });
    assertEquals(YearMonth.of(2021, 1), o.period());
    assertEquals("alerts", o.step());
    assertEquals("red", o.failOn());
    assertEquals("GB18030", o.encoding());
    assertTrue(o.reingest());
    assertTrue(o.allowDevelopmentKey());
    assertEquals("k", o.keyFile());
  }

  @Test
  void badUsageIsExit2() {
    for (String[] args :
        new String[][] {
          {},
          {"--period", "2020-13"},
          {"--period", "202009"},
          {"--period", "2020-09", "--step", "everything"},
          {"--period", "2020-09", "--fail-on", "orange"},
          {"--period", "2020-09", "--encoding", "latin1"},
          {"--period", "2020-09", "--unknown"},
          {"--period", "2020-09", "stray"},
          {"--period"},
        }) {
      assertEquals(ExitCode.USAGE_OR_CONFIG, Main.run(args, Map.of()), String.join(" ", args));
    }
  }

  @Test
  void aRepeatedOptionIsExit2NotTheLastOneSilently() {
    // Issue 27: "--output A --output B" used B without a word.
    for (String[] args :
        new String[][] {
          {"--period", "2020-09", "--output", "A", "--output", "B"},
          {"--period", "2020-09", "--period", "2020-08"},
          {"--period", "2020-09", "--reingest", "--reingest"},
          {"--period", "2020-09", "--withdraw", "2020-05", "--withdraw=2020-06"},
        }) {
      assertEquals(ExitCode.USAGE_OR_CONFIG, Main.run(args, Map.of()), String.join(" ", args));
    }
    org.employmentmonitor.base.MonitorException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.employmentmonitor.base.MonitorException.class,
            () ->
                Options.parse(
                    new String[] {"--period", "2020-09", "--output", "A", "--output", "B"}));
    assertEquals("--output is given twice; give it once", e.getMessage());
  }

  @Test
  void helpIsGeneratedFromTheDeclarations() {
    String help = Options.help();
    for (Option o : Options.ALL) {
      assertTrue(help.contains(o.flag()), o.flag());
    }
    assertTrue(help.contains("[default: sample-data]"));
    assertEquals(ExitCode.SUCCESS, Main.run(new String[] {"--help"}, Map.of()));
  }

  @Test
  void aBadConfigFileOrKeyIsExit2BeforeSparkStarts() throws Exception {
    Path config = tmp.resolve("bad.yaml");
    Files.writeString(config, "indicators:\n  new_urban_employment: {target: lots}\n");
    assertEquals(
        ExitCode.USAGE_OR_CONFIG,
        Main.run(new String[] {"--period", "2020-09", "--config", config.toString()}, Map.of()));
    assertEquals(
        ExitCode.USAGE_OR_CONFIG,
        Main.run(
            new String[] {
              "--period", "2020-09", "--config", tmp.resolve("missing.yaml").toString()
            },
            Map.of()));
    assertEquals(
        ExitCode.USAGE_OR_CONFIG,
        Main.run(
            new String[] {"--period", "2020-09"},
            Map.of(MonthlyRun.KEY_FILE_ENV, tmp.resolve("nokey").toString())));
  }

  @Test
  void withdrawTakesMonthsOrSourceMonthsAndRefusesTyposWithExitTwo() {
    Options.RunOptions o =
        Options.parse(
            new String[] {"--period", "2020-09", "--withdraw", "2020-05,registration:2020-06"});
    assertEquals(
        java.util.List.of(
            new org.employmentmonitor.ingest.Withdrawal(null, YearMonth.of(2020, 5)),
            new org.employmentmonitor.ingest.Withdrawal("registration", YearMonth.of(2020, 6))),
        o.withdraw());
    for (String[] bad :
        java.util.List.of(
            new String[] {"--period", "2020-09", "--withdraw", "registratoin:2020-05"},
            new String[] {"--period", "2020-09", "--withdraw", "May"},
            new String[] {"--period", "2020-09", "--withdraw", "2020-10"},
            new String[] {"--period", "2020-09", "--withdraw", "2020-05", "--step", "report"})) {
      MonitorException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              MonitorException.class, () -> Options.parse(bad));
      assertEquals(ExitCode.USAGE_OR_CONFIG, e.exitCode());
      assertTrue(e.getMessage().startsWith("--withdraw"), e.getMessage());
    }
  }
}
