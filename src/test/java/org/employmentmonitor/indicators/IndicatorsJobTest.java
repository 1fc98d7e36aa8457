package org.employmentmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * The indicators step end to end on a tiny input whose every number below is worked out by hand:
 * the extract-level indicators, households, versions, zero-filled cells, NOT_AVAILABLE and the
 * CSV's number formats.
 */
class IndicatorsJobTest {
  @TempDir static Path tmp;
  static Map<String, CSVRecord> rows = new HashMap<>();
  static byte[] csvBytes;

  static final String REG =
      "record_id,id_number,town_code,household_id,event_type,event_date,employment_form,able_and_willing";
  static final String SI =
      "id_number,employer_credit_code,town_code,contribution_month,insurance_type";

  @BeforeAll
  static void run() throws IOException {
    TestInput in = TestInput.at(tmp.resolve("in"));
    String a = TestInput.TOWN_A;
    String b = TestInput.TOWN_B;
    in.file(
        "2020-08",
        "registration",
        REG,
        // Household H1: two jobless adults -> a zero-employment household (town of the later
        // event).
        "R1," + Ids.person(1) + "," + a + ",H1,UNEMPLOYED,2020-08-03,,Y",
        "R2," + Ids.person(2) + "," + b + ",H1,UNEMPLOYED,2020-08-05,,Y",
        // Household H2: one jobless adult, one insured in September -> not zero-employment.
        "R3," + Ids.person(3) + "," + a + ",H2,UNEMPLOYED,2020-08-03,,Y",
        "R4," + Ids.person(4) + "," + a + ",H2,UNEMPLOYED,2020-08-03,,Y");
    in.file(
        "2020-09",
        "registration",
        REG,
        "R5," + Ids.person(5) + "," + a + ",,JOB_SEEKING,2020-09-10,,");
    in.file("2020-08", "social_insurance", SI);
    in.file(
        "2020-09",
        "social_insurance",
        SI,
        Ids.person(4) + "," + Ids.employer(1) + "," + b + ",2020-09,PENSION");
    String training =
        "record_id,id_number,town_code,program_type,subsidized,start_date,end_date,status";
    in.file(
        "2020-08",
        "training",
        training,
        "T1," + Ids.person(6) + "," + a + ",E_COMMERCE,Y,2020-08-01,,ENROLLED");
    in.file(
        "2020-09",
        "training",
        training,
        "T1," + Ids.person(6) + "," + a + ",E_COMMERCE,Y,2020-08-01,2020-09-05,COMPLETED",
        "T2," + Ids.person(6) + "," + b + ",E_COMMERCE,Y,2020-08-01,2020-09-06,COMPLETED");
    in.file(
        "2020-09",
        "recruitment",
        "posting_id,employer_credit_code,town_code,is_soe,positions,for_graduates,posted_date",
        "J1," + Ids.employer(2) + "," + a + ",Y,10,Y,2020-09-01",
        "J2," + Ids.employer(2) + "," + a + ",Y,10,N,2020-09-02",
        "J3," + Ids.employer(3) + "," + b + ",N,5,Y,2020-09-03");
    in.file(
        "2020-09",
        "loans",
        "loan_id,id_number,employer_credit_code,amount,issue_date",
        "L1," + Ids.person(7) + ",,100000,2020-09-01",
        "L2,," + Ids.employer(4) + ",50000.5,2020-08-31",
        "L3,," + Ids.employer(4) + ",7,2019-12-31");
    in.file(
        "2020-09",
        "market_entities",
        "employer_credit_code,entity_type,registered_date,town_code,jobs_created",
        Ids.employer(5) + ",ENTERPRISE,2020-09-01," + a + ",3",
        Ids.employer(6) + ",INDIVIDUAL,2020-02-01," + b + ",");
    in.file("2020-09", "survey", "month,rate", "2020-09,5.2");
    assertEquals(
        ExitCode.SUCCESS,
        TestRun.run(in.root(), tmp.resolve("out"), "2020-09", "--step", "ingest"));
    assertEquals(
        ExitCode.SUCCESS,
        TestRun.run(in.root(), tmp.resolve("out"), "2020-09", "--step", "indicators"));
    Path csv = tmp.resolve("out/reports/2020-09/indicators.csv");
    csvBytes = Files.readAllBytes(csv);
    rows.putAll(IndicatorsCsv.read(csv));
  }

  static CSVRecord row(String monthEnd, String id, String scope, String key) {
    CSVRecord r = rows.get(monthEnd + " " + id + " " + scope + " " + key);
    if (r == null) {
      throw new AssertionError("no row " + monthEnd + " " + id + " " + scope + " " + key);
    }
    return r;
  }

  static CSVRecord sept(String id) {
    return row("2020-09-30", id, "DISTRICT", "");
  }

