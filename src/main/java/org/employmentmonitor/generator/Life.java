package org.employmentmonitor.generator;

import java.util.Arrays;

/**
 * One person's history over the months of the range, rebuilt from the person's stream whenever a
 * month is written (a reusable buffer: one per thread, no allocation per person).
 *
 * <p>Insurance: {@code employer[m]} is the employer the person is insured with in month m (−1: not
 * insured); the contribution for month m is delivered in extract month m + {@code delay[m]} (a back
 * payment when > 0); when {@code fix[m]} > 0 that first delivery carries a wrong town or base and
 * the same identity is re-delivered {@code fix[m]} months later, corrected.
 *
 * <p>Registration: events in date order, each with the month it is delivered in.
 */
final class Life {
  static final int FIX_TOWN = 1;
  static final int FIX_BASE = 2;

  private final Months months;
  int person;
  Segment segment;
  final int[] employer;
  final byte[] delay;
  final byte[] fix;
  final byte[] fixKind;

  /** Bit mask of Vocabulary.InsuranceType ordinals. */
  int types;

  int base;

  /** 户编号 carried by this person's events, or null. */
  String household;

  int events;
  int[] day = new int[32];
  byte[] type = new byte[32];
  byte[] form = new byte[32];
  int[] eventEmployer = new int[32];
  int[] groups = new int[32];
  boolean[] able = new boolean[32];
  byte[] delivery = new byte[32];

  /** A wrong town on the first delivery; the corrected event follows a month later (−1: none). */
  int[] wrongTown = new int[32];

  Life(Months months) {
    this.months = months;
    employer = new int[months.count];
    delay = new byte[months.count];
    fix = new byte[months.count];
    fixKind = new byte[months.count];
  }

  void reset(int person, Segment segment) {
    this.person = person;
    this.segment = segment;
    Arrays.fill(employer, -1);
    Arrays.fill(delay, (byte) 0);
    Arrays.fill(fix, (byte) 0);
    Arrays.fill(fixKind, (byte) 0);
    types = 0;
    base = 0;
    household = null;
    events = 0;
  }

  /**
   * Adds an event delivered in its own month (never, when that is outside the range); returns its
   * position.
   */
  int add(
      int eventDay, Vocabulary.EventType t, Vocabulary.Form f, int emp, int groupMask, boolean ok) {
    if (events == day.length) {
      grow();
    }
    int k = events++;
    day[k] = eventDay;
    type[k] = (byte) t.ordinal();
    form[k] = (byte) (f == null ? -1 : f.ordinal());
    eventEmployer[k] = emp;
    groups[k] = groupMask;
    able[k] = ok;
    int m = months.ofDay(eventDay);
    delivery[k] = (byte) (months.contains(m) ? m : -1);
    wrongTown[k] = -1;
    return k;
  }

  /** Sorts the events by date (stable), so record ids follow the order of events. */
  void sortEvents() {
    for (int i = 1; i < events; i++) {
      for (int j = i; j > 0 && day[j - 1] > day[j]; j--) {
        swap(j - 1, j);
      }
    }
  }

  private void swap(int a, int b) {
    int t = day[a];
    day[a] = day[b];
    day[b] = t;
    byte bt = type[a];
    type[a] = type[b];
    type[b] = bt;
    bt = form[a];
    form[a] = form[b];
    form[b] = bt;
    t = eventEmployer[a];
    eventEmployer[a] = eventEmployer[b];
    eventEmployer[b] = t;
    t = groups[a];
    groups[a] = groups[b];
    groups[b] = t;
    boolean ab = able[a];
    able[a] = able[b];
    able[b] = ab;
    bt = delivery[a];
    delivery[a] = delivery[b];
    delivery[b] = bt;
    t = wrongTown[a];
    wrongTown[a] = wrongTown[b];
    wrongTown[b] = t;
  }

  private void grow() {
    int n = day.length * 2;
    day = Arrays.copyOf(day, n);
    type = Arrays.copyOf(type, n);
    form = Arrays.copyOf(form, n);
    eventEmployer = Arrays.copyOf(eventEmployer, n);
    groups = Arrays.copyOf(groups, n);
    able = Arrays.copyOf(able, n);
    delivery = Arrays.copyOf(delivery, n);
    wrongTown = Arrays.copyOf(wrongTown, n);
  }
}
