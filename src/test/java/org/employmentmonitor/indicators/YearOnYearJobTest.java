package org.employmentmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.LogCapture;
import org.employmentmonitor.testing.SparkTestSupport;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 同比 (SPEC 4.6) end to end on a tiny input whose every number is worked out by hand. A run for
 * 2021-04; last year's registration and social_insurance were delivered for January, February and
 * April 2020, not registration for March — so 2021-01 and 2021-02 have last year's values, 2021-03
 * and 2021-04 none.
 *
 * <pre>
 * 2020: P1 EMPLOYED 01-15, P2 EMPLOYED 02-10, P7 UNEMPLOYED 01-05, P8 insured 2020-01 (a start in
 *       January 2020 is undecidable: insurance delivered from 2020-01 only)
 *       → new urban employment Jan 1, Feb 2; insured Jan 1, Feb 0;
 *         registered unemployment rate Jan 1/(1+1) = 0.5, Feb 1/1 = 1
 * 2021: P3 EMPLOYED 01-05, P8 and P9 insured 2021-01 (starts), P4 and P5 EMPLOYED in February,
 *       P6 RETIRED 01-20
 *       → new urban employment Jan 3 − 1 = 2, Feb 5 − 1 = 4; attrition Jan 1 (last year 0);
 *         insured Jan 2, Feb 0; registered unemployment rate Jan 1/(1+2), Feb 1/1
 * postings: 4 in 2020-02 (recruitment not delivered in 2020-01), 6 in 2021-02
 * loans:    500 in 2020-01; 300 in 2021-01, 200 in 2021-02
 * </pre>
 *
 * Then 2020-02's registration is delivered again with one more person employed (P10): February
 * 2021's value of last year becomes 3, its own value unchanged.
 */
class YearOnYearJobTest {
  @TempDir static Path tmp;
  static Map<String, CSVRecord> first;
  static Map<String, CSVRecord> corrected;
  static List<IndicatorRow> table;
  static String log;

  static final String REG =
      "record_id,id_number,town_code,household_id,event_type,event_date,employment_form,able_and_willing";
  static final String SI =
      "id_number,employer_credit_code,town_code,contribution_month,insurance_type";
  static final String A = TestInput.TOWN_A;
  static final String B = TestInput.TOWN_B;

  static String employed(int person, String date, String town) {
    return "R"
        + person
        + ","
        + Ids.person(person)
        + ","
        + town
        + ",,EMPLOYED,"
        + date
        + ",EMPLOYER,Y";
  }

  static String insured(int person, String month) {
    return Ids.person(person) + "," + Ids.employer(1) + "," + A + "," + month + ",PENSION";
  }

  @BeforeAll
  static void run() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file(
        "2020-01",
        "registration",
        REG,
        employed(1, "2020-01-15", A),
        "R7," + Ids.person(7) + "," + A + ",,UNEMPLOYED,2020-01-05,,Y");
    in.file("2020-02", "registration", REG, employed(2, "2020-02-10", A));
    in.file("2020-01", "social_insurance", SI, insured(8, "2020-01"));
    in.file("2020-03", "social_insurance", SI); // registration of 2020-03 never delivered
    in.file(
        "2021-01",
        "registration",
        REG,
        employed(3, "2021-01-05", A),
        "R6," + Ids.person(6) + "," + A + ",,RETIRED,2021-01-20,,Y");
    in.file(
        "2021-02", "registration", REG, employed(4, "2021-02-03", B), employed(5, "2021-02-04", B));
    in.file("2021-01", "social_insurance", SI, insured(8, "2021-01"), insured(9, "2021-01"));
    in.emptyMandatory("2020-02", "2020-04", "2021-02", "2021-03", "2021-04");
    String postings =
        "posting_id,employer_credit_code,town_code,is_soe,positions,for_graduates,posted_date";
    in.file(
        "2020-02",
        "recruitment",
        postings,
        "J1," + Ids.employer(2) + "," + A + ",N,4,N,2020-02-03");
    in.file("2021-01", "recruitment", postings);
    in.file(
        "2021-02",
        "recruitment",
        postings,
        "J2," + Ids.employer(2) + "," + A + ",N,6,N,2021-02-01");
    String loans = "loan_id,id_number,employer_credit_code,amount,issue_date";
    in.file("2020-01", "loans", loans, "L0," + Ids.person(11) + ",,500,2020-01-20");
    in.file("2020-02", "loans", loans);
    in.file("2021-01", "loans", loans, "L2," + Ids.person(12) + ",,300,2021-01-05");
    in.file("2021-02", "loans", loans, "L3," + Ids.person(13) + ",,200,2021-02-11");
    Path out = tmp.resolve("out");
    try (LogCapture capture = new LogCapture()) {
      first = run(in, out);
      log = capture.text();
    }
    table =
        IndicatorTable.read(
            SparkTestSupport.spark(), out.resolve("indicators/period=2021-04").toString());