  @Test
  void csvIsUtf8WithBomAndTheSpecColumns() {
    assertEquals((byte) 0xEF, csvBytes[0]);
    String header =
        new String(csvBytes, 3, 200, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    assertTrue(
        header.startsWith(
            "period,month_end,indicator_id,indicator_name,scope,scope_key,value,numerator,"
                + "denominator,unit,target,target_kind,time_progress,completion,projection,status,"
                + "lead_unit"),
        header);
  }

  @Test
  void everyMonthEndFromJanuaryAndEveryTownCell() {
    assertEquals(
        "NOT_AVAILABLE", row("2020-01-31", "registered_unemployed", "DISTRICT", "").get("status"));
    for (String town : List.of(TestInput.TOWN_A, TestInput.TOWN_B, TestInput.TOWN_C)) {
      row("2020-09-30", "job_postings", "TOWN", town);
    }
    assertEquals("0", row("2020-09-30", "job_postings", "TOWN", TestInput.TOWN_C).get("value"));
  }

  @Test
  void zeroEmploymentHouseholdsAndTheirTown() {
    assertEquals("1", sept("zero_employment_households").get("value"));
    assertEquals("BREACHED", sept("zero_employment_households").get("status"));
    assertEquals(
        "1",
        row("2020-09-30", "zero_employment_households", "TOWN", TestInput.TOWN_B).get("value"));
    assertEquals(
        "0",
        row("2020-09-30", "zero_employment_households", "TOWN", TestInput.TOWN_A).get("value"));
    // In August H2 was jobless too.
    assertEquals("2", row("2020-08-31", "zero_employment_households", "DISTRICT", "").get("value"));
  }

  @Test
  void aReDeliveredTrainingRecordCountsOnceAtItsLatestVersion() {
    assertEquals("1", sept("subsidized_training").get("value"), "T1 and T2 are one person-time");
    assertEquals("1", sept("ecommerce_training").get("value"));
    assertEquals(
        "1", row("2020-09-30", "subsidized_training", "TOWN", TestInput.TOWN_A).get("value"));
    assertEquals(
        "1", row("2020-09-30", "subsidized_training", "TOWN", TestInput.TOWN_B).get("value"));
    assertEquals("0", row("2020-08-31", "subsidized_training", "DISTRICT", "").get("value"));
  }

  @Test
  void recruitmentSeekersAndRatios() {
    assertEquals("25", sept("job_postings").get("value"));
    assertEquals("1", sept("job_seekers").get("value"));
    assertEquals("25.00000000", sept("demand_supply_ratio").get("value"));
    CSVRecord soe = sept("soe_graduate_position_share");
    assertEquals("0.50000000", soe.get("value"));
    assertEquals("10", soe.get("numerator"));
    assertEquals("20", soe.get("denominator"));
    assertEquals("MET", soe.get("status"));
    assertEquals(
        "",
        row("2020-09-30", "soe_graduate_position_share", "TOWN", TestInput.TOWN_B).get("value"));
    assertEquals(
        "NOT_AVAILABLE",
        row("2020-09-30", "soe_graduate_position_share", "TOWN", TestInput.TOWN_B).get("status"));
  }

  @Test
  void amountsHaveCentsAndCountsAreIntegers() {
    assertEquals("150000.50", sept("guarantee_loans_amount").get("value"));
    assertEquals("80000000.00", sept("guarantee_loans_amount").get("target"));
    assertEquals("区人力社保局", sept("guarantee_loans_amount").get("lead_unit"));
    assertEquals("2", sept("new_market_entities").get("value"));
    assertEquals("3", sept("market_entity_jobs").get("value"));
    assertEquals("区发展改革委", sept("new_market_entities").get("lead_unit"));
  }

  @Test
  void surveyRateIsAFractionAndACeiling() {
    CSVRecord s = sept("surveyed_unemployment_rate");
    assertEquals("0.05200000", s.get("value"));
    assertEquals("BREACHED", s.get("status"));
    assertEquals("CEILING", s.get("target_kind"));
    assertEquals(
        "NOT_AVAILABLE",
        row("2020-08-31", "surveyed_unemployment_rate", "DISTRICT", "").get("status"));
  }

  @Test
  void absentExtractsMakeTheirIndicatorsNotAvailable() {
    assertEquals("NOT_AVAILABLE", sept("graduate_placement_rate").get("status"));
    assertEquals("", sept("graduate_placement_rate").get("value"));
    assertEquals("NOT_AVAILABLE", row("2020-08-31", "job_postings", "DISTRICT", "").get("status"));
  }

  @Test
  void registeredUnemploymentAndInsurance() {
    assertEquals("4", sept("registered_unemployed").get("value"));
    assertEquals("1", sept("insured_employment").get("value"));
    assertEquals("0.80000000", sept("registered_unemployment_rate").get("value"));
    // Person 4's only start month is 2020-09 and its look-back is not delivered.
    assertEquals("1", sept("insurance_starts_undecidable").get("value"));
    assertEquals("0", sept("newly_employed").get("value"));
  }

  @Test
  void theTriadBesideNewUrbanEmploymentHasNoTargetAndAnEmptyShareOnAZeroDenominator() {
    // Persons 1-4 are unemployed since August: none is long-term (1 month), none re-employed.
    CSVRecord share = sept("long_term_unemployment_share");
    assertEquals("0.00000000", share.get("value"));
    assertEquals("0", share.get("numerator"));
    assertEquals("4", share.get("denominator"));
    assertEquals("NO_TARGET", share.get("status"));
    assertEquals("区人力社保局", share.get("lead_unit"));
    CSVRecord townC = row("2020-09-30", "long_term_unemployment_share", "TOWN", TestInput.TOWN_C);
    assertEquals("", townC.get("value"), "nobody unemployed in town C (SPEC 9: zero denominator)");
    assertEquals("NOT_AVAILABLE", townC.get("status"));
    assertEquals("0", sept("reemployment_of_unemployed").get("value"));
    assertEquals("NO_TARGET", sept("reemployment_of_unemployed").get("status"));
    assertEquals(
        "0", row("2020-09-30", "reemployment_of_unemployed", "GROUP", "HARDSHIP").get("value"));
    assertEquals("0", sept("hardship_employment").get("value"));
  }
}
