package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.SEPT;
import static org.employmentmonitor.indicators.People.district;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.measure;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/**
 * 就业困难人员实现就业人数 (SPEC 4.4, 9) on hand-written persons: newly employed (4.1) flagged HARDSHIP on an
 * event dated by the month-end.
 */
class HardshipEmploymentTest {
  static final HardshipEmployment RULE = new HardshipEmployment();
  static final String ID = "hardship_employment";

  @Test
  void aHardshipPersonEmployedCountsFromTheEmploymentInItsTown() {
    Cells c =
        measure(
            RULE,
            SEPT,
            person()
                .event("UNEMPLOYED", "2020-01-05", A, null, null, List.of("HARDSHIP"), true)
                .event("EMPLOYED", "2020-03-10", B)
                .build());
    assertEquals(0, district(c, ID, "2020-02"));
    assertEquals(1, district(c, ID, "2020-03"));
    assertEquals(1, district(c, ID, "2020-09"));
    assertEquals(1, c.get(ID, m("2020-09"), Scope.TOWN, B));
    assertEquals(0, c.get(ID, m("2020-09"), Scope.TOWN, A));
  }

  @Test
  void aFlagDatedAfterTheEmploymentCountsFromItsOwnMonth() {
    // Employed by an insurance start in February (town A), flagged HARDSHIP on 15 June: an earlier
    // month-end reads only flags dated by it (SPEC 9).
    Cells c =
        measure(
            RULE,
            SEPT,
            person().insured("2020-02", "2020-09", A).flagged("2020-06-15", "HARDSHIP").build());
    assertEquals(0, district(c, ID, "2020-05"));
    assertEquals(1, district(c, ID, "2020-06"));
    assertEquals(1, c.get(ID, m("2020-06"), Scope.TOWN, A));
  }

  @Test
  void onlyNewlyEmployedHardshipPersonsCount() {
    Cells c =
        measure(
            RULE,
            SEPT,
            // Flagged, still unemployed.
            person()
                .event("UNEMPLOYED", "2020-01-05", A, null, null, List.of("HARDSHIP"), true)
                .build(),
            // Flagged, employed last year only: not newly employed this year.
            person()
                .event("EMPLOYED", "2019-07-01", A, "EMPLOYER", null, List.of("HARDSHIP"), true)
                .build(),
            // Newly employed, another group.
            person()
                .event("EMPLOYED", "2020-04-01", A, "FLEXIBLE", null, List.of("VETERAN"), true)
                .build());
    assertEquals(0, district(c, ID, "2020-09"));
  }

  @Test
  void aRetiredHardshipPersonCountsOnlyIfNewlyEmployed() {
    // Flagged, retired in March with no job this year: natural attrition, not a hardship job.
    Cells c =
        measure(
            RULE,
            SEPT,
            person()
                .event("UNEMPLOYED", "2019-10-01", A, null, null, List.of("HARDSHIP"), true)
                .event("RETIRED", "2020-03-01", A)
                .build());
    assertEquals(0, district(c, ID, "2020-09"));
  }
}
