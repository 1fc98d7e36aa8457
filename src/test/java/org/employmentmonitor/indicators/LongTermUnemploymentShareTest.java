package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.D;
import static org.employmentmonitor.indicators.People.SEPT;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.measure;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/**
 * 长期失业人员占比 (SPEC 4.4, 9) on hand-written persons: of the registered unemployed at the month-end,
 * those whose current spell began six or more calendar months before.
 */
class LongTermUnemploymentShareTest {
  static final LongTermUnemploymentShare RULE = new LongTermUnemploymentShare();
  static final String ID = "long_term_unemployment_share";

  /** Numerator and denominator of a cell as "n/d". */
  static String share(Cells c, String month, Scope scope, String key) {
    return c.get(ID, m(month), scope, key) + "/" + c.get(ID, m(month), scope, key, D);
  }

  static String district(Cells c, String month) {
    return share(c, month, Scope.DISTRICT, "");
  }

  @Test
  void aSpellOfExactlySixMonthsIsLongTermAndOfFiveIsNot() {
    Cells c =
        measure(
            RULE,
            SEPT,
            person().event("UNEMPLOYED", "2020-03-10", A).build(), // March → September: 6
            person().event("UNEMPLOYED", "2020-04-30", B).build()); // April → September: 5
    assertEquals("1/2", district(c, "2020-09"));
    assertEquals("1/1", share(c, "2020-09", Scope.TOWN, A));
    assertEquals("0/1", share(c, "2020-09", Scope.TOWN, B));
    assertEquals("0/2", district(c, "2020-08"), "March → August is 5");
    assertEquals("0/0", district(c, "2020-02"), "nobody unemployed yet: an empty value");
  }

  @Test
  void aSpellReopenedAfterAnEmployedEventStartsAgain() {
    // Unemployed since October 2019, employed 15 June, unemployed again 3 August (town B).
    Cells c =
        measure(
            RULE,
            SEPT,
            person()
                .event("UNEMPLOYED", "2019-10-01", A)
                .event("EMPLOYED", "2020-06-15", A)
                .event("UNEMPLOYED", "2020-08-03", B)
                .build());
    assertEquals("0/1", district(c, "2020-03"), "October → March is 5");
    assertEquals("1/1", district(c, "2020-04"), "an earlier month-end: October → April is 6");
    assertEquals("1/1", share(c, "2020-05", Scope.TOWN, A));
    assertEquals("0/0", district(c, "2020-06"), "employed at the end of June");
    assertEquals("0/1", district(c, "2020-08"));
    assertEquals("0/1", district(c, "2020-09"), "the new spell began in August");
    assertEquals("0/1", share(c, "2020-09", Scope.TOWN, B));
    assertEquals("0/0", share(c, "2020-09", Scope.TOWN, A));
  }

  @Test
  void aSecondUnemployedRegistrationDoesNotRestartTheSpell() {
    // Registered unemployed in February (A) and again in July (B) with nothing between: one spell
    // from February; the cell is the town of the status event, July's.
    Cells c =
        measure(
            RULE,
            SEPT,
            person()
                .event("UNEMPLOYED", "2020-02-01", A)
                .event("FOLLOW_UP", "2020-03-01", A)
                .event("UNEMPLOYED", "2020-07-01", B)
                .build());
    assertEquals("0/1", district(c, "2020-07"), "February → July is 5");
    assertEquals("1/1", district(c, "2020-08"));
    assertEquals("1/1", share(c, "2020-09", Scope.TOWN, B));
    assertEquals("0/0", share(c, "2020-09", Scope.TOWN, A));
  }

  @Test
  void retirementEndsASpellAndALaterRegistrationStartsANewOne() {
    Cells c =
        measure(
            RULE,
            SEPT,
            // Long-term in May (November → May is 6), retired 30 June: out of the denominator.
            person().event("UNEMPLOYED", "2019-11-01", A).event("RETIRED", "2020-06-30", A).build(),
            // Unemployed in January 2019, retired in June 2019, unemployed again in May 2020:
            // the spell is May's (4 months by September), not January 2019's.
            person()
                .event("UNEMPLOYED", "2019-01-01", B)
                .event("RETIRED", "2019-06-01", B)
                .event("UNEMPLOYED", "2020-05-01", B)
                .build());
    assertEquals("0/1", district(c, "2020-04"));
    assertEquals("1/2", district(c, "2020-05"));
    assertEquals("0/1", district(c, "2020-06"));
    assertEquals("0/1", district(c, "2020-09"));
  }

  @Test
  void sameDayEventsFollowTheDeliveryOrder() {
    Cells c =
        measure(
            RULE,
            SEPT,
            // EMPLOYED then UNEMPLOYED on 10 February: unemployed, the spell begins that day.
            person()
                .event("UNEMPLOYED", "2019-10-01", A)
                .event("EMPLOYED", "2020-02-10", A)
                .event("UNEMPLOYED", "2020-02-10", A)
                .build(),
            // UNEMPLOYED then EMPLOYED on 10 January: employed, never in the denominator.
            person()
                .event("UNEMPLOYED", "2020-01-10", B)
                .event("EMPLOYED", "2020-01-10", B)
                .build());
    assertEquals("0/1", district(c, "2020-01"), "October → January is 3; the second is employed");
    assertEquals("0/1", district(c, "2020-07"), "February → July is 5");
    assertEquals("1/1", district(c, "2020-08"));
    assertEquals("0/0", share(c, "2020-09", Scope.TOWN, B));
  }

  @Test
  void theDenominatorIsTheRegisteredUnemployedCellByCell() {
    PersonHistory[] persons = {
      person().event("UNEMPLOYED", "2019-10-01", A).event("EMPLOYED", "2020-06-15", A).build(),
      person().event("UNEMPLOYED", "2020-02-01", A).event("UNEMPLOYED", "2020-07-01", B).build(),
      person().event("UNEMPLOYED", "2019-11-01", B).event("RETIRED", "2020-06-30", A).build(),
      // Never registered unemployed: in neither.
      person().event("EMPLOYED", "2020-03-01", A).event("JOB_SEEKING", "2020-05-01", B).build(),
    };
    Cells share = measure(RULE, SEPT, persons);
    Cells registered = measure(new RegisteredUnemployment(), SEPT, persons);
    for (YearMonth ym = YearMonth.of(2020, 1);
        !ym.isAfter(YearMonth.of(2020, 9));
        ym = ym.plusMonths(1)) {
      int k = m(ym.toString());
      assertEquals(
          registered.get("registered_unemployed", k, Scope.DISTRICT, ""),
          share.get(ID, k, Scope.DISTRICT, "", D),
          ym.toString());
      for (String town : new String[] {A, B}) {
        assertEquals(
            registered.get("registered_unemployed", k, Scope.TOWN, town),
            share.get(ID, k, Scope.TOWN, town, D),
            ym + " " + town);
      }
    }
    assertEquals(3, share.get(ID, m("2020-05"), Scope.DISTRICT, "", D));
  }
}
