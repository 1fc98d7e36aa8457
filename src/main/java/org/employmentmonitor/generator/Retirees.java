package org.employmentmonitor.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Registration-only natural attrition: a RETIRED event on the day the person reaches retirement age
 * (60 men, 50 or 55 women), or for a few a DECEASED event. Drawn from the person's core stream so
 * that the birth date (core) and the event (life) agree.
 */
final class Retirees {
  record Plan(boolean male, int birthDay, int eventDay, boolean deceased) {}

  private Retirees() {}

  static Plan plan(long seed, Months months, int person) {
    SplittableRandom r = Rng.of(seed, Rng.Purpose.CORE, person ^ 0x5EED_0000_0000L);
    boolean male = r.nextDouble() < 0.5;
    int month = Rng.pick(r, months.flows());
    int day = months.dayIn(r, month);
    if (r.nextDouble() < 0.07) {
      int age = 40 + r.nextInt(45);
      int birth = (int) LocalDate.ofEpochDay(day).minusYears(age).toEpochDay() - r.nextInt(365);
      return new Plan(male, birth, day, true);
    }
    int age = male ? 60 : r.nextDouble() < 0.7 ? 50 : 55;
    return new Plan(male, (int) LocalDate.ofEpochDay(day).minusYears(age).toEpochDay(), day, false);
  }
}
