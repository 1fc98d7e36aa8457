package org.employmentmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three figures of issue 25 end to end, with their 同比 (SPEC 4.4, 4.6, 9): a run for 2021-02
 * over registration of 2020-01, 2020-02, 2020-08, 2020-09, 2021-01 and 2021-02 (social_insurance
 * delivered empty in each, so 2020-01 and 2020-02 — January to the year-ago month-end — have values
 * of last year). Worked out by hand:
 *
 * <pre>
 * P1 UNEMPLOYED 2020-01-10 A (HARDSHIP), EMPLOYED 2020-02-05 B → re-employed and hardship 2020-02, town B
 * P2 UNEMPLOYED 2020-01-06 A, nothing after            → spell since January 2020
 * P3 UNEMPLOYED 2020-08-03 A                           → Aug→Jan = 5 (not long-term), Aug→Feb = 6 (long-term)
 * P4 UNEMPLOYED 2020-09-01 B (HARDSHIP), EMPLOYED 2021-01-15 A → re-employed and hardship 2021-01, town A
 * P5 EMPLOYED 2021-02-03 A, never unemployed          → newly employed, not re-employed
 * P6 UNEMPLOYED then EMPLOYED both 2021-02-10 A       → newly employed, not re-employed, not unemployed
 *
 * reemployment_of_unemployed  2020-01: 0   2020-02: 1 (B)   2021-01: 1 (A)   2021-02: 1 (A)
 * hardship_employment         2020-01: 0   2020-02: 1 (B)   2021-01: 1 (A)   2021-02: 1 (A)
 * long_term_unemployment_share
 *   2020-01: P1, P2 unemployed since January → 0/2;  2020-02: P2 → 0/1
 *   2021-01: P2 (12 months), P3 (5) → 1/2 = 0.5;     2021-02: P2, P3 (6) → 2/2 = 1; town B 0/0
 * </pre>
 */
class ThreeFiguresJobTest {
  @TempDir static Path tmp;
  static final Map<String, CSVRecord> rows = new HashMap<>();

  static final String REG =
      "record_id,id_number,town_code,event_type,event_date,employment_form,groups";
  static final String A = TestInput.TOWN_A;
  static final String B = TestInput.TOWN_B;

  static String event(int record, int person, String town, String type, String date) {
    return event(record, person, town, type, date, "");
  }

  static String event(int record, int person, String town, String type, String date, String g) {
    String form = type.equals("EMPLOYED") ? "EMPLOYER" : "";
    return "R"
        + record
        + ","
        + Ids.person(person)
        + ","
        + town
        + ","
        + type
        + ","
        + date
        + ","
        + form
        + ","
        + g;
  }

  @BeforeAll
  static void run() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file(
        "2020-01",
        "registration",
        REG,
        event(1, 1, A, "UNEMPLOYED", "2020-01-10", "HARDSHIP"),
        event(2, 2, A, "UNEMPLOYED", "2020-01-06"));
    in.file("2020-02", "registration", REG, event(3, 1, B, "EMPLOYED", "2020-02-05"));
    in.file("2020-08", "registration", REG, event(4, 3, A, "UNEMPLOYED", "2020-08-03"));
    in.file("2020-09", "registration", REG, event(5, 4, B, "UNEMPLOYED", "2020-09-01", "HARDSHIP"));
    in.file("2021-01", "registration", REG, event(6, 4, A, "EMPLOYED", "2021-01-15"));
    in.file(
        "2021-02",
        "registration",
        REG,
        event(7, 5, A, "EMPLOYED", "2021-02-03"),
        event(8, 6, A, "UNEMPLOYED", "2021-02-10"),
        event(9, 6, A, "EMPLOYED", "2021-02-10"));
    in.emptyMandatory("2020-01", "2020-02", "2020-08", "2020-09", "2021-01", "2021-02");
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2021-02", "--step", "ingest"));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2021-02", "--step", "indicators"));
    Path csv = out.resolve("reports/2021-02/indicators.csv");
    rows.putAll(IndicatorsCsv.read(csv));
  }

  /** value, numerator, denominator, value_last_year, yoy_change, yoy_rate of a cell. */
  static List<String> cell(String monthEnd, String id, String scope, String key) {
    CSVRecord r = rows.get(monthEnd + " " + id + " " + scope + " " + key);
    if (r == null) {
      throw new AssertionError("no row " + monthEnd + " " + id + " " + scope + " " + key);
    }
    return List.of(
        r.get("value"),
        r.get("numerator"),
        r.get("denominator"),
        r.get("value_last_year"),
        r.get("yoy_change"),
        r.get("yoy_rate"));
  }

  @Test
  void reemploymentOfTheUnemployedAtEachMonthEndAndCellBesideLastYear() {
    String id = "reemployment_of_unemployed";
    // 2021-01: P4, 1 against 2020-01's 0: change 1, no rate over a zero
    assertEquals(List.of("1", "", "", "0", "1", ""), cell("2021-01-31", id, "DISTRICT", ""));
    // 2021-02: P4 still (P5 never unemployed, P6 unemployed the same day only), 1 against P1's 1
    assertEquals(
        List.of("1", "", "", "1", "0", "0.00000000"), cell("2021-02-28", id, "DISTRICT", ""));
    assertEquals(List.of("1", "", "", "0", "1", ""), cell("2021-02-28", id, "TOWN", A));
    // town B: nobody this year, P1 last year: (0 − 1) ÷ 1
    assertEquals(List.of("0", "", "", "1", "-1", "-1.00000000"), cell("2021-02-28", id, "TOWN", B));
    assertEquals(
        List.of("1", "", "", "1", "0", "0.00000000"), cell("2021-02-28", id, "GROUP", "HARDSHIP"));
  }

  @Test
  void hardshipEmploymentBesideLastYear() {
    String id = "hardship_employment";
    assertEquals(List.of("1", "", "", "0", "1", ""), cell("2021-01-31", id, "DISTRICT", ""));
    assertEquals(
        List.of("1", "", "", "1", "0", "0.00000000"), cell("2021-02-28", id, "DISTRICT", ""));
    assertEquals(List.of("1", "", "", "0", "1", ""), cell("2021-02-28", id, "TOWN", A));
  }

  @Test
  void theLongTermShareCountsSpellsOfSixMonthsAndChangesInPoints() {
    String id = "long_term_unemployment_share";
    // 1 ÷ 2 against 0 ÷ 2: 0.5 points up; a ratio has no rate
    assertEquals(
        List.of("0.50000000", "1", "2", "0.00000000", "0.50000000", ""),
        cell("2021-01-31", id, "DISTRICT", ""));
    // 2 ÷ 2 against 0 ÷ 1
    assertEquals(
        List.of("1.00000000", "2", "2", "0.00000000", "1.00000000", ""),
        cell("2021-02-28", id, "DISTRICT", ""));
    // town B: nobody unemployed in either year: no value, none last year
    assertEquals(List.of("", "0", "0", "", "", ""), cell("2021-02-28", id, "TOWN", B));
  }
}
