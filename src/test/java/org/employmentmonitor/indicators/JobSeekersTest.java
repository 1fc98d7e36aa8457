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

/** 求职人数 and the denominator of 求人倍率 (SPEC 4.4, 9) on hand-written persons. */
class JobSeekersTest {
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
}
