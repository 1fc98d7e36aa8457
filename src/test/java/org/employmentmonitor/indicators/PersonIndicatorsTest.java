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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/** SPEC 4.2–4.4 person-level indicators, each rule on hand-written persons. */
class PersonIndicatorsTest {
  static final PersonContext SEPT = context("2020-09", "2019-10", "2020-07", "2020-09");
  static final String D = Measures.DEN;

  // ---- status at month-end (SPEC 4 "Status at month-end d", 9 tie-break) ----

  @Test
  void statusIsTheLatestStatusEventByDateThenDelivery() {
    PersonHistory h =
        person()
            .event("UNEMPLOYED", "2020-03-10", A)
            .event("FOLLOW_UP", "2020-04-01", A)
            .event("EMPLOYED", "2020-05-20", B)
            .event("UNEMPLOYED", "2020-05-20", C) // same day, delivered later: wins
            .build();
    assertNull(h.statusAt(SEPT, m("2020-02")));
    assertEquals("UNEMPLOYED", h.statusAt(SEPT, m("2020-04")).type());
    assertEquals(C, h.statusAt(SEPT, m("2020-05")).town());
    assertEquals("FOLLOW_UP", h.latestAt(SEPT, m("2020-04")).type());
  }

  // ---- registered unemployment, insured employment ----

  @Test
  void registeredUnemploymentRateCountsAPersonWhoIsBothInBoth() {
    Cells c =
        measure(
            new RegisteredUnemployment(),
            SEPT,
            person().event("UNEMPLOYED", "2020-08-03", A).insured("2020-09", "2020-09", B).build(),
            person()
                .insured("2020-09", "2020-09", A, "E1")
                .insured("2020-09", "2020-09", B, "E2")
                .build());
    assertEquals(1, district(c, "registered_unemployed", "2020-09"));
    assertEquals(2, district(c, "insured_employment", "2020-09"));
    assertEquals(3, c.get("registered_unemployment_rate", m("2020-09"), Scope.DISTRICT, "", D));
    // Towns: the second person counts in both employer towns.
    assertEquals(1, c.get("insured_employment", m("2020-09"), Scope.TOWN, A));
    assertEquals(2, c.get("insured_employment", m("2020-09"), Scope.TOWN, B));
    assertEquals(2, c.get("registered_unemployment_rate", m("2020-09"), Scope.TOWN, A, D));
    assertEquals(1, c.get("registered_unemployment_rate", m("2020-09"), Scope.TOWN, A));
  }

  // ---- follow-up ----

  @Test
  void followUpCoversThoseUnemployedBeforeTheMonth() {
    Cells c =
        measure(
            new UnemployedFollowUpRate(),
            SEPT,
            person()
                .event("UNEMPLOYED", "2020-07-15", A)
                .event("FOLLOW_UP", "2020-09-02", B)
                .build(),
            person().event("UNEMPLOYED", "2020-08-31", A).build(),
            person()
                .event("UNEMPLOYED", "2020-09-01", A)
                .build()); // registered this month: not due
    assertEquals(2, c.get("unemployed_follow_up_rate", m("2020-09"), Scope.DISTRICT, "", D));
    assertEquals(1, district(c, "unemployed_follow_up_rate", "2020-09"));
    assertEquals(2, c.get("unemployed_follow_up_rate", m("2020-09"), Scope.TOWN, A, D));
    assertEquals(1, c.get("unemployed_follow_up_rate", m("2020-08"), Scope.DISTRICT, "", D));
    assertEquals(0, district(c, "unemployed_follow_up_rate", "2020-08"));
  }

  // ---- graduates ----