    in.file(
        "2020-02",
        "registration",
        REG,
        employed(2, "2020-02-10", A),
        employed(10, "2020-02-20", B));
    corrected = run(in, out);
  }

  static Map<String, CSVRecord> run(TestInput in, Path out) throws IOException {
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2021-04", "--step", "ingest"));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2021-04", "--step", "indicators"));
    Map<String, CSVRecord> rows = new HashMap<>();
    Path csv = out.resolve("reports/2021-04/indicators.csv");
    rows.putAll(IndicatorsCsv.read(csv));
    return rows;
  }

  static CSVRecord row(
      Map<String, CSVRecord> rows, String monthEnd, String id, String scope, String key) {
    CSVRecord r = rows.get(monthEnd + " " + id + " " + scope + " " + key);
    if (r == null) {
      throw new AssertionError("no row " + monthEnd + " " + id + " " + scope + " " + key);
    }
    return r;
  }

  static CSVRecord district(String monthEnd, String id) {
    return row(first, monthEnd, id, "DISTRICT", "");
  }

  /** value, value_last_year, yoy_change, yoy_rate of a row. */
  static List<String> yoy(CSVRecord r) {
    return List.of(
        r.get("value"), r.get("value_last_year"), r.get("yoy_change"), r.get("yoy_rate"));
  }

  @Test
  void theColumnsFollowLeadUnitInSpecOrder() {
    List<String> h = IndicatorTable.CSV_HEADER;
    int lead = h.indexOf("lead_unit");
    assertEquals(
        List.of("value_last_year", "yoy_change", "yoy_rate"), h.subList(lead + 1, lead + 4));
    assertTrue(first.keySet().stream().noneMatch(k -> k.startsWith("2020-")), "no year-ago rows");
  }

  @Test
  void theLogSaysWhichOfLastYearsMonthEndsHaveAValueAndWhy() {
    assertTrue(
        log.contains(
            "同比 2021-04: last year's month-ends 2020-01..2020-02 evaluated; rows after 2021-02"
                + " have no value of last year: registration of 2020-03 not delivered (SPEC 4.6)"),
        log);
  }

  @Test
  void countsGetTheirChangeAndRate() {
    assertEquals(
        List.of("2", "1", "1", "1.00000000"), yoy(district("2021-01-31", "new_urban_employment")));
    assertEquals(
        List.of("4", "2", "2", "1.00000000"), yoy(district("2021-02-28", "new_urban_employment")));
    assertEquals(
        List.of("2", "1", "1", "1.00000000"), yoy(district("2021-01-31", "insured_employment")));
    // cells too: P1 and P2 counted in town A last year, P3, P8 and P9 this January
    assertEquals(
        List.of("3", "1", "2", "2.00000000"),
        yoy(row(first, "2021-01-31", "newly_employed", "TOWN", A)));
  }

  @Test
  void aZeroLastYearLeavesTheRateEmpty() {
    assertEquals(List.of("1", "0", "1", ""), yoy(district("2021-01-31", "natural_attrition")));
    assertEquals(List.of("0", "0", "0", ""), yoy(district("2021-02-28", "insured_employment")));
  }

  @Test
  void aRatioChangesInFractionPointsAndHasNoRate() {
    assertEquals(
        List.of("0.33333333", "0.50000000", "-0.16666667", ""),
        yoy(district("2021-01-31", "registered_unemployment_rate")));
    assertEquals(
        List.of("1.00000000", "1.00000000", "0.00000000", ""),
        yoy(district("2021-02-28", "registered_unemployment_rate")));
  }

  @Test
  void amountsGetTheirChangeAndRate() {
    assertEquals(
        List.of("300.00", "500.00", "-200.00", "-0.40000000"),
        yoy(district("2021-01-31", "guarantee_loans_amount")));
    assertEquals(
        List.of("500.00", "500.00", "0.00", "0.00000000"),
        yoy(district("2021-02-28", "guarantee_loans_amount")));
  }

  @Test
  void anExtractAbsentAtTheYearAgoMonthEndLeavesItEmpty() {
    assertEquals(List.of("0", "", "", ""), yoy(district("2021-01-31", "job_postings")));
    assertEquals(List.of("6", "4", "2", "0.50000000"), yoy(district("2021-02-28", "job_postings")));
  }

  @Test
  void aMonthLastYearWithoutRegistrationEmptiesItAndEveryLaterMonthEnd() {
    // 2020-03's registration is missing: March and April 2021 have no value of last year, although
    // April 2020 was delivered.
    for (String monthEnd : List.of("2021-03-31", "2021-04-30")) {
      for (String id :
          List.of("new_urban_employment", "insured_employment", "guarantee_loans_amount")) {
        assertEquals("", district(monthEnd, id).get("value_last_year"), monthEnd + " " + id);
        assertEquals("", district(monthEnd, id).get("yoy_change"), monthEnd + " " + id);
      }
    }
    assertEquals("4", district("2021-04-30", "new_urban_employment").get("value"));
  }

  @Test
  void theParquetTableCarriesTheSameValues() {
    IndicatorRow feb =
        table.stream()
            .filter(
                r ->
                    r.monthEnd().toString().equals("2021-02-28")
                        && r.indicatorId().equals("job_postings")
                        && r.scopeKey().isEmpty())
            .findFirst()
            .orElseThrow();
    assertEquals(0, feb.valueLastYear().compareTo(java.math.BigDecimal.valueOf(4)));
    assertEquals(0, feb.yoyChange().compareTo(java.math.BigDecimal.valueOf(2)));
    assertEquals(0, feb.yoyRate().compareTo(new java.math.BigDecimal("0.5")));
  }

  @Test
  void aCorrectionToLastYearsDataChangesLastYearsValue() {
    assertEquals(
        List.of("4", "3", "1", "0.33333333"),
        yoy(row(corrected, "2021-02-28", "new_urban_employment", "DISTRICT", "")));
    assertEquals(
        List.of("2", "1", "1", "1.00000000"),
        yoy(row(corrected, "2021-01-31", "new_urban_employment", "DISTRICT", "")));
    assertEquals(
        List.of("2", "0", "2", ""),
        yoy(row(first, "2021-02-28", "new_urban_employment", "TOWN", B)),
        "nobody was employed in town B last year");
    assertEquals(
        List.of("2", "1", "1", "1.00000000"),
        yoy(row(corrected, "2021-02-28", "new_urban_employment", "TOWN", B)),
        "P10 was employed in town B");
  }
}
