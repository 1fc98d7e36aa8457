package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.C;
import static org.employmentmonitor.indicators.People.SEPT;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
