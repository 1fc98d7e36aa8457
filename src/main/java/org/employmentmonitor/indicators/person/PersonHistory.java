package org.employmentmonitor.indicators.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import org.employmentmonitor.staging.LatestVersion;
import org.employmentmonitor.staging.MonthWindow;

/**
 * Everything the pipeline knows about one person up to P, and the per-person facts every
 * person-level indicator reads (SPEC 4, 9 "Persons and events"): their registration events in
 * order, the months they were insured and in which employer towns, their graduate roster rows,
 * their training records — and, derived once, their status, latest event and household at each
 * month-end, their first flag per key group, their insurance starts, and when they first became
 * newly employed in the year.
 *
 * <p>Plain Java (of the project it uses only staging's month arithmetic and its one latest-version
 * rule), so each rule is tested on a handful of hand-written events without Spark.
 */
public final class PersonHistory {
  /** A registration event (latest version of its record). {@code month} is its month index. */
  public record Event(
      String type,
      LocalDate date,
      long ord,
      String town,
      String form,
      String household,
      List<String> groups,
      Boolean able) {
    public int month() {
      return PersonContext.month(date);
    }
  }

  /**
   * One contribution row. Its identity (SPEC 2.2: person, employer, month, insurance type) is the
   * person's, the month and {@code identity}, a 64-bit hash of (employer, insurance type) that
   * keeps the shuffled rows narrow.
   */
  public record Contribution(long identity, int month, String town, long ord) {}

  private record ContributionKey(long identity, int month) {}

  /** A snapshot's rows of one cohort: a run reads this year's and last year's (SPEC 4.6). */
  private record RosterKey(int snapshot, int graduationYear) {}

  /** A row of a graduates snapshot ({@code snapshot} = extract month index). */
  public record RosterRow(
      int snapshot,
      long ord,
      int graduationYear,
      LocalDate registeredDate,
      String town,
      String reportedStatus) {}

  /** A training record (latest version of its record_id). */
  public record Training(
      String program,
      boolean subsidized,
      String status,
      LocalDate start,
      LocalDate end,
      String town) {}

  /** The first event that made the person newly employed in the year (SPEC 4.1). */
  public record FirstEmployment(
      LocalDate date, int kind, String town, String form, int firstRegistration, int firstStart) {
    public int month() {
      return PersonContext.month(date);
    }
  }

  public static final int REGISTRATION = 0;
  public static final int INSURANCE = 1;

  private static final List<String> STATUS_TYPES =
      List.of("EMPLOYED", "UNEMPLOYED", "RETIRED", "DECEASED");

  private final long personKey;
  private final LocalDate birthDate;
  private final String sex;
  private final List<Event> events;
  private final NavigableMap<Integer, NavigableSet<String>> insured;
  private final Map<RosterKey, RosterRow> roster;
  private final List<Training> training;

  // Derived per month-end of the window, built on first use.
  private PersonContext derivedFor;
  private Event[] statusAt;
  private Event[] latestAt;
  private Event[] householdAt;
  private Map<String, Integer> firstFlag;
  private FirstEmployment firstEmployment;

  private PersonHistory(
      long personKey,
      LocalDate birthDate,
      String sex,
      List<Event> events,
      NavigableMap<Integer, NavigableSet<String>> insured,
      Map<RosterKey, RosterRow> roster,
      List<Training> training) {
    this.personKey = personKey;
    this.birthDate = birthDate;
    this.sex = sex;
    this.events = events;
    this.insured = insured;
    this.roster = roster;
    this.training = training;
  }