  @Test
  void graduateRateUsesTheLatestSnapshotAndEvidence() {
    PersonHistory reportedOnly =
        person()
            .roster("2020-07", 2020, "2020-07-01", A, "EMPLOYED")
            .roster("2020-09", 2020, "2020-07-01", A, "EMPLOYED")
            .build();
    PersonHistory evidenceOnly =
        person()
            .roster("2020-09", 2020, "2020-07-01", B, "UNPLACED")
            .insured("2020-08", "2020-09", B)
            .build();
    PersonHistory placedBeforeRegistration =
        person()
            .roster("2020-09", 2020, "2020-07-15", B, "UNPLACED")
            .event("EMPLOYED", "2020-07-14", B)
            .build();
    PersonHistory lastYearsCohort =
        person().roster("2020-09", 2019, "2020-07-01", B, "UNPLACED").build();
    PersonHistory droppedFromLatest =
        person().roster("2020-07", 2020, "2020-07-01", C, "UNPLACED").build();
    Cells c =
        measure(
            new GraduatePlacementRate(),
            SEPT,
            reportedOnly,
            evidenceOnly,
            placedBeforeRegistration,
            lastYearsCohort,
            droppedFromLatest);
    String id = "graduate_placement_rate";
    assertEquals(3, c.get(id, m("2020-09"), Scope.DISTRICT, "", D));
    assertEquals(2, district(c, id, "2020-09"));
    assertEquals(1, district(c, "graduates_placed_by_report", "2020-09"));
    assertEquals(1, district(c, "graduates_placed_by_evidence", "2020-09"));
    assertEquals(1, district(c, "graduates_reported_without_evidence", "2020-09"), "to verify");
    // July and August read the July snapshot: two persons, the reported one placed.
    assertEquals(2, c.get(id, m("2020-08"), Scope.DISTRICT, "", D));
    assertEquals(1, district(c, id, "2020-08"));
    assertEquals(0, c.get(id, m("2020-06"), Scope.DISTRICT, "", D), "no snapshot yet");
    assertEquals(2, c.get(id, m("2020-09"), Scope.TOWN, B, D));
  }

  // ---- training ----

  @Test
  void trainingPersonTimesAreDistinctByProgramAndStart() {
    PersonHistory h =
        person()
            .training("E_COMMERCE", true, "COMPLETED", "2020-03-01", "2020-04-10", A)
            .training("E_COMMERCE", true, "COMPLETED", "2020-03-01", "2020-05-10", B) // same time
            .training("E_COMMERCE", true, "COMPLETED", "2020-06-01", "2020-06-20", A)
            .training("ENTREPRENEURSHIP", true, "COMPLETED", "2020-02-01", "2020-02-28", A)
            .training("ENTREPRENEURSHIP", true, "COMPLETED", "2020-07-01", "2020-07-28", A)
            .training("SKILL_UPGRADE", false, "COMPLETED", "2020-02-01", "2020-02-28", A)
            .training("SKILL_UPGRADE", true, "ENROLLED", "2020-02-01", null, A)
            .training("SKILL_UPGRADE", true, "COMPLETED", "2019-11-01", "2019-12-28", A)
            .build();
    Cells c = measure(new SubsidizedTraining(), SEPT, h);
    assertEquals(4, district(c, "subsidized_training", "2020-09"));
    assertEquals(2, district(c, "subsidized_training", "2020-04"));
    assertEquals(2, district(c, "ecommerce_training", "2020-09"));
    assertEquals(1, district(c, "entrepreneurship_training", "2020-09"), "distinct persons");
    assertEquals(2, c.get("subsidized_training", m("2020-09"), Scope.PROGRAM, "E_COMMERCE"));
    assertEquals(4, c.get("subsidized_training", m("2020-09"), Scope.TOWN, A));
    assertEquals(1, c.get("subsidized_training", m("2020-09"), Scope.TOWN, B));
    assertEquals(0, c.get("subsidized_training", m("2020-04"), Scope.TOWN, B));
  }

  // ---- returnees ----

  @Test
  void returneesAreNewlyEmployedPersonsFlaggedByTheMonthEnd() {
    Cells c =
        measure(
            new ReturneeEmployment(),
            SEPT,
            person()
                .event("EMPLOYED", "2020-03-05", A)
                .flagged("2020-06-01", "MIGRANT_RETURNEE")
                .build(),
            person().flagged("2020-01-01", "MIGRANT_RETURNEE").build());
    assertEquals(0, district(c, "returnee_employment", "2020-05"));
    assertEquals(1, district(c, "returnee_employment", "2020-06"));
    assertEquals(1, c.get("returnee_employment", m("2020-09"), Scope.TOWN, A));
  }

  // ---- poverty ----

