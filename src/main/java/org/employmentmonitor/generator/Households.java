package org.employmentmonitor.generator;

import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.EventType;
import org.employmentmonitor.generator.Vocabulary.Group;

/**
 * 建卡贫困户 (poverty households), four person slots each, over the whole range. Every household has a
 * working-age breadwinner employed since the range's first quarter (so none of them is a
 * zero-employment household); the other adults are mostly employed, some lose their job at some
 * month of the range, register unemployed and are placed again (hazard 18% a month: poverty
 * employment ≈97% at any month-end), a few are unable to work (able_and_willing = N).
 */
final class Households {
  static final int SLOTS = 4;

  enum Role {
    BREADWINNER,
    ADULT,
    ELDER,
    NONE
  }

  record Member(Role role, boolean male, double age) {}

  record Plan(int town, Member[] members) {}

  private Households() {}

  static Plan plan(long seed, int household) {
    SplittableRandom r = Rng.of(seed, Rng.Purpose.HOUSEHOLD, household);
    int size = 2 + Rng.pick(r, new double[] {40, 35, 25});
    Member[] m = new Member[SLOTS];
    boolean male = r.nextDouble() < 0.7;
    m[0] = new Member(Role.BREADWINNER, male, 25 + 25 * r.nextDouble());
    for (int k = 1; k < SLOTS; k++) {
      if (k >= size) {
        m[k] = new Member(Role.NONE, r.nextBoolean(), 30);
      } else if (r.nextDouble() < 0.7) {
        m[k] = new Member(Role.ADULT, k == 1 ? !male : r.nextBoolean(), 18 + 35 * r.nextDouble());
      } else {
        m[k] = new Member(Role.ELDER, r.nextBoolean(), 62 + 16 * r.nextDouble());
      }
    }
    return new Plan(Towns.pickResident(r), m);
  }

  static String householdId(int town, int household) {
    return "HH" + Towns.CODE[town] + Text.padded(household + 1, 6);
  }

  static void build(Lives lives, int i, Life life, SplittableRandom r) {
    int slot = i - lives.pop.start(Segment.HOUSEHOLD);
    int h = slot / SLOTS;
    Plan plan = plan(lives.seed, h);
    Member member = plan.members()[slot % SLOTS];
    life.household = householdId(plan.town(), h);
    int poverty = Group.POVERTY.bit();
    Months months = lives.months;
    int since = lives.dayIn(r, r.nextInt(Math.min(3, months.count)));
    switch (member.role()) {
      case BREADWINNER ->
          life.add(since, EventType.EMPLOYED, Lives.form(r, 60, 5, 35, 0), -1, poverty, true);
      case ADULT -> adult(lives, life, r, since, poverty);
      case ELDER -> {
        if (r.nextDouble() < 0.3) {
          life.add(
              lives.dayIn(r, r.nextInt(months.count)),
              EventType.FOLLOW_UP,
              null,
              -1,
              poverty,
              false);
        }
      }
      case NONE -> {}
    }
  }

  private static void adult(Lives lives, Life life, SplittableRandom r, int since, int poverty) {
    Months months = lives.months;
    double x = r.nextDouble();
    if (x < 0.07) {
      int groups = poverty | Group.DISABLED.bit();
      life.add(
          lives.dayIn(r, r.nextInt(months.count)), EventType.FOLLOW_UP, null, -1, groups, false);
    } else if (x < 0.83) {
      life.add(since, EventType.EMPLOYED, Lives.form(r, 45, 10, 40, 5), -1, poverty, true);
    } else if (x < 0.97) {
      // Employed first; the job is lost in a month drawn over the range (the first quarter
      // counts three times: the unemployed the register already held), then placed again.
      int groups = poverty | (r.nextDouble() < 0.5 ? Group.HARDSHIP.bit() : 0);
      double[] w = new double[months.count];
      java.util.Arrays.fill(w, 1);
      for (int k = 0; k < Math.min(3, months.count); k++) {
        w[k] = 3;
      }
      int lost = Rng.pick(r, w);
      int from = lost == months.ofDay(since) ? since : lives.dayIn(r, lost);
      if (from > since) {
        life.add(since, EventType.EMPLOYED, Lives.form(r, 45, 10, 40, 5), -1, poverty, true);
      }
      int m = lost + 1;
      while (m < months.count && r.nextDouble() >= 0.18) {
        m++;
      }
      int until = m < months.count ? lives.dayIn(r, m) : Integer.MAX_VALUE;
      lives.unemployment(life, r, from, until, groups, true);
      if (until != Integer.MAX_VALUE) {
        life.add(until, EventType.EMPLOYED, Lives.form(r, 30, 5, 35, 30), -1, groups, true);
      }
    } else {
      life.add(
          lives.dayIn(r, r.nextInt(months.count)), EventType.JOB_SEEKING, null, -1, poverty, true);
    }
  }
}
