package org.employmentmonitor.generator;

import java.util.SplittableRandom;

/** Draws a person's core (sex, birth date, residence town) according to the segment. */
final class Cores {
  private Cores() {}

  /** Fills {@code out} with {male 0/1, birth epoch day, town}. */
  static void draw(Population pop, int i, SplittableRandom r, int[] out) {
    Segment seg = pop.segment(i);
    boolean male = r.nextDouble() < 0.54;
    double age;
    int town = Towns.pickResident(r);
    switch (seg) {
      case SI_INITIAL -> {
        // Below retirement age (60 men, 50 women) on 2019-10-01; uniform tail so that some
        // reach it during the 15 months.
        double max = male ? 60.25 : 50.25;
        age = r.nextDouble() < 0.7 ? 18 + (max - 18) * r.nextDouble() : triangle(r, 18, max);
      }
      case SI_ENTRANT -> age = 18 + 22 * Math.pow(r.nextDouble(), 2);
      case REG_EMPLOYED -> age = 18 + 37 * r.nextDouble();
      case REG_UNEMPLOYED -> age = 20 + 35 * r.nextDouble();
      case REG_SEEKER, TRAINEE -> age = 18 + 32 * r.nextDouble();
      case REG_RETIREE -> {
        Retirees.Plan p = Retirees.plan(pop.seed, i);
        out[0] = p.male() ? 1 : 0;
        out[1] = p.birthDay();
        out[2] = town;
        return;
      }
      case HOUSEHOLD -> {
        int slot = i - pop.start(Segment.HOUSEHOLD);
        Households.Plan h = Households.plan(pop.seed, slot / Households.SLOTS);
        Households.Member m = h.members()[slot % Households.SLOTS];
        out[0] = m.male() ? 1 : 0;
        out[1] = Population.REFERENCE_DAY - (int) (m.age() * 365.25);
        out[2] = h.town();
        return;
      }
      case ZERO_HOUSEHOLD -> {
        int slot = i - pop.start(Segment.ZERO_HOUSEHOLD);
        ZeroHouseholds.Member m = ZeroHouseholds.member(slot);
        out[0] = m.male() ? 1 : 0;
        out[1] = Population.REFERENCE_DAY - (int) (m.age() * 365.25) - r.nextInt(300);
        out[2] = ZeroHouseholds.town(slot / ZeroHouseholds.SLOTS);
        return;
      }
      case GRADUATE_2020 -> age = 21 + 4 * r.nextDouble();
      case GRADUATE_2019 -> age = 22 + 4 * r.nextDouble();
      default -> throw new IllegalStateException(seg.name());
    }
    out[0] = male ? 1 : 0;
    out[1] = Population.REFERENCE_DAY - (int) (age * 365.25);
    out[2] = town;
  }

  private static double triangle(SplittableRandom r, double lo, double hi) {
    return lo + (hi - lo) * (r.nextDouble() + r.nextDouble()) / 2;
  }
}
