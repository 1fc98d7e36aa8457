package org.employmentmonitor.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.EventType;
import org.employmentmonitor.generator.Vocabulary.Form;
import org.employmentmonitor.generator.Vocabulary.Group;

/**
 * Designed 零就业家庭 (SPEC 4.4): households whose able, working-age members are all registered
 * unemployed and uninsured, each cleared by a placement a few months later (动态清零). Every year the
 * range touches has its own four households (year Y below; 2020 in the sample's tuning):
 *
 * <pre>
 * design  members (slot 0 / slot 1)                               zero-employment at month-end
 * Z1      unemployed Y-06-15, employed Y-10-12 / unemp. 07-10         Y-06 .. Y-09
 * Z2      unemployed Y-08-20, employed Y-11-05 / aged 63, RETIRED     Y-08 .. Y-10
 * Z3      unemployed Y-02-18 / unemployed 03-02, employed 05-20       Y-02 .. Y-04
 * Z4      unemployed Y-11-10, employed (Y+1)-03-16 (single member)   Y-11 .. (Y+1)-02
 * </pre>
 *
 * So every September has two (Z1, Z2). Events before the range are not delivered. A city-scale run
 * repeats the designs, one set per ten districts.
 */
final class ZeroHouseholds {
  static final int DESIGNS = 4;
  static final int SLOTS = 2;

  record Member(boolean male, double age) {}

  private static final Member[] MEMBERS = {
    new Member(true, 41), new Member(false, 38),
    new Member(false, 45), new Member(true, 63),
    new Member(true, 33), new Member(false, 31),
    new Member(true, 52), new Member(false, 30)
  };

  /**
   * {unemployed since, employed on (or null)} per slot, month-day of year Y ("+" the year after);
   * null: no events.
   */
  private static final String[][] EVENTS = {
    {"06-15", "10-12"},
    {"07-10", null},
    {"08-20", "11-05"},
    null,
    {"02-18", null},
    {"03-02", "05-20"},
    {"11-10", "+03-16"},
    null
  };

  private static final int[] TOWN = {9, 15, 4, 20};

  private ZeroHouseholds() {}

  static Member member(int slot) {
    return MEMBERS[slot % (DESIGNS * SLOTS)];
  }

  static int town(int household) {
    return (TOWN[household % DESIGNS] + household / DESIGNS) % Towns.COUNT;
  }

  /** The design year of a slot: the sets of one year follow each other, year after year. */
  static int year(Population pop, int slot) {
    int h = slot / SLOTS;
    return pop.months.years()[h / (DESIGNS * pop.zeroHouseholdSets)];
  }

  static void build(Lives lives, int i, Life life, SplittableRandom r) {
    Months months = lives.months;
    int slot = i - lives.pop.start(Segment.ZERO_HOUSEHOLD);
    int h = slot / SLOTS;
    int year = year(lives.pop, slot);
    life.household = "HZ" + Towns.CODE[town(h)] + Text.padded(h + 1, 6);
    String[] ev = EVENTS[slot % (DESIGNS * SLOTS)];
    int hardship = Group.HARDSHIP.bit();
    if (ev == null) {
      if (slot % (DESIGNS * SLOTS) == 3) {
        life.add(day(year - 1, "11-08"), EventType.RETIRED, null, -1, 0, false);
      }
      return;
    }
    int until = ev[1] == null ? Integer.MAX_VALUE : day(year, ev[1]);
    int from = day(year, ev[0]);
    life.add(from, EventType.UNEMPLOYED, null, -1, hardship, true);
    for (int m = Math.max(0, months.ofDay(from) + 1);
        m < months.count && months.firstDay(m) < until;
        m++) {
      int hi = Math.min(months.firstDay(m + 1), until);
      life.add(
          months.firstDay(m) + r.nextInt(hi - months.firstDay(m)),
          EventType.FOLLOW_UP,
          null,
          -1,
          hardship,
          true);
    }
    if (ev[1] != null) {
      life.add(until, EventType.EMPLOYED, Form.PUBLIC_WELFARE, -1, hardship, true);
    }
  }

  private static int day(int year, String monthDay) {
    if (monthDay.startsWith("+")) {
      return day(year + 1, monthDay.substring(1));
    }
    return (int) LocalDate.parse(year + "-" + monthDay).toEpochDay();
  }
}
