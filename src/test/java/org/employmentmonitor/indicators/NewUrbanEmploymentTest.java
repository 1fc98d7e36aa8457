package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.C;
import static org.employmentmonitor.indicators.People.context;
import static org.employmentmonitor.indicators.People.district;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.measure;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/** SPEC 4.1 and its SPEC 9 tie-breaks, each on a person whose answer is worked out by hand. */
class NewUrbanEmploymentTest {
  static final PersonContext SEPT = context("2020-09", "2019-10");
  static final NewUrbanEmployment NUE = new NewUrbanEmployment();

  @Test
  void anEmployedRegistrationCountsFromItsMonth() {
    Cells c = measure(NUE, SEPT, person().event("EMPLOYED", "2020-03-05", B).build());
    assertEquals(0, district(c, "newly_employed", "2020-02"));
    assertEquals(1, district(c, "newly_employed", "2020-03"));
    assertEquals(1, district(c, "new_urban_employment", "2020-09"));
    assertEquals(1, c.get("newly_employed", m("2020-09"), Scope.TOWN, B));
    assertEquals(1, c.get("newly_employed", m("2020-09"), Scope.FORM, "EMPLOYER"));
    assertEquals(1, district(c, "employment_check_registration_only", "2020-09"));
  }

  @Test
  void anInsuranceStartAfterThreeEmptyMonthsCounts() {
    // Insured Jan, gap Feb-Apr (3 months), insured again May: May is a start.
    Cells c =
        measure(
            NUE,
            SEPT,
            person().insured("2019-10", "2020-01", A).insured("2020-05", "2020-09", C).build());
    assertEquals(0, district(c, "newly_employed", "2020-04"));
    assertEquals(1, district(c, "newly_employed", "2020-05"));
    assertEquals(1, c.get("newly_employed", m("2020-05"), Scope.TOWN, C));
    assertEquals(1, district(c, "employment_check_insurance_only", "2020-05"));
  }

  @Test
  void aJobSwitchWithoutGapIsNotAStart() {
    Cells c =
        measure(
            NUE,
            SEPT,
            person()
                .insured("2019-10", "2020-03", A, "E1")
                .insured("2020-04", "2020-09", B, "E2")
                .build());
    assertEquals(0, district(c, "newly_employed", "2020-09"));
  }

  @Test
  void aGapOfTwoMonthsIsNotAStart() {
    Cells c =
        measure(
            NUE,
            SEPT,
            person().insured("2019-10", "2020-02", A).insured("2020-05", "2020-09", A).build());
    assertEquals(0, district(c, "newly_employed", "2020-09"));
  }

  @Test
  void aStartWhoseLookBackIsNotDeliveredIsNotCountedButReported() {
    // Social insurance delivered only from 2019-12: a start in January cannot be decided (its
    // look-back reaches October); a start in March can.
    PersonContext late = context("2020-09", "2019-12");
    Cells c = measure(NUE, late, person().insured("2020-01", "2020-09", A).build());
    assertEquals(0, district(c, "newly_employed", "2020-09"));
    assertEquals(1, district(c, "insurance_starts_undecidable", "2020-01"));
    assertEquals(1, district(c, "insurance_starts_undecidable", "2020-09"));
    assertEquals(1, c.get("insurance_starts_undecidable", m("2020-09"), Scope.TOWN, A));

    Cells march = measure(NUE, late, person().insured("2020-03", "2020-09", A).build());
    assertEquals(1, district(march, "newly_employed", "2020-03"));
    assertEquals(0, district(march, "insurance_starts_undecidable", "2020-09"));
  }

  @Test
  void aPersonEmployedTwiceInAYearCountsOnceAtTheFirst() {
    Cells c =
        measure(
            NUE,
            SEPT,
            person()
                .event("EMPLOYED", "2020-02-10", A)
                .insured("2020-02", "2020-03", A)
                .event("EMPLOYED", "2020-08-01", B)
                .insured("2020-08", "2020-09", B)
                .build());
    assertEquals(1, district(c, "newly_employed", "2020-09"));
    assertEquals(1, c.get("newly_employed", m("2020-09"), Scope.TOWN, A));
    assertEquals(0, c.get("newly_employed", m("2020-09"), Scope.TOWN, B));
    assertEquals(1, district(c, "employment_check_both", "2020-02"));
  }

