package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.SEPT;
import static org.employmentmonitor.indicators.People.district;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.measure;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/** 参保就业人数 (SPEC 4.4, 9) on hand-written persons. */
class InsuredEmploymentTest {
  @Test
  void aPersonCountsOnceInTheDistrictAndOnceInEachEmployerTown() {
    Cells c =
        measure(
            new InsuredEmployment(),
            SEPT,
            person().insured("2020-09", "2020-09", B).build(),
            person()
                .insured("2020-09", "2020-09", A, "E1")
                .insured("2020-09", "2020-09", B, "E2")
                .build());
    assertEquals(2, district(c, "insured_employment", "2020-09"));
    assertEquals(1, c.get("insured_employment", m("2020-09"), Scope.TOWN, A));
    assertEquals(2, c.get("insured_employment", m("2020-09"), Scope.TOWN, B));
    assertEquals(0, district(c, "insured_employment", "2020-08"));
  }

  @Test
  void everyMonthOfAContributionRangeCounts() {
    Cells c =
        measure(new InsuredEmployment(), SEPT, person().insured("2020-03", "2020-05", A).build());
    assertEquals(0, district(c, "insured_employment", "2020-02"));
    assertEquals(1, district(c, "insured_employment", "2020-03"));
    assertEquals(1, district(c, "insured_employment", "2020-05"));
    assertEquals(0, district(c, "insured_employment", "2020-06"));
  }
}
