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
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/** 补贴性职业技能培训人次 and the training sub-targets (SPEC 4.3, task 26) on hand-written persons. */
class SubsidizedTrainingTest {
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
}
