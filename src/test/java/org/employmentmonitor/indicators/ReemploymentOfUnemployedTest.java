package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.SEPT;
import static org.employmentmonitor.indicators.People.district;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.measure;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/**
 * 失业人员再就业人数 (SPEC 4.4, 9) on hand-written persons: newly employed (4.1) whose status at the end of
 * the day before they count was UNEMPLOYED.
 */
class ReemploymentOfUnemployedTest {
  static final ReemploymentOfUnemployed RULE = new ReemploymentOfUnemployed();
  static final String ID = "reemployment_of_unemployed";

  @Test
  void anUnemployedPersonEmployedInAprilCountsFromAprilInTheTownOfTheEmployment() {
    Cells c =
        measure(
            RULE,
            SEPT,
            person()
                .event("UNEMPLOYED", "2019-11-20", A, null, null, List.of("HARDSHIP"), true)
                .event("EMPLOYED", "2020-04-15", B)
                .flagged("2020-07-01", "VETERAN")
                .build());
    assertEquals(0, district(c, ID, "2020-03"), "an earlier month-end, before the employment");
    assertEquals(1, district(c, ID, "2020-04"));
    assertEquals(1, district(c, ID, "2020-09"));
    assertEquals(1, c.get(ID, m("2020-09"), Scope.TOWN, B));
    assertEquals(0, c.get(ID, m("2020-09"), Scope.TOWN, A), "not the unemployment's town");
    assertEquals(1, c.get(ID, m("2020-04"), Scope.GROUP, "HARDSHIP"));
    // Groups flagged by the month-end (SPEC 9): the VETERAN flag is dated in July.
    assertEquals(0, c.get(ID, m("2020-06"), Scope.GROUP, "VETERAN"));
    assertEquals(1, c.get(ID, m("2020-07"), Scope.GROUP, "VETERAN"));
  }

  @Test
  void sameDayUnemployedThenEmployedIsNotReemployment() {
    // The status at the end of 5 May (the day before) is none: the UNEMPLOYED event is dated 6 May.
    PersonHistory h =
        person().event("UNEMPLOYED", "2020-05-06", A).event("EMPLOYED", "2020-05-06", A).build();
    assertEquals(0, district(measure(RULE, SEPT, h), ID, "2020-09"));
    Cells newly = measure(new NewUrbanEmployment(), SEPT, h);
    assertEquals(1, district(newly, "newly_employed", "2020-09"), "yet newly employed");
  }

  @Test
  void theDayBeforeReadsTheLaterDeliveredOfTwoSameDayEvents() {
    // 1 Dec 2019: EMPLOYED, then UNEMPLOYED delivered later: the status on 2 Feb is UNEMPLOYED.
    Cells c =
        measure(
            RULE,
            SEPT,
            person()
                .event("EMPLOYED", "2019-12-01", A)
                .event("UNEMPLOYED", "2019-12-01", A)
                .event("EMPLOYED", "2020-02-03", B)
                .build());
    assertEquals(0, district(c, ID, "2020-01"));
    assertEquals(1, district(c, ID, "2020-02"));
    assertEquals(1, c.get(ID, m("2020-02"), Scope.TOWN, B));
  }

  @Test
  void reemploymentByAnInsuranceStartCountsAtTheFirstOfTheStartMonth() {
    // Never insured before June: June is a start, counted on 1 June; the status on 31 May is
    // UNEMPLOYED. The town is the employer's.
    Cells c =
        measure(
            RULE,
            SEPT,
            person().event("UNEMPLOYED", "2020-02-10", A).insured("2020-06", "2020-09", B).build());
    assertEquals(0, district(c, ID, "2020-05"));
    assertEquals(1, district(c, ID, "2020-06"));
    assertEquals(1, c.get(ID, m("2020-06"), Scope.TOWN, B));
    assertEquals(0, c.get(ID, m("2020-06"), Scope.TOWN, A));
  }

  @Test
  void anUnemployedRegistrationOnTheFirstOfTheStartMonthIsNotTheDayBefore() {
    Cells c =
        measure(
            RULE,
            SEPT,
            person().event("UNEMPLOYED", "2020-06-01", A).insured("2020-06", "2020-09", B).build());
    assertEquals(0, district(c, ID, "2020-09"));
  }

  @Test
  void aPersonNeverRegisteredUnemployedIsNotReemployed() {
    Cells c =
        measure(
            RULE,
            SEPT,
            person().event("EMPLOYED", "2020-03-01", A).build(),
            person()
                .event("JOB_SEEKING", "2020-02-01", A)
                .insured("2020-04", "2020-09", A)
                .build());
    assertEquals(0, district(c, ID, "2020-09"));
  }

  @Test
  void aRetiredPersonTakingAJobIsNotReemploymentOfTheUnemployed() {
    // Unemployed, then retired: the status the day before the job is RETIRED.
    Cells c =
        measure(
            RULE,
            SEPT,
            person()
                .event("UNEMPLOYED", "2019-06-01", A)
                .event("RETIRED", "2019-12-31", A)
                .event("EMPLOYED", "2020-02-03", A)
                .build());
    assertEquals(0, district(c, ID, "2020-09"));
  }

  @Test
  void anUnemployedSpellEndedByAnEarlierJobDoesNotMakeALaterHireReemployment() {
    // Employed in September 2019 after being unemployed: March 2020's job follows employment.
    Cells c =
        measure(
            RULE,
            SEPT,
            person()
                .event("UNEMPLOYED", "2019-05-01", A)
                .event("EMPLOYED", "2019-09-01", A)
                .event("EMPLOYED", "2020-03-02", B)
                .build());
    assertEquals(0, district(c, ID, "2020-09"));
  }

  @Test
  void theFirstEmploymentOfTheYearIsTheOneJudged() {
    // Employed in January (after unemployment), unemployed in March, employed again in May: the
    // person counts once, from January, by the January job.
    Cells c =
        measure(
            RULE,
            SEPT,
            person()
                .event("UNEMPLOYED", "2019-12-10", A)
                .event("EMPLOYED", "2020-01-20", A)
                .event("UNEMPLOYED", "2020-03-01", B)
                .event("EMPLOYED", "2020-05-04", B)
                .build(),
            // The reverse: employed in February straight from employment, then unemployed and
            // employed again: not counted (each person once a year, at the earliest date).
            person()
                .event("EMPLOYED", "2019-08-01", A)
                .event("EMPLOYED", "2020-02-03", A)
                .event("UNEMPLOYED", "2020-04-01", A)
                .event("EMPLOYED", "2020-06-01", B)
                .build());
    assertEquals(1, district(c, ID, "2020-01"));
    assertEquals(1, district(c, ID, "2020-09"));
    assertEquals(1, c.get(ID, m("2020-09"), Scope.TOWN, A));
    assertEquals(0, c.get(ID, m("2020-09"), Scope.TOWN, B));
  }
}
