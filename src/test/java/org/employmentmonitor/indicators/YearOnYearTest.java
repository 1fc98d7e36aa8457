package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.People.D;
import static org.employmentmonitor.indicators.People.district;
import static org.employmentmonitor.indicators.People.m;
import static org.employmentmonitor.indicators.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonState;
import org.employmentmonitor.indicators.person.PersonStream;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;
import org.employmentmonitor.model.Unit;
import org.employmentmonitor.staging.MonthWindow;
import org.junit.jupiter.api.Test;

/**
 * 同比 (SPEC 4.6) without Spark: last year's month-ends evaluated by the person engine under last
 * year's window in the same pass, the three columns' arithmetic, and the person state's longer
 * look-back. {@link YearOnYearJobTest} runs the same end to end.
 */
class YearOnYearTest {
  /** A run for 2021-03 that also evaluates last year's January to March. */
  static final PersonContext MARCH_2021 =
      new PersonContext(
          new MonthWindow(YearMonth.of(2021, 3)),
          m("2019-10"),
          new TreeSet<>(List.of(YearMonth.of(2020, 2), YearMonth.of(2021, 2))),
          YearMonth.of(2020, 3));

  static Cells evaluate(PersonContext c, PersonHistory... persons) {
    PersonStream stream =
        new PersonStream(c, IndicatorCatalog.PERSON_RULES, ZeroEmploymentHouseholds::member, 1);
    Cells cells = new Cells();
    List<Row> members = new ArrayList<>();
    for (PersonHistory h : persons) {
      stream.evaluate(h, cells, members::add);
    }
    return cells;
  }

  @Test
  void lastYearsContextIsJanuaryToTheLastMonthEndWithLastYearAsTheWindow() {
    PersonContext ago = MARCH_2021.yearAgo();
    assertEquals(m("2020-01"), ago.first());
    assertEquals(m("2020-03"), ago.last());
    assertEquals(2020, ago.year());
    assertNull(ago.yearAgo());
    assertEquals(List.of(MARCH_2021, ago), MARCH_2021.evaluated());
    assertEquals(m("2020-02"), ago.snapshotOf(m("2020-03")));
    assertEquals(List.of(People.SEPT), People.SEPT.evaluated(), "no year-ago: one context");
  }

  @Test
  void aPersonEmployedInBothYearsCountsOnceInEachYearsWindow() {
    PersonHistory twice =
        person()
            .event("EMPLOYED", "2020-02-10", A)
            .event("UNEMPLOYED", "2020-06-01", A)
            .event("EMPLOYED", "2021-03-05", B)
            .build();
    Cells c = evaluate(MARCH_2021, twice);
    String id = "new_urban_employment";
    assertEquals(0, district(c, id, "2020-01"));
    assertEquals(1, district(c, id, "2020-02"));
    assertEquals(1, district(c, id, "2020-03"));
    assertEquals(0, c.get(id, m("2020-03"), Scope.TOWN, B), "last year it counted in town A");
    assertEquals(0, district(c, id, "2021-02"), "this year's window starts afresh");
    assertEquals(1, district(c, id, "2021-03"));
    assertEquals(1, c.get(id, m("2021-03"), Scope.TOWN, B));
    assertEquals(0, district(c, id, "2020-04"), "last year's month-ends stop at P − 12 months");
  }

  @Test
  void anInsuranceStartLastYearIsDecidedWithItsOwnLookBack() {
    // Insured from 2020-01: a start in January 2020, decidable (October 2019 was delivered), so
    // newly employed last year; this year it is insured without a break, so no start.
    PersonHistory insured = person().insured("2020-01", "2021-03", A).build();
    Cells c = evaluate(MARCH_2021, insured);
    assertEquals(1, district(c, "newly_employed", "2020-01"));
    assertEquals(1, district(c, "employment_check_insurance_only", "2020-03"));
    assertEquals(0, district(c, "newly_employed", "2021-03"));
    assertEquals(1, district(c, "insured_employment", "2020-02"));
    assertEquals(1, district(c, "insured_employment", "2021-02"));
  }

  @Test
  void lastYearsGraduateRateReadsLastYearsCohortInLastYearsSnapshot() {
    PersonHistory graduate2020 =
        person()
            .roster("2020-02", 2020, "2020-01-10", A, "EMPLOYED")
            .roster("2021-02", 2020, "2020-01-10", A, "EMPLOYED")
            .build();
    PersonHistory graduate2021 =
        person().roster("2021-02", 2021, "2021-01-10", A, "UNPLACED").build();
    Cells c = evaluate(MARCH_2021, graduate2020, graduate2021);
    String id = "graduate_placement_rate";
    assertEquals(1, c.get(id, m("2020-03"), Scope.DISTRICT, "", D), "2020's cohort in 2020-02's");
    assertEquals(1, district(c, id, "2020-03"));
    assertEquals(1, c.get(id, m("2021-03"), Scope.DISTRICT, "", D), "2021's cohort only");
    assertEquals(0, district(c, id, "2021-03"));
  }

  static IndicatorRow row(Unit unit, String value) {
    return new IndicatorRow(
        YearMonth.of(2021, 3),
        LocalDate.of(2021, 3, 31),
        "x",
        "x",
        Scope.DISTRICT,
        "",
        "全区",
        value == null ? null : new BigDecimal(value),
        null,
        null,
        unit,
        null,
        "NONE",
        null,
        null,
        null,
        Status.NO_TARGET,
        "区人力社保局");
  }