  public long personKey() {
    return personKey;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** "M" or "F", from the ID number. */
  public String sex() {
    return sex;
  }

  /** Registration events ordered by (event_date, delivery order) — SPEC 9. */
  public List<Event> events() {
    return events;
  }

  public List<Training> training() {
    return training;
  }

  // ---- insurance ----

  public boolean insuredIn(int m) {
    return insured.containsKey(m);
  }

  /** Employer towns of month m (empty when not insured). */
  public NavigableSet<String> townsIn(int m) {
    NavigableSet<String> t = insured.get(m);
    return t == null ? new TreeSet<>() : t;
  }

  /** Insured in some month of [from, to]. */
  public boolean insuredBetween(int from, int to) {
    Integer k = insured.ceilingKey(from);
    return k != null && k <= to;
  }

  /** SPEC 4.1: insured in m and in none of m−1, m−2, m−3. */
  public boolean startsIn(int m) {
    return insuredIn(m) && !insuredIn(m - 1) && !insuredIn(m - 2) && !insuredIn(m - 3);
  }

  // ---- roster ----

  /**
   * The person's row of a cohort in a graduates snapshot (their last row of that cohort in that
   * snapshot), or null.
   */
  public RosterRow rosterRow(int snapshot, int graduationYear) {
    return roster.get(new RosterKey(snapshot, graduationYear));
  }

  // ---- events ----

  /** True when an event of this type is dated in month m. */
  public boolean hasEventIn(String type, int m) {
    for (Event e : events) {
      if (e.type().equals(type) && e.month() == m) {
        return true;
      }
    }
    return false;
  }

  /** True when an EMPLOYED event is dated in [from, to]. */
  public boolean employedBetween(LocalDate from, LocalDate to) {
    for (Event e : events) {
      if (e.type().equals("EMPLOYED") && !e.date().isBefore(from) && !e.date().isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Status event (EMPLOYED/UNEMPLOYED/RETIRED/DECEASED) in force at the end of {@code day}: the
   * last of them dated on or before it in (event_date, delivery order), or null. For any day, where
   * {@link #statusAt} answers for month-ends only (SPEC 9: the day before a person counts as newly
   * employed).
   */
  public Event statusOn(LocalDate day) {
    Event status = null;
    for (Event e : events) {
      if (e.date().isAfter(day)) {
        break;
      }
      if (STATUS_TYPES.contains(e.type())) {
        status = e;
      }
    }
    return status;
  }

  /**
   * The date the person's current spell of unemployment began as of the end of {@code day} (SPEC
   * 9): their earliest UNEMPLOYED event after their latest EMPLOYED, RETIRED or DECEASED event (or
   * their earliest UNEMPLOYED event if they have none), all dated on or before {@code day}; "after"
   * in (event_date, delivery order), so an UNEMPLOYED event delivered after an EMPLOYED one of the
   * same day opens a spell on that day. Null when no UNEMPLOYED event follows the last of those.
   */
  public LocalDate unemployedSince(LocalDate day) {
    LocalDate start = null;
    for (Event e : events) {
      if (e.date().isAfter(day)) {
        break;
      }
      switch (e.type()) {
        case "UNEMPLOYED" -> start = start == null ? e.date() : start;
        case "EMPLOYED", "RETIRED", "DECEASED" -> start = null;
        default -> {}
      }
    }
    return start;
  }

  /** Status event (EMPLOYED/UNEMPLOYED/RETIRED/DECEASED) in force at month-end m, or null. */
  public Event statusAt(PersonContext c, int m) {
    derive(c);
    return statusAt[m - c.first()];
  }

  /** The latest registration event of any type on or before month-end m, or null. */
  public Event latestAt(PersonContext c, int m) {
    derive(c);
    return latestAt[m - c.first()];
  }

  /** The latest event carrying a household_id on or before month-end m, or null. */
  public Event householdAt(PersonContext c, int m) {
    derive(c);
    return householdAt[m - c.first()];
  }

  /** True when the group is on one of the person's events dated by month-end m. */
  public boolean flaggedBy(PersonContext c, String group, int m) {
    derive(c);
    Integer f = firstFlag.get(group);
    return f != null && f <= m;
  }

  /** The groups flagged by month-end m, in code order. */
  public List<String> groupsBy(PersonContext c, int m) {
    derive(c);
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : firstFlag.entrySet()) {
      if (e.getValue() <= m) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /**
   * SPEC 4.1: the earliest of the person's EMPLOYED events in the year up to P and their decidable
   * insurance starts in the year (dated the 1st of the month); ties go to registration, then to the
   * smallest town code. Null when the person is not newly employed.
   */
  public FirstEmployment firstEmployment(PersonContext c) {
    derive(c);
    return firstEmployment;
  }

  private void derive(PersonContext c) {
    if (derivedFor == c) {
      return;
    }
    int n = c.last() - c.first() + 1;
    statusAt = new Event[n];
    latestAt = new Event[n];
    householdAt = new Event[n];
    Event status = null;
    Event latest = null;
    Event household = null;
    int i = 0;
    for (int k = 0; k < n; k++) {
      LocalDate monthEnd = MonthWindow.monthEnd(c.first() + k);
      while (i < events.size() && !events.get(i).date().isAfter(monthEnd)) {
        Event e = events.get(i++);
        latest = e;
        if (STATUS_TYPES.contains(e.type())) {
          status = e;
        }
        if (e.household() != null) {
          household = e;
        }
      }
      statusAt[k] = status;
      latestAt[k] = latest;
      householdAt[k] = household;
    }
    firstFlag = new TreeMap<>();
    for (Event e : events) {
      if (e.groups() != null) {
        for (String g : e.groups()) {
          firstFlag.merge(g, e.month(), Math::min);
        }
      }
    }
    firstEmployment = computeFirstEmployment(c);
    derivedFor = c;
  }

  private FirstEmployment computeFirstEmployment(PersonContext c) {
    record Candidate(LocalDate date, int kind, String town, String form) {}
    Comparator<Candidate> order =
        Comparator.comparing(Candidate::date)
            .thenComparingInt(Candidate::kind)
            .thenComparing(Candidate::town)
            .thenComparing(Candidate::form);
    Candidate best = null;
    int firstRegistration = Integer.MAX_VALUE;
    int firstStart = Integer.MAX_VALUE;
    for (Event e : events) {
      if (e.type().equals("EMPLOYED")
          && !e.date().isBefore(c.yearStart())
          && !e.date().isAfter(c.periodEnd())) {
        Candidate cand = new Candidate(e.date(), REGISTRATION, e.town(), e.form());
        best = best == null || order.compare(cand, best) < 0 ? cand : best;
        firstRegistration = Math.min(firstRegistration, e.month());
      }
    }
    for (int m = c.first(); m <= c.last(); m++) {
      if (startsIn(m) && c.decidable(m)) {
        LocalDate day = MonthWindow.month(m).atDay(1);
        // Several employers' rows in the start month: the smallest town (SPEC 9).
        Candidate cand = new Candidate(day, INSURANCE, townsIn(m).first(), "EMPLOYER");
        best = best == null || order.compare(cand, best) < 0 ? cand : best;
        firstStart = Math.min(firstStart, m);
      }
    }
    if (best == null) {
      return null;
    }
    return new FirstEmployment(
        best.date(), best.kind(), best.town(), best.form(), firstRegistration, firstStart);
  }

  // ---- building ----

  /** Collects one person's rows (any order) and builds the history. */
  public static final class Builder {
    private static final BinaryOperator<Contribution> LATER_CONTRIBUTION =
        LatestVersion.merge(Contribution::ord);
    private static final BinaryOperator<RosterRow> LATER_ROSTER_ROW =
        LatestVersion.merge(RosterRow::ord);

    private long personKey;
    private LocalDate birthDate;
    private String sex;
    private final List<Event> events = new ArrayList<>();
    private final Map<ContributionKey, Contribution> contributions = new HashMap<>();
    private final Map<RosterKey, RosterRow> roster = new HashMap<>();
    private final List<Training> training = new ArrayList<>();

    public Builder(long personKey) {
      this.personKey = personKey;
    }

    public Builder identity(LocalDate birth, String sex) {
      if (birth != null) {
        this.birthDate = birth;
      }
      if (sex != null) {
        this.sex = sex;
      }
      return this;
    }

    public Builder event(Event e) {
      events.add(e);
      return this;
    }

    /** A contribution row; of several versions of one identity the latest delivered wins. */
    public Builder contribution(Contribution c) {
      contributions.merge(new ContributionKey(c.identity(), c.month()), c, LATER_CONTRIBUTION);
      return this;
    }

    /** A roster row; within one snapshot and cohort the last row wins (SPEC 9). */
    public Builder roster(RosterRow r) {
      roster.merge(new RosterKey(r.snapshot(), r.graduationYear()), r, LATER_ROSTER_ROW);
      return this;
    }

    public Builder training(Training t) {
      training.add(t);
      return this;
    }

    public PersonHistory build() {
      events.sort(Comparator.comparing(Event::date).thenComparingLong(Event::ord));
      NavigableMap<Integer, NavigableSet<String>> insured = new TreeMap<>();
      for (Contribution c : contributions.values()) {
        insured.computeIfAbsent(c.month(), k -> new TreeSet<>()).add(c.town());
      }
      return new PersonHistory(
          personKey,
          birthDate,
          sex,
          List.copyOf(events),
          insured,
          Map.copyOf(roster),
          List.copyOf(training));
    }
  }
}
