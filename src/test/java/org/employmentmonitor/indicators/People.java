package org.employmentmonitor.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.staging.MonthWindow;

/** Hand-written persons for indicator tests: events, insured months, roster rows, training. */
final class People {
  private People() {}

  static final String A = "500118001";
  static final String B = "500118002";
  static final String C = "500118100";

  /**
   * A September run of 2020: insurance delivered from October 2019, snapshots July and September.
   */
  static final PersonContext SEPT = context("2020-09", "2019-10", "2020-07", "2020-09");

  /** The denominator part of a cell. */
  static final String D = Measures.DEN;

  /** Month index of "yyyy-MM". */
  static int m(String ym) {
    return MonthWindow.index(YearMonth.parse(ym));
  }

  /** The context of a run for {@code period}, social insurance delivered from {@code earliest}. */
  static PersonContext context(String period, String earliest, String... snapshots) {
    TreeSet<YearMonth> s = new TreeSet<>();
    for (String x : snapshots) {
      s.add(YearMonth.parse(x));
    }
    return new PersonContext(
        new MonthWindow(YearMonth.parse(period)), earliest == null ? null : m(earliest), s);
  }

  static Person person() {
    return new Person(LocalDate.of(1980, 5, 10), "M");
  }

  static Person person(LocalDate birth, String sex) {
    return new Person(birth, sex);
  }

  /** Runs one indicator over some persons. */
  static Cells measure(PersonIndicator indicator, PersonContext c, PersonHistory... persons) {
    Cells cells = new Cells();
    for (PersonHistory h : persons) {
      indicator.measure(h, c, cells);
    }
    return cells;
  }

  static long district(Cells cells, String id, String month) {
    return cells.get(id, m(month), Scope.DISTRICT, "");
  }

  /** Builder with delivery order following the calls (later calls = later delivered). */
  static final class Person {
    private final PersonHistory.Builder b;
    private long ord = 1;

    Person(LocalDate birth, String sex) {
      b = new PersonHistory.Builder(42).identity(birth, sex);
    }

    Person event(String type, String date, String town) {
      return event(type, date, town, type.equals("EMPLOYED") ? "EMPLOYER" : null, null, null, true);
    }

    Person event(
        String type,
        String date,
        String town,
        String form,
        String household,
        List<String> groups,
        Boolean able) {
      b.event(
          new PersonHistory.Event(
              type, LocalDate.parse(date), ord++, town, form, household, groups, able));
      return this;
    }

    Person flagged(String date, String... groups) {
      return event("FOLLOW_UP", date, A, null, null, List.of(groups), true);
    }

    /** Insured at an employer of {@code town} in each month of [from, to]. */
    Person insured(String from, String to, String town) {
      return insured(from, to, town, "E1");
    }

    Person insured(String from, String to, String town, String employer) {
      for (int k = m(from); k <= m(to); k++) {
        b.contribution(new PersonHistory.Contribution(employer.hashCode(), k, town, ord++));
      }
      return this;
    }

    Person roster(String snapshot, int year, String registered, String town, String status) {
      b.roster(
          new PersonHistory.RosterRow(
              m(snapshot), ord++, year, LocalDate.parse(registered), town, status));
      return this;
    }

    Person training(
        String program, boolean subsidized, String status, String start, String end, String town) {
      b.training(
          new PersonHistory.Training(
              program,
              subsidized,
              status,
              LocalDate.parse(start),
              end == null ? null : LocalDate.parse(end),
              town));
      return this;
    }

    PersonHistory build() {
      return b.build();
    }
  }
}
