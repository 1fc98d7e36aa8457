package org.employmentmonitor.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.employmentmonitor.config.PseudonymKey;
import org.employmentmonitor.ingest.csv.CsvRecordReader;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.testing.Ids;
import org.junit.jupiter.api.Test;

/** SPEC 2.2, 2.3 and 9: one outcome per row, the right reason, column and warnings. */
class RowValidatorTest {
  static final YearMonth SEPT = YearMonth.of(2020, 9);
  static final Set<String> TOWNS = Set.of("500118001", "500118002");
  static final String P1 = Ids.person(1);
  static final String E1 = Ids.employer(1);

  /** A copy of a validation outcome. */
  record Outcome(
      boolean accepted, String reason, String column, List<String> warnings, Object[] staged) {}

  static Outcome check(Extract e, String header, String row) {
    String text = header + "\n" + row + "\n";
    try (CsvRecordReader r =
        new CsvRecordReader(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8,
            1 << 20)) {
      r.next();
      List<String> h = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        h.add(r.field(i));
      }
      HeaderMapping mapping = HeaderMapping.resolve(e, h);
      RowValidator v =
          new RowValidator(
              e,
              mapping,
              SEPT,
              TOWNS,
              new Pseudonymizer(PseudonymKey.of(Pseudonymizer.DEVELOPMENT_KEY, true)));
      r.next();
      RowValidator.Result res = v.validate(r);
      List<String> warnings = new ArrayList<>();
      for (RowValidator.Warning w : res.warnings()) {
        warnings.add(w.code() + " " + w.column());
      }
      return new Outcome(
          res.accepted(),
          res.reason() == null ? null : res.reason().name(),
          res.column(),
          warnings,
          res.staged());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static final String REG =
      "record_id,id_number,name,town_code,household_id,event_type,event_date,employment_form,"
          + "employer_credit_code,groups,able_and_willing";

  static Object staged(Extract e, Outcome o, String column) {
    return o.staged()[e.stagedSchema().fieldIndex(column)];
  }

  @Test
  void anAcceptedRegistrationIsTypedAndPseudonymised() {
    Outcome o =
        check(
            Extracts.REGISTRATION,
            REG,
            "R1," + P1 + ",张三,500118001,H9,EMPLOYED,2020-09-03,EMPLOYER,,返乡农民工;建卡贫困人员,");
    assertTrue(o.accepted());
    Extract e = Extracts.REGISTRATION;
    assertNotNull(staged(e, o, "person_key"));
    assertEquals(LocalDate.of(1980, 1, 1), staged(e, o, "birth_date"));
    assertEquals("M", staged(e, o, "sex"));
    assertArrayEquals(
        new String[] {"MIGRANT_RETURNEE", "POVERTY"}, (String[]) staged(e, o, "groups"));
    assertEquals(Boolean.TRUE, staged(e, o, "able_and_willing"), "default Y");
    assertEquals(2, staged(e, o, "source_line"));
    for (Object v : o.staged()) {
      assertFalse(P1.equals(v) || "张三".equals(v), "no raw ID number or name is staged");
    }
  }

  @Test
  void chineseHeadersAndLabelsAreAccepted() {
    Outcome o =
        check(
            Extracts.REGISTRATION,
            "记录编号,公民身份号码,镇街代码,登记类型,登记日期,就业形式,有劳动能力和就业意愿",
            "R1," + P1 + ",500118001,就业登记,2020年9月3日,灵活就业,否");
    assertTrue(o.accepted(), o.toString());
    assertEquals("EMPLOYED", staged(Extracts.REGISTRATION, o, "event_type"));
    assertEquals("FLEXIBLE", staged(Extracts.REGISTRATION, o, "employment_form"));
    assertEquals(Boolean.FALSE, staged(Extracts.REGISTRATION, o, "able_and_willing"));
  }

  @Test
  void codesAndCanonicalHeadersMatchCaseInsensitively() {
    Outcome o =
        check(
            Extracts.REGISTRATION,
            "Record_ID,ID_NUMBER,Town_Code,EVENT_TYPE,event_date",
            "R1," + P1 + ",500118001,unemployed,20200903");
    assertTrue(o.accepted());
    assertEquals("UNEMPLOYED", staged(Extracts.REGISTRATION, o, "event_type"));
  }

  @Test
  void fullWidthDigitsAndSpacesAreCleaned() {
    String fullWidthId =
        P1.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
    Outcome o =
        check(
            Extracts.REGISTRATION,
            REG,
            "R1,\u3000" + fullWidthId + " ,张三,５００１１８００１,,FOLLOW_UP,２０２０-０９-０３,,,,");
    assertTrue(o.accepted(), o.toString());
  }

  @Test
  void malformedRowComesFirst() {
    Outcome o = check(Extracts.REGISTRATION, REG, "R1,bad,张三,999");
    assertEquals("MALFORMED_ROW", o.reason());
    assertNull(o.column());
  }

  @Test
  void theFirstRequiredColumnInTableOrderDecides() {
    // record_id empty and id_number invalid and town unknown: record_id is first.
    assertEquals(
        "MISSING_REQUIRED record_id",
        reasonOf(check(Extracts.REGISTRATION, REG, ",bad,张三,999999999,,EMPLOYED,2020-09-03,,,,")));
    // id_number invalid and town unknown: id_number comes before town_code.
    assertEquals(
        "INVALID_ID_NUMBER id_number",
        reasonOf(
            check(Extracts.REGISTRATION, REG, "R1,bad,张三,999999999,,EMPLOYED,2020-09-03,,,,")));
    assertEquals(
        "UNKNOWN_TOWN town_code",
        reasonOf(
            check(
                Extracts.REGISTRATION, REG, "R1," + P1 + ",,999999999,,EMPLOYED,2020-09-03,,,,")));
  }

  @Test
  void eachReasonCode() {
    assertEquals(
        "INVALID_ENUM event_type",
        reasonOf(
            check(Extracts.REGISTRATION, REG, "R1," + P1 + ",,500118001,,HIRED,2020-09-03,,,,")));
    assertEquals(
        "INVALID_DATE event_date",
        reasonOf(
            check(
                Extracts.REGISTRATION, REG, "R1," + P1 + ",,500118001,,FOLLOW_UP,2020-09-31,,,,")));
    assertEquals(
        "DATE_AFTER_EXTRACT event_date",
        reasonOf(
            check(
                Extracts.REGISTRATION, REG, "R1," + P1 + ",,500118001,,FOLLOW_UP,2020-10-01,,,,")));
    assertEquals(
        "INVALID_CREDIT_CODE employer_credit_code",
        reasonOf(
            check(
                Extracts.SOCIAL_INSURANCE,
                "id_number,employer_credit_code,town_code,contribution_month,insurance_type",
                P1 + ",91500118MA0000000X,500118001,2020-09,PENSION")));
    assertEquals(
        "INVALID_NUMBER positions",
        reasonOf(
            check(
                Extracts.RECRUITMENT,
                "posting_id,employer_credit_code,town_code,positions,posted_date",
                "J1," + E1 + ",500118001,0,2020-09-01")));
    assertEquals(
        "INVALID_ID_NUMBER id_number",
        reasonOf(
            check(
                Extracts.SOCIAL_INSURANCE,
                "id_number,employer_credit_code,town_code,contribution_month,insurance_type",
                "5.00118E+17," + E1 + ",500118001,2020-09,PENSION")));
  }

  @Test
  void contributionMonthAfterTheExtractIsRejectedButBackPaymentsAreNot() {
    String h = "id_number,employer_credit_code,town_code,contribution_month,insurance_type";
    assertEquals(
        "DATE_AFTER_EXTRACT contribution_month",
        reasonOf(check(Extracts.SOCIAL_INSURANCE, h, P1 + "," + E1 + ",500118001,202010,PENSION")));
    Outcome back = check(Extracts.SOCIAL_INSURANCE, h, P1 + "," + E1 + ",500118001,2020/7,养老");
    assertTrue(back.accepted());
    assertEquals(
        LocalDate.of(2020, 7, 1), staged(Extracts.SOCIAL_INSURANCE, back, "contribution_month"));
  }

  @Test
  void employmentFormIsRequiredOnEmployedEventsOnly() {
    assertEquals(
        "MISSING_REQUIRED employment_form",
        reasonOf(
            check(
                Extracts.REGISTRATION, REG, "R1," + P1 + ",,500118001,,EMPLOYED,2020-09-03,,,,")));
    assertEquals(
        "INVALID_ENUM employment_form",
        reasonOf(
            check(
                Extracts.REGISTRATION,
                REG,
                "R1," + P1 + ",,500118001,,EMPLOYED,2020-09-03,HIRED,,,")));
    Outcome other =
        check(
            Extracts.REGISTRATION, REG, "R1," + P1 + ",,500118001,,FOLLOW_UP,2020-09-03,HIRED,,,");
    assertTrue(other.accepted());
    assertEquals(List.of("INVALID_ENUM employment_form"), other.warnings());
    assertNull(staged(Extracts.REGISTRATION, other, "employment_form"));
  }

  @Test
  void brokenOptionalValuesAreNulledWithAWarning() {
    Outcome o =
        check(
            Extracts.REGISTRATION,
            REG,
            "R1," + P1 + ",,500118001,,FOLLOW_UP,2020-09-03,,91500118MA0000000X,返乡农民工;外星人,maybe");
    assertTrue(o.accepted());
    assertEquals(
        List.of(
            "INVALID_CREDIT_CODE employer_credit_code",
            "INVALID_ENUM groups",
            "INVALID_ENUM able_and_willing"),
        o.warnings());
    assertNull(staged(Extracts.REGISTRATION, o, "groups"), "one unknown element nulls the list");
    assertEquals(Boolean.TRUE, staged(Extracts.REGISTRATION, o, "able_and_willing"), "default");
  }

  @Test
  void emptyGroupElementsAreIgnored() {
    Outcome o =
        check(
            Extracts.REGISTRATION,
            REG,
            "R1," + P1 + ",,500118001,,FOLLOW_UP,2020-09-03,,,\"VETERAN;;、残疾人,\",");
    assertTrue(o.warnings().isEmpty());
    assertArrayEquals(
        new String[] {"VETERAN", "DISABLED"},
        (String[]) staged(Extracts.REGISTRATION, o, "groups"));
  }

  static final String TRAIN =
      "record_id,id_number,town_code,program_type,subsidized,start_date,end_date,status";

  @Test
  void completedTrainingNeedsAValidEndDateNotBeforeTheStart() {
    assertEquals(
        "MISSING_REQUIRED end_date",
        reasonOf(
            check(
                Extracts.TRAINING,
                TRAIN,
                "T1," + P1 + ",500118001,E_COMMERCE,Y,2020-08-01,,COMPLETED")));
    assertEquals(
        "INVALID_DATE end_date",
        reasonOf(
            check(
                Extracts.TRAINING,
                TRAIN,
                "T1," + P1 + ",500118001,E_COMMERCE,Y,2020-08-01,2020-07-31,COMPLETED")));
    assertEquals(
        "INVALID_DATE end_date",
        reasonOf(
            check(
                Extracts.TRAINING,
                TRAIN,
                "T1," + P1 + ",500118001,E_COMMERCE,Y,2020-08-01,soon,COMPLETED")));
    Outcome enrolled =
        check(Extracts.TRAINING, TRAIN, "T1," + P1 + ",500118001,电商培训,是,2020-08-01,2020-07-31,在训");
    assertTrue(enrolled.accepted());
    assertEquals(List.of("END_DATE_BEFORE_START end_date"), enrolled.warnings());
    assertNull(staged(Extracts.TRAINING, enrolled, "end_date"));
  }

  static final String LOANS = "loan_id,id_number,employer_credit_code,amount,issue_date";

  @Test
  void aLoanNeedsOneBorrower() {
    assertEquals(
        "MISSING_REQUIRED id_number",
        reasonOf(check(Extracts.LOANS, LOANS, "L1,,,100000,2020-09-01")));
    assertEquals(
        "INVALID_ID_NUMBER id_number",
        reasonOf(check(Extracts.LOANS, LOANS, "L1,123,,100000,2020-09-01")));
    assertEquals(
        "INVALID_CREDIT_CODE employer_credit_code",
        reasonOf(check(Extracts.LOANS, LOANS, "L1,,91500118MA0000000X,100000,2020-09-01")));
    Outcome oneBroken = check(Extracts.LOANS, LOANS, "L1,123," + E1 + ",100000,2020-09-01");
    assertTrue(oneBroken.accepted());
    assertEquals(List.of("INVALID_ID_NUMBER id_number"), oneBroken.warnings());
  }

  @Test
  void aPersonLoanAboveTheCapIsAWarningAnEnterpriseLoanIsNot() {
    Outcome person = check(Extracts.LOANS, LOANS, "L1," + P1 + ",,200000.01,2020-09-01");
    assertEquals(List.of("LOAN_ABOVE_CAP amount"), person.warnings());
    assertTrue(
        check(Extracts.LOANS, LOANS, "L1," + P1 + ",,200000,2020-09-01").warnings().isEmpty());
    assertTrue(
        check(Extracts.LOANS, LOANS, "L1,," + E1 + ",500000,2020-09-01").warnings().isEmpty());
  }

  @Test
  void salaryMinAboveMaxIsAWarningAndTheValuesStay() {
    Outcome o =
        check(
            Extracts.RECRUITMENT,
            "posting_id,employer_credit_code,town_code,positions,posted_date,salary_min,salary_max,is_soe",
            "J1," + E1 + ",500118001,3,2020-09-01,6000,4000,perhaps");
    assertTrue(o.accepted());
    assertEquals(
        List.of("SALARY_MIN_ABOVE_MAX salary_min", "INVALID_ENUM is_soe"),
        o.warnings().stream().sorted((a, b) -> b.compareTo(a)).toList());
    assertEquals(
        0,
        new BigDecimal("6000")
            .compareTo((BigDecimal) staged(Extracts.RECRUITMENT, o, "salary_min")));
    assertEquals(Boolean.FALSE, staged(Extracts.RECRUITMENT, o, "is_soe"), "default N");
  }

  @Test
  void anAmountTooLargeToStoreIsInvalidNotACrash() {
    assertEquals(
        "INVALID_NUMBER amount",
        reasonOf(check(Extracts.LOANS, LOANS, "L1," + P1 + ",,1234567890123,2020-09-01")));
    assertTrue(check(Extracts.LOANS, LOANS, "L1,," + E1 + ",123456789012.5,2020-09-01").accepted());
  }

  @Test
  void surveyRateIsAPercentInRange() {
    Outcome ok = check(Extracts.SURVEY, "月份,调查失业率", "2020年9月,5.2");
    assertTrue(ok.accepted());
    assertEquals(
        0, new BigDecimal("5.2").compareTo((BigDecimal) staged(Extracts.SURVEY, ok, "rate")));
    assertEquals(
        "INVALID_NUMBER rate", reasonOf(check(Extracts.SURVEY, "month,rate", "2020-09,100.5")));
  }

  @Test
  void graduationYearMustHaveFourDigits() {
    assertEquals(
        "INVALID_NUMBER graduation_year",
        reasonOf(
            check(
                Extracts.GRADUATES,
                "id_number,graduation_year,registered_date,town_code,reported_status",
                P1 + ",20,2020-07-01,500118001,UNPLACED")));
  }

  @Test
  void aRepeatedHeaderColumnUsesTheFirst() {
    Outcome o = check(Extracts.SURVEY, "month,rate,rate", "2020-09,5.2,oops");
    assertTrue(o.accepted());
  }

  private static String reasonOf(Outcome o) {
    assertFalse(o.accepted(), "expected a quarantined row");
    return o.reason() + " " + o.column();
  }
}
