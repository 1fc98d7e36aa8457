package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.C;
import static org.employmentmonitor.indicators.People.D;
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

/** 建卡贫困人员就业率 (SPEC 4.4, 9: town of the latest event) on hand-written persons. */
class PovertyEmploymentRateTest {
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
}
