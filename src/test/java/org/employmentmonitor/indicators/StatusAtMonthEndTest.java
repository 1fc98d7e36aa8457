package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.C;
import static org.employmentmonitor.indicators.People.SEPT;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.junit.jupiter.api.Test;

/**
 * Status at a month-end (SPEC 4 "Status at month-end d", SPEC 9 tie-break): the latest status event
 * by date, then by delivery.
 */
class StatusAtMonthEndTest {
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

  @Test
  void statusOnAnyDayAndTheStartOfTheCurrentSpell() {
    PersonHistory h =
        person()
            .event("UNEMPLOYED", "2019-10-01", A)
            .event("UNEMPLOYED", "2020-01-15", A) // the same spell
            .event("EMPLOYED", "2020-03-10", B)
            .event("UNEMPLOYED", "2020-03-10", B) // same day, delivered later: a new spell
            .event("FOLLOW_UP", "2020-04-01", B)
            .event("RETIRED", "2020-06-30", B)
            .build();
    assertNull(h.statusOn(LocalDate.parse("2019-09-30")));
    assertEquals("UNEMPLOYED", h.statusOn(LocalDate.parse("2020-03-09")).type());
    assertEquals(B, h.statusOn(LocalDate.parse("2020-03-10")).town());
    assertEquals("RETIRED", h.statusOn(LocalDate.parse("2020-06-30")).type());
    assertNull(h.unemployedSince(LocalDate.parse("2019-09-30")));
    assertEquals(LocalDate.parse("2019-10-01"), h.unemployedSince(LocalDate.parse("2020-03-09")));
    assertEquals(LocalDate.parse("2020-03-10"), h.unemployedSince(LocalDate.parse("2020-05-31")));
    assertNull(h.unemployedSince(LocalDate.parse("2020-06-30")), "retired: no current spell");
  }
}
