package org.employmentmonitor.generator;

import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.EventType;
import org.employmentmonitor.generator.Vocabulary.Form;

/** Rebuilds any person's {@link Life} from the person's own stream, whatever the segment. */
final class Lives {
  /** Share of registered unemployed followed up in a month (the target is 100%). */
  static final double FOLLOW_UP = 0.955;

  final Population pop;
  final Employers employers;
  final Months months;
  final long seed;
  final int initialPersons;

  /** {@link InsuredLives#entrantWeights}, drawn from for every entrant. */
  final double[] entrants;

  /** {@link Months#flows}, drawn from for every registrant. */
  final double[] flows;

  /** {@link RegistrantLives#unemployedInflow}. */
  final double[] unemployedInflow;

  /** The guarantee loans (their borrowers are registrants). */
  final Loans loans;

  Lives(Population pop, Employers employers) {
    this.pop = pop;
    this.employers = employers;
    this.months = pop.months;
    this.seed = pop.seed;
    this.initialPersons = pop.count(Segment.SI_INITIAL);
    this.entrants = InsuredLives.entrantWeights(months);
    this.flows = months.flows();
    this.unemployedInflow = RegistrantLives.unemployedInflow(months);
    this.loans = new Loans(pop);
  }

  void build(int i, Life life) {
    Segment seg = pop.segment(i);
    life.reset(i, seg);
    SplittableRandom r = Rng.of(seed, Rng.Purpose.LIFE, i);
    switch (seg) {
      case SI_INITIAL, SI_ENTRANT -> InsuredLives.build(this, i, life, r);
      case REG_EMPLOYED, REG_UNEMPLOYED, REG_SEEKER, REG_RETIREE ->
          RegistrantLives.build(this, i, life, r);
      case HOUSEHOLD -> Households.build(this, i, life, r);
      case ZERO_HOUSEHOLD -> ZeroHouseholds.build(this, i, life, r);
      case GRADUATE -> GraduateLives.build(this, i, life, r);
      case GRADUATE_LEFTOVER, TRAINEE -> {}
    }
    life.sortEvents();
  }

  int dayIn(SplittableRandom r, int month) {
    return months.dayIn(r, month);
  }

  /** A day in {@code month} shifted by −1, 0 or +1 month (registration lags or leads). */
  int nearDay(SplittableRandom r, int month) {
    double x = r.nextDouble();
    int m = x < 0.6 ? month : x < 0.8 ? month - 1 : month + 1;
    return dayIn(r, Math.max(0, Math.min(months.count - 1, m)));
  }

  /**
   * An UNEMPLOYED registration on {@code from}, then monthly FOLLOW_UP services and some
   * JOB_SEEKING events until the day the person is employed again ({@code until}, exclusive;
   * Integer.MAX_VALUE for never).
   */
  void unemployment(Life life, SplittableRandom r, int from, int until, int groups, boolean able) {
    life.add(from, EventType.UNEMPLOYED, null, -1, groups, able);
    int first = months.ofDay(from);
    int last =
        until == Integer.MAX_VALUE
            ? months.count - 1
            : Math.min(months.count - 1, months.ofDay(until));
    for (int m = first; m <= last; m++) {
      int lo = m == first ? from + 1 : months.firstDay(m);
      int hi = Math.min(months.firstDay(m + 1), until);
      if (hi <= lo) {
        continue;
      }
      boolean lastMonth = until != Integer.MAX_VALUE && m == months.ofDay(until);
      double p = m == first ? 0.15 : lastMonth ? 0.4 : FOLLOW_UP;
      if (r.nextDouble() < p) {
        life.add(lo + r.nextInt(hi - lo), EventType.FOLLOW_UP, null, -1, groups, able);
      }
      if (r.nextDouble() < 0.3) {
        life.add(lo + r.nextInt(hi - lo), EventType.JOB_SEEKING, null, -1, groups, able);
      }
    }
  }

  /** An employment form drawn from weights EMPLOYER, SELF_EMPLOYED, FLEXIBLE, PUBLIC_WELFARE. */
  static Form form(
      SplittableRandom r, double employer, double self, double flexible, double welfare) {
    return Form.values()[Rng.pick(r, new double[] {employer, self, flexible, welfare})];
  }

  /** Key-group mask: each group with its own probability (ordinal order). */
  static int groups(SplittableRandom r, double... p) {
    int mask = 0;
    for (int g = 0; g < p.length; g++) {
      if (r.nextDouble() < p[g]) {
        mask |= 1 << g;
      }
    }
    return mask;
  }
}
