package org.employmentmonitor.generator;

import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.EventType;
import org.employmentmonitor.generator.Vocabulary.Form;

/**
 * Persons seen in registration but not in the (sampled) insurance extract: the bulk of new urban
 * employment (returnees, flexible and self-employed workers, borrowers of guarantee loans), the
 * registered unemployed with their monthly follow-up, job seekers and natural attrition.
 */
final class RegistrantLives {
  private RegistrantLives() {}

  /**
   * Registered unemployed per unit of {@link #unemployedInflow}: 10,000 over 2019-10..2020-12's
   * 21.1.
   */
  static final double UNEMPLOYED_PER_WEIGHT = 10_000 / 21.1;

  /**
   * Monthly weights of UNEMPLOYED registrations: the stock the register already holds arrives in
   * the range's first three months, then a steady inflow with a COVID spike in 2020-02..04.
   */
  static double[] unemployedInflow(Months months) {
    double[] w = new double[months.count];
    double[] first = {3.2, 3.2, 3.0};
    double[] covid = {1.6, 1.8, 1.3};
    for (int m = 0; m < months.count; m++) {
      w[m] = m < first.length ? first[m] : 1.0;
      if (m >= first.length && months.within(m, Months.COVID_YEAR, 2, 4)) {
        w[m] = covid[months.monthOfYear(m) - 2];
      }
    }
    return w;
  }

  static void build(Lives lives, int i, Life life, SplittableRandom r) {
    switch (life.segment) {
      case REG_EMPLOYED -> employed(lives, i, life, r);
      case REG_UNEMPLOYED -> unemployed(lives, i, life, r);
      case REG_SEEKER -> seeker(lives, life, r);
      case REG_RETIREE -> {
        Retirees.Plan p = Retirees.plan(lives.seed, lives.months, i);
        life.add(
            p.eventDay(), p.deceased() ? EventType.DECEASED : EventType.RETIRED, null, -1, 0, true);
      }
      default -> throw new IllegalStateException(life.segment.name());
    }
  }

  private static void employed(Lives lives, int i, Life life, SplittableRandom r) {
    Population pop = lives.pop;
    Months months = lives.months;
    int j = i - pop.start(Segment.REG_EMPLOYED);
    int month;
    Form f;
    if (j < lives.loans.borrowers) {
      int loanMonth = lives.loans.personLoanMonth(i);
      month = Math.max(0, loanMonth - Rng.pick(r, new double[] {30, 35, 20, 15}));
      f = Form.SELF_EMPLOYED;
    } else {
      month = Rng.pick(r, lives.flows);
      f = Lives.form(r, 45, 14, 32, 9);
    }
    int day = lives.dayIn(r, month);
    boolean young = pop.age(i, day) < 25;
    int groups = Lives.groups(r, young ? 0.3 : 0, 0.57, 0, 0.04, 0.03, 0.015);
    if (r.nextDouble() < 0.35) {
      life.add(
          lives.dayIn(r, Math.max(0, month - r.nextInt(2))),
          EventType.JOB_SEEKING,
          null,
          -1,
          groups,
          true);
    }
    int emp =
        f == Form.EMPLOYER && r.nextDouble() < 0.8
            ? lives.employers.pickHiring(r, month, lives.initialPersons)
            : -1;
    int k = life.add(day, EventType.EMPLOYED, f, emp, groups, r.nextDouble() < 0.995);
    double x = r.nextDouble();
    if (x < 0.01 && month < months.count - 1) {
      life.delivery[k] = (byte) (month + 1); // entered late: delivered with next month's extract
    } else if (x < 0.013 && month < months.count - 1) {
      life.wrongTown[k] = (pop.town(i) + 1 + r.nextInt(Towns.COUNT - 1)) % Towns.COUNT;
    }
  }

  private static void unemployed(Lives lives, int i, Life life, SplittableRandom r) {
    Months months = lives.months;
    int from = lives.dayIn(r, Rng.pick(r, lives.unemployedInflow));
    boolean young = lives.pop.age(i, from) < 25;
    int groups = Lives.groups(r, young ? 0.2 : 0, 0.18, 0, 0.15, 0.03, 0.03);
    boolean able = r.nextDouble() < 0.98;
    int m = months.ofDay(from) + 1;
    while (m < months.count && r.nextDouble() >= 0.12) {
      m++;
    }
    int until = m < months.count ? lives.dayIn(r, m) : Integer.MAX_VALUE;
    lives.unemployment(life, r, from, until, groups, able);
    if (until != Integer.MAX_VALUE) {
      Form f = Lives.form(r, 50, 10, 28, (groups & Vocabulary.Group.HARDSHIP.bit()) != 0 ? 40 : 8);
      int emp =
          f == Form.EMPLOYER && r.nextDouble() < 0.7
              ? lives.employers.pickHiring(r, m, lives.initialPersons)
              : -1;
      life.add(until, EventType.EMPLOYED, f, emp, groups, true);
    }
  }

  private static void seeker(Lives lives, Life life, SplittableRandom r) {
    int n = 1 + (r.nextDouble() < 0.4 ? 1 : 0) + (r.nextDouble() < 0.15 ? 1 : 0);
    int month = Rng.pick(r, lives.flows);
    int groups = Lives.groups(r, 0.1, 0.2, 0, 0.03, 0.02, 0.01);
    for (int k = 0; k < n && month < lives.months.count; k++) {
      life.add(lives.dayIn(r, month), EventType.JOB_SEEKING, null, -1, groups, true);
      month += 1 + r.nextInt(3);
    }
  }
}
