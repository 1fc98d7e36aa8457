package org.employmentmonitor.generator;

import java.time.LocalDate;
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
        // Below retirement age (60 men, 50 women) on the first day; uniform tail so that some
        // reach it during the range.
        double max = male ? 60 : 50;
        age = r.nextDouble() < 0.7 ? 18 + (max - 18) * r.nextDouble() : triangle(r, 18, max);
      }
      case SI_ENTRANT -> age = 18 + 22 * Math.pow(r.nextDouble(), 2);
      case REG_EMPLOYED -> age = 18 + 37 * r.nextDouble();
      case REG_UNEMPLOYED -> age = 20 + 35 * r.nextDouble();
      case REG_SEEKER, TRAINEE -> age = 18 + 32 * r.nextDouble();
      case REG_RETIREE -> {
        Retirees.Plan p = Retirees.plan(pop.seed, pop.months, i);
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
        out[1] = pop.referenceDay - (int) (m.age() * 365.25);
        out[2] = h.town();
        return;
      }
      case ZERO_HOUSEHOLD -> {
        int slot = i - pop.start(Segment.ZERO_HOUSEHOLD);
        ZeroHouseholds.Member m = ZeroHouseholds.member(slot);
        int newYear = (int) LocalDate.of(ZeroHouseholds.year(pop, slot), 1, 1).toEpochDay();
        out[0] = m.male() ? 1 : 0;
        out[1] = newYear - (int) (m.age() * 365.25) - r.nextInt(300);
        out[2] = ZeroHouseholds.town(slot / ZeroHouseholds.SLOTS);
        return;
      }
      case GRADUATE, GRADUATE_LEFTOVER -> {
        // 21..25 on 1 July of the graduation year (the leftovers graduated a year earlier).
        int year = pop.cohort(i) - (seg == Segment.GRADUATE_LEFTOVER ? 1 : 0);
        out[0] = male ? 1 : 0;
        out[1] =
            (int) LocalDate.of(year, 7, 1).toEpochDay()
                - (int) ((21 + 4 * r.nextDouble()) * 365.25);
        out[2] = town;
        return;
      }
      default -> throw new IllegalStateException(seg.name());
    }
    out[0] = male ? 1 : 0;
    out[1] = pop.referenceDay - (int) (age * 365.25);
    out[2] = town;
  }

  private static double triangle(SplittableRandom r, double lo, double hi) {
    return lo + (hi - lo) * (r.nextDouble() + r.nextDouble()) / 2;
  }
}
