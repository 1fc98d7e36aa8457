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

import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/** 离校未就业高校毕业生就业率 (SPEC 4.2, 9: the latest snapshot by each month-end) on hand-written persons. */
class GraduatePlacementRateTest {
  @Test
  void graduateRateUsesTheLatestSnapshotAndEvidence() {
    PersonHistory reportedOnly =
        person()
            .roster("2020-07", 2020, "2020-07-01", A, "EMPLOYED")
            .roster("2020-09", 2020, "2020-07-01", A, "EMPLOYED")
            .build();
    PersonHistory evidenceOnly =
        person()
            .roster("2020-09", 2020, "2020-07-01", B, "UNPLACED")
            .insured("2020-08", "2020-09", B)
            .build();
    PersonHistory placedBeforeRegistration =
        person()
            .roster("2020-09", 2020, "2020-07-15", B, "UNPLACED")
            .event("EMPLOYED", "2020-07-14", B)
            .build();
    PersonHistory lastYearsCohort =
        person().roster("2020-09", 2019, "2020-07-01", B, "UNPLACED").build();
    PersonHistory droppedFromLatest =
        person().roster("2020-07", 2020, "2020-07-01", C, "UNPLACED").build();
    Cells c =
        measure(
            new GraduatePlacementRate(),
            SEPT,
            reportedOnly,
            evidenceOnly,
            placedBeforeRegistration,
            lastYearsCohort,
            droppedFromLatest);
    String id = "graduate_placement_rate";
    assertEquals(3, c.get(id, m("2020-09"), Scope.DISTRICT, "", D));
    assertEquals(2, district(c, id, "2020-09"));
    assertEquals(1, district(c, "graduates_placed_by_report", "2020-09"));
    assertEquals(1, district(c, "graduates_placed_by_evidence", "2020-09"));
    assertEquals(1, district(c, "graduates_reported_without_evidence", "2020-09"), "to verify");
    // July and August read the July snapshot: two persons, the reported one placed.
    assertEquals(2, c.get(id, m("2020-08"), Scope.DISTRICT, "", D));
    assertEquals(1, district(c, id, "2020-08"));
    assertEquals(0, c.get(id, m("2020-06"), Scope.DISTRICT, "", D), "no snapshot yet");
    assertEquals(2, c.get(id, m("2020-09"), Scope.TOWN, B, D));
  }
}
