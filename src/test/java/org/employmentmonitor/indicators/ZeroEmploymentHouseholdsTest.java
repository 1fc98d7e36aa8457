package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.C;
import static org.employmentmonitor.indicators.People.SEPT;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.employmentmonitor.indicators.person.HouseholdMember;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.junit.jupiter.api.Test;

/** 零就业家庭 (SPEC 4.4): each person's membership at a month-end, and working age. */
class ZeroEmploymentHouseholdsTest {
  @Test
  void householdMembershipFollowsTheLatestEventCarryingOne() {
    PersonHistory h =
        person()
            .event("UNEMPLOYED", "2020-02-01", A, null, "H1", null, true)
            .event("FOLLOW_UP", "2020-06-01", B, null, "H2", null, true)
            .event("FOLLOW_UP", "2020-07-01", C, null, null, null, true)
            .build();
    assertNull(ZeroEmploymentHouseholds.member(h, SEPT, m("2020-01")));
    HouseholdMember feb = ZeroEmploymentHouseholds.member(h, SEPT, m("2020-02"));
    assertEquals("H1", feb.household());
    assertTrue(feb.eligible());
    assertTrue(feb.jobless());
    HouseholdMember jul = ZeroEmploymentHouseholds.member(h, SEPT, m("2020-07"));
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
