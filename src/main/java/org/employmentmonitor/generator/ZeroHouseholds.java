package org.employmentmonitor.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.EventType;
import org.employmentmonitor.generator.Vocabulary.Form;
import org.employmentmonitor.generator.Vocabulary.Group;

/**
 * Designed 零就业家庭 (SPEC 4.4): households whose able, working-age members are all registered
 * unemployed and uninsured, each cleared by a placement a few months later (动态清零).
 *
 * <pre>
 * design  members (slot 0 / slot 1)                               zero-employment at month-end
 * Z1      unemployed 2020-06-15, employed 2020-10-12 / unemp. 07-10   2020-06 .. 2020-09
 * Z2      unemployed 2020-08-20, employed 2020-11-05 / aged 63, RETIRED 2020-08 .. 2020-10
 * Z3      unemployed 2020-02-18 / unemployed 03-02, employed 05-20    2020-02 .. 2020-04
 * Z4      unemployed 2020-11-10 (single member)                       2020-11 .. 2020-12
 * </pre>
 *
 * So 2020-09 has two (Z1, Z2). A city-scale run repeats the designs, one set per ten districts.
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

  /** {unemployed since, employed on (or null)} per slot; null row: no events. */
  private static final String[][] EVENTS = {
    {"2020-06-15", "2020-10-12"},
    {"2020-07-10", null},
    {"2020-08-20", "2020-11-05"},
    null,
    {"2020-02-18", null},
    {"2020-03-02", "2020-05-20"},
    {"2020-11-10", null},
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

  static void build(Lives lives, int i, Life life, SplittableRandom r) {
    int slot = i - lives.pop.start(Segment.ZERO_HOUSEHOLD);
    int h = slot / SLOTS;
    life.household = "HZ" + Towns.CODE[town(h)] + Text.padded(h + 1, 6);
    String[] ev = EVENTS[slot % (DESIGNS * SLOTS)];
    int hardship = Group.HARDSHIP.bit();
    if (ev == null) {
      if (slot % (DESIGNS * SLOTS) == 3) {
        life.add(day("2019-11-08"), EventType.RETIRED, null, -1, 0, false);
      }
      return;
    }
    int until = ev[1] == null ? Integer.MAX_VALUE : day(ev[1]);
    int from = day(ev[0]);
    life.add(from, EventType.UNEMPLOYED, null, -1, hardship, true);
    for (int m = Months.ofDay(from) + 1; m < Months.COUNT && Months.firstDay(m) < until; m++) {
      int hi = Math.min(Months.firstDay(m + 1), until);
      life.add(
          Months.firstDay(m) + r.nextInt(hi - Months.firstDay(m)),
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

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }
}
