package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.D;
import static org.employmentmonitor.indicators.People.SEPT;
import static org.employmentmonitor.indicators.People.district;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.measure;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/** 登记失业人员 and the registered-unemployment rate (SPEC 4.4, 9) on hand-written persons. */
class RegisteredUnemploymentTest {
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
    // 1 unemployed ÷ (1 unemployed + 2 insured): the first person is in both parts.
    assertEquals(1, district(c, "registered_unemployment_rate", "2020-09"));
    assertEquals(3, c.get("registered_unemployment_rate", m("2020-09"), Scope.DISTRICT, "", D));
    // Towns: the unemployed in the town of the status event, the insured in each employer town.
    assertEquals(2, c.get("registered_unemployment_rate", m("2020-09"), Scope.TOWN, A, D));
    assertEquals(1, c.get("registered_unemployment_rate", m("2020-09"), Scope.TOWN, A));
    assertEquals(2, c.get("registered_unemployment_rate", m("2020-09"), Scope.TOWN, B, D));
    assertEquals(0, c.get("registered_unemployment_rate", m("2020-09"), Scope.TOWN, B));
    assertEquals(0, district(c, "insured_employment", "2020-09"), "counted by InsuredEmployment");
  }

  @Test
  void aLaterEmploymentEndsTheUnemployedStatus() {
    Cells c =
        measure(
            new RegisteredUnemployment(),
            SEPT,
            person()
                .event("UNEMPLOYED", "2020-03-10", A)
                .event("EMPLOYED", "2020-06-01", B)
                .build());
    assertEquals(0, district(c, "registered_unemployed", "2020-02"));
    assertEquals(1, district(c, "registered_unemployed", "2020-05"));
    assertEquals(0, district(c, "registered_unemployed", "2020-06"));
    assertEquals(0, c.get("registered_unemployment_rate", m("2020-06"), Scope.DISTRICT, "", D));
  }
}
