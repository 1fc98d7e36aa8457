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

/** 登记失业人员每月跟踪服务覆盖率 (SPEC 4.4, task 54) on hand-written persons. */
class UnemployedFollowUpRateTest {
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
}