  static List<String> columns(IndicatorRow r) {
    return List.of(
        r.unit().format(r.valueLastYear()),
        r.unit().format(r.yoyChange()),
        Unit.RATIO.format(r.yoyRate()));
  }

  @Test
  void changeAndRateOfCountsAmountsAndRatios() {
    assertEquals(
        List.of("120", "30", "0.25000000"),
        columns(YearOnYear.add(row(Unit.PERSONS, "150"), new BigDecimal("120"))));
    assertEquals(
        List.of("500.00", "-200.00", "-0.40000000"),
        columns(YearOnYear.add(row(Unit.YUAN, "300"), new BigDecimal("500"))));
    assertEquals(
        List.of("0.50000000", "-0.16666667", ""),
        columns(YearOnYear.add(row(Unit.RATIO, "0.3333333333"), new BigDecimal("0.5"))),
        "a ratio changes in fraction points and has no rate");
    assertEquals(
        List.of("0", "4", ""),
        columns(YearOnYear.add(row(Unit.PERSONS, "4"), BigDecimal.ZERO)),
        "zero last year: no rate");
    assertEquals(
        List.of("7", "", ""),
        columns(YearOnYear.add(row(Unit.PERSONS, null), new BigDecimal("7"))),
        "no value this year: last year's value alone");
    assertEquals(
        List.of("", "", ""), columns(YearOnYear.add(row(Unit.PERSONS, "4"), null)), "none");
  }

  @Test
  void theRowsFindTheirCellTwelveMonthsEarlier() {
    Map<YearOnYear.Cell, BigDecimal> lastYear =
        Map.of(
            new YearOnYear.Cell("x", YearMonth.of(2020, 3), Scope.DISTRICT, ""),
            BigDecimal.TEN,
            new YearOnYear.Cell("x", YearMonth.of(2020, 2), Scope.DISTRICT, ""),
            BigDecimal.ONE);
    assertEquals(
        List.of("10", "5", "0.50000000"),
        columns(YearOnYear.add(List.of(row(Unit.PERSONS, "15")), lastYear).get(0)));
  }

  @Test
  void theStateReachesBackToOctoberTwoYearsBefore() {
    assertEquals(
        MonthWindow.index(YearMonth.of(2018, 10)),
        IndicatorsJob.lookBack(new MonthWindow(YearMonth.of(2020, 9))));
    assertEquals(
        MonthWindow.index(YearMonth.of(2019, 10)),
        IndicatorsJob.lookBack(new MonthWindow(YearMonth.of(2021, 1))));
  }

  @Test
  void aStateOfTheOneYearLookBackIsRebuiltOnceForTheLongerOne() {
    PersonState.Meta old = new PersonState.Meta();
    old.period = "2020-08";
    old.from = "2019-10";
    old.buckets = 3;
    TreeMap<YearMonth, String> staged = new TreeMap<>();
    for (YearMonth s = YearMonth.of(2019, 10);
        !s.isAfter(YearMonth.of(2020, 9));
        s = s.plusMonths(1)) {
      staged.put(s, "f" + s);
      if (s.isBefore(YearMonth.of(2020, 9))) {
        old.months.put(s.toString(), "f" + s);
      }
    }
    YearMonth sept = YearMonth.of(2020, 9);
    PersonState.Plan p =
        PersonState.plan(
            old, sept, IndicatorsJob.lookBack(new MonthWindow(sept)), staged, 4, false);
    assertNull(p.base());
    assertEquals(12, p.read().size());
    assertEquals(
        List.of(
            "the person state of 2020-08 starts at 2019-10, after this run's look-back 2018-10:"
                + " rebuilt from staging"),
        p.notes());
  }

  @Test
  void lastYearsMonthEndsStopAtTheFirstMonthMissingRegistrationOrSocialInsurance() {
    // A run for 2021-09 looks at 2020-01 … 2020-09. Delivered: registration every month of 2020;
    // social_insurance every month but 2020-06 → the year-ago month-ends with a value are
    // January … May (June and every later one empty, although July … September were delivered).
    java.util.Set<String> delivered = new java.util.HashSet<>();
    for (int mo = 1; mo <= 12; mo++) {
      delivered.add("registration " + YearMonth.of(2020, mo));
      if (mo != 6) {
        delivered.add("social_insurance " + YearMonth.of(2020, mo));
      }
    }
    assertEquals(
        YearMonth.of(2020, 5),
        YearOnYear.lastMonthEnd((s, m) -> delivered.contains(s + " " + m), YearMonth.of(2021, 9)));
    // 2021-05: every month from January to May 2020 was delivered → up to May itself.
    assertEquals(
        YearMonth.of(2020, 5),
        YearOnYear.lastMonthEnd((s, m) -> delivered.contains(s + " " + m), YearMonth.of(2021, 5)));
    // January 2020's registration missing: no year-ago month-end has a value at all.
    delivered.remove("registration 2020-01");
    assertNull(
        YearOnYear.lastMonthEnd((s, m) -> delivered.contains(s + " " + m), YearMonth.of(2021, 9)));
    // The first year of data (nothing delivered a year before): none either.
    assertNull(YearOnYear.lastMonthEnd((s, m) -> false, YearMonth.of(2021, 1)));
  }
}