  @Test
  void povertyRateUsesTheLatestEventsAbilityAndTown() {
    PersonHistory employed =
        person()
            .event("UNEMPLOYED", "2020-01-05", A, null, null, List.of("POVERTY"), true)
            .event("EMPLOYED", "2020-05-05", B)
            .build();
    PersonHistory insured =
        person()
            .event("UNEMPLOYED", "2020-01-05", C, null, null, List.of("POVERTY"), true)
            .insured("2020-09", "2020-09", A)
            .build();
    PersonHistory notAble =
        person()
            .event("UNEMPLOYED", "2020-01-05", A, null, null, List.of("POVERTY"), true)
            .event("FOLLOW_UP", "2020-08-05", A, null, null, null, false)
            .build();
    Cells c = measure(new PovertyEmploymentRate(), SEPT, employed, insured, notAble);
    String id = "poverty_employment_rate";
    assertEquals(2, c.get(id, m("2020-09"), Scope.DISTRICT, "", D));
    assertEquals(2, district(c, id, "2020-09"));
    assertEquals(3, c.get(id, m("2020-07"), Scope.DISTRICT, "", D));
    assertEquals(1, district(c, id, "2020-07"));
    assertEquals(1, c.get(id, m("2020-09"), Scope.TOWN, B, D), "town of the latest event");
    assertEquals(1, c.get(id, m("2020-09"), Scope.TOWN, C, D));
  }

  // ---- job seekers ----

  @Test
  void jobSeekersCountOnceInTheDistrictAndOncePerTown() {
    Cells c =
        measure(
            new JobSeekers(),
            SEPT,
            person()
                .event("JOB_SEEKING", "2020-09-01", A)
                .event("JOB_SEEKING", "2020-09-15", B)
                .event("JOB_SEEKING", "2020-09-20", A)
                .build());
    assertEquals(1, district(c, "job_seekers", "2020-09"));
    assertEquals(1, c.get("job_seekers", m("2020-09"), Scope.TOWN, A));
    assertEquals(1, c.get("job_seekers", m("2020-09"), Scope.TOWN, B));
    assertEquals(0, district(c, "job_seekers", "2020-08"));
    assertEquals(1, c.get("demand_supply_ratio", m("2020-09"), Scope.DISTRICT, "", D));
  }

  // ---- zero-employment households: membership ----

  @Test
  void householdMembershipFollowsTheLatestEventCarryingOne() {
    PersonHistory h =
        person()
            .event("UNEMPLOYED", "2020-02-01", A, null, "H1", null, true)
            .event("FOLLOW_UP", "2020-06-01", B, null, "H2", null, true)
            .event("FOLLOW_UP", "2020-07-01", C, null, null, null, true)
            .build();
    assertNull(ZeroEmploymentHouseholds.member(h, SEPT, m("2020-01")));
    ZeroEmploymentHouseholds.Member feb = ZeroEmploymentHouseholds.member(h, SEPT, m("2020-02"));
    assertEquals("H1", feb.household());
    assertTrue(feb.eligible());
    assertTrue(feb.jobless());
    ZeroEmploymentHouseholds.Member jul = ZeroEmploymentHouseholds.member(h, SEPT, m("2020-07"));
    assertEquals("H2", jul.household());
    assertEquals(B, jul.town());
  }

  @Test
  void workingAgeIsSixteenToFiftyNineForMenAndFiftyFourForWomen() {
    LocalDate sept30 = LocalDate.of(2020, 9, 30);
    assertTrue(ZeroEmploymentHouseholds.workingAge(LocalDate.of(2004, 9, 30), "M", sept30));
    assertFalse(ZeroEmploymentHouseholds.workingAge(LocalDate.of(2004, 10, 1), "M", sept30));
    assertTrue(ZeroEmploymentHouseholds.workingAge(LocalDate.of(1960, 10, 1), "M", sept30), "59");
    assertFalse(ZeroEmploymentHouseholds.workingAge(LocalDate.of(1960, 9, 30), "M", sept30), "60");
    assertTrue(ZeroEmploymentHouseholds.workingAge(LocalDate.of(1965, 10, 1), "F", sept30), "54");
    assertFalse(ZeroEmploymentHouseholds.workingAge(LocalDate.of(1965, 9, 30), "F", sept30), "55");
  }

  @Test
  void anInsuredUnemployedMemberIsNotJobless() {
    PersonHistory h =
        person()
            .event("UNEMPLOYED", "2020-02-01", A, null, "H1", null, true)
            .insured("2020-09", "2020-09", A)
            .build();
    assertFalse(ZeroEmploymentHouseholds.member(h, SEPT, m("2020-09")).jobless());
    assertTrue(ZeroEmploymentHouseholds.member(h, SEPT, m("2020-08")).jobless());
  }
}