  @Test
  void onATieRegistrationWinsOverAStartOnTheFirst() {
    // The start is dated 1 March, the registration too: registration wins, its town counts.
    Cells c =
        measure(
            NUE,
            SEPT,
            person().insured("2020-03", "2020-09", C).event("EMPLOYED", "2020-03-01", B).build());
    assertEquals(1, c.get("newly_employed", m("2020-03"), Scope.TOWN, B));
    assertEquals(0, c.get("newly_employed", m("2020-03"), Scope.TOWN, C));
  }

  @Test
  void anEarlierStartBeatsALaterRegistrationInTheSameMonth() {
    Cells c =
        measure(
            NUE,
            SEPT,
            person().insured("2020-03", "2020-09", C).event("EMPLOYED", "2020-03-02", B).build());
    assertEquals(1, c.get("newly_employed", m("2020-03"), Scope.TOWN, C));
    assertEquals(1, c.get("newly_employed", m("2020-03"), Scope.FORM, "EMPLOYER"));
  }

  @Test
  void severalEmployersInTheStartMonthGiveTheSmallestTown() {
    Cells c =
        measure(
            NUE,
            SEPT,
            person()
                .insured("2020-04", "2020-09", C, "E1")
                .insured("2020-04", "2020-04", B, "E2")
                .build());
    assertEquals(1, c.get("newly_employed", m("2020-04"), Scope.TOWN, B));
  }

  @Test
  void twoRegistrationsOnOneDayGiveTheSmallestTown() {
    Cells c =
        measure(
            NUE,
            SEPT,
            person().event("EMPLOYED", "2020-04-02", C).event("EMPLOYED", "2020-04-02", B).build());
    assertEquals(1, c.get("newly_employed", m("2020-04"), Scope.TOWN, B));
    assertEquals(1, district(c, "newly_employed", "2020-04"));
  }

  @Test
  void employmentBeforeTheYearIsNotNew() {
    Cells c = measure(NUE, SEPT, person().event("EMPLOYED", "2019-12-20", A).build());
    assertEquals(0, district(c, "newly_employed", "2020-09"));
  }

  @Test
  void aRetireeIsSubtractedOncePerTownWithSuchAnEvent() {
    Cells c =
        measure(
            NUE,
            SEPT,
            person().event("RETIRED", "2020-06-30", A).event("DECEASED", "2020-08-03", B).build());
    assertEquals(1, district(c, "natural_attrition", "2020-06"));
    assertEquals(1, district(c, "natural_attrition", "2020-09"), "once in the district");
    assertEquals(-1, district(c, "new_urban_employment", "2020-09"));
    assertEquals(1, c.get("natural_attrition", m("2020-09"), Scope.TOWN, A));
    assertEquals(1, c.get("natural_attrition", m("2020-09"), Scope.TOWN, B));
    assertEquals(0, c.get("natural_attrition", m("2020-07"), Scope.TOWN, B));
    assertEquals(-1, c.get("new_urban_employment", m("2020-09"), Scope.TOWN, B));
  }

  @Test
  void groupCellsUsePersonsFlaggedByTheMonthEndAndTheNetFormula() {
    Cells c =
        measure(
            NUE,
            SEPT,
            person().event("EMPLOYED", "2020-03-05", A).flagged("2020-05-10", "GRADUATE").build(),
            person().event("RETIRED", "2020-04-01", A).flagged("2020-01-03", "GRADUATE").build());
    long[] expectedByMonth = {0, 0, 0, -1, 0, 0, 0, 0, 0}; // Apr: retiree only; May on: +1 -1
    for (int k = 0; k < 9; k++) {
      int month = m("2020-01") + k;
      assertEquals(
          expectedByMonth[k],
          c.get("new_urban_employment", month, Scope.GROUP, "GRADUATE"),
          "month " + (k + 1));
    }
    assertEquals(1, c.get("newly_employed", m("2020-05"), Scope.GROUP, "GRADUATE"));
    assertEquals(0, c.get("newly_employed", m("2020-04"), Scope.GROUP, "GRADUATE"));
  }
}
