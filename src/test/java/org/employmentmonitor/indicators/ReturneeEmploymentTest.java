package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.SEPT;
import static org.employmentmonitor.indicators.People.district;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.measure;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/** 返乡就业创业人数 (SPEC 4.4) on hand-written persons. */
class ReturneeEmploymentTest {
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
}
