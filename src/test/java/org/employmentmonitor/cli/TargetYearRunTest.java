package org.employmentmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.LogCapture;
import org.employmentmonitor.testing.Targets2021;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 4.4 end to end: a run of 2021 with the built-in configuration (2020's targets only) computes
 * everything with NO_TARGET, warns once and says so in the report; with 2021's targets in a
 * --config file it is judged against them; a bad year block is exit 2 naming the key.
 */
class TargetYearRunTest {
  private static final String REG =
      "record_id,id_number,name,town_code,household_id,event_type,event_date,employment_form";
  private static final String SI =
      "id_number,employer_credit_code,employer_name,town_code,contribution_month,insurance_type";

  @TempDir Path tmp;

  /** January 2021: person 1 registered EMPLOYED on 5 January (one new urban employment). */
  private Path input() {
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file(
        "2021-01",
        "registration",
        REG,
        "R1," + Ids.person(1) + ",王秀英," + TestInput.TOWN_A + ",,EMPLOYED,2021-01-05,EMPLOYER");
    in.file(
        "2021-01",
        "social_insurance",
        SI,
        Ids.person(2) + "," + Ids.employer(1) + ",甲公司," + TestInput.TOWN_A + ",2021-01,PENSION");
    return in.root();
  }

  private Path config(String yaml) throws IOException {
    Path f = tmp.resolve("targets.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  /** The district row of {@code id} at 2021-01-31 as header → value. */
  private static java.util.Map<String, String> district(Path out, String id) throws IOException {
    List<String> lines =
        Files.readAllLines(out.resolve("reports/2021-01/indicators.csv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = List.of(line.split(",", -1));
      if (f.get(header.indexOf("indicator_id")).equals(id)
          && f.get(header.indexOf("scope")).equals("DISTRICT")) {
        java.util.Map<String, String> row = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), f.get(i));
        }
        return row;
      }
    }
    throw new AssertionError("no district row of " + id);
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  @Test
  void aYearWithoutTargetsIsComputedWithNoTargetWarnedOnceAndSaidInTheReport() throws IOException {
    Path out = tmp.resolve("out");
    String log;
    try (LogCapture capture = new LogCapture()) {
      assertEquals(ExitCode.SUCCESS, TestRun.run(input(), out, "2021-01"));
      log = capture.text();
    }
    java.util.Map<String, String> r = district(out, "new_urban_employment");
    assertEquals("1", r.get("value"), "computed as always");
    assertEquals("", r.get("target"));
    assertEquals("", r.get("target_kind"));
    assertEquals("", r.get("completion"));
    assertEquals("NO_TARGET", r.get("status"));
    assertEquals("区人力社保局", r.get("lead_unit"));
    String warning = "no targets configured for 2021 (configured years: [2020])";
    // once per run: as often as the run's one "step indicators ..." line (the capture may see a
    // line once per logger it hangs on)
    assertEquals(count(log, "step indicators ..."), count(log, warning), log);
    assertTrue(count(log, warning) > 0, log);
    String html = Files.readString(out.resolve("reports/2021-01/report.html"));
    assertTrue(html.contains("2021年度目标尚未配置"), "the report says so");
    assertFalse(
        Files.readString(out.resolve("reports/2021-01/alerts.csv")).contains("TARGET_"),
        "no target alert without a target");
  }

  @Test
  void aYearWithConfiguredTargetsIsJudgedAgainstThem() throws IOException {
    Path out = tmp.resolve("out");
    String log;
    try (LogCapture capture = new LogCapture()) {
      assertEquals(
          ExitCode.SUCCESS,
          TestRun.run(input(), out, "2021-01", "--config", config(Targets2021.YAML).toString()));
      log = capture.text();
    }
    java.util.Map<String, String> r = district(out, "new_urban_employment");
    assertEquals("1", r.get("value"));
    assertEquals("25000", r.get("target"));
    assertEquals("CUMULATIVE", r.get("target_kind"));
    assertEquals("0.00004000", r.get("completion")); // 1 / 25000
    assertEquals("0.08333333", r.get("time_progress")); // 1 / 12
    // 12 × 1 < 1 × 25000: below time progress; not BEHIND (12 ≥ (1 − 1.2) × 25000)
    assertEquals("AT_RISK", r.get("status"));
    // ~ in 2021's block: the SOE share is reported without a target that year
    assertEquals("", district(out, "soe_graduate_position_share").get("target"));
    assertFalse(log.contains("no targets configured"), log);
    assertFalse(Files.readString(out.resolve("reports/2021-01/report.html")).contains("年度目标尚未配置"));
  }

  @Test
  void aYearThatLeavesOutAnIndicatorIsExit2NamingIt() throws IOException {
    String log;
    try (LogCapture capture = new LogCapture()) {
      assertEquals(
          ExitCode.USAGE_OR_CONFIG,
          TestRun.run(
              input(),
              tmp.resolve("out"),
              "2021-01",
              "--config",
              config("targets:\n  2021:\n    new_urban_employment: 25000\n").toString()));
      log = capture.text();
    }
    assertTrue(
        log.contains("targets.yaml: targets.2021 leaves out surveyed_unemployment_rate"), log);
    assertFalse(Files.exists(tmp.resolve("out/reports/2021-01")), "nothing ran");
  }
}
