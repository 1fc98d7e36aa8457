package org.employmentmonitor.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.EventType;
import org.employmentmonitor.generator.Vocabulary.Form;

/**
 * Working lives of the insured over the whole range: long spells with one employer, switches
 * without a gap (not a start), short gaps of 1–2 months (not a start), gaps of three months or more
 * and new entrants (starts, SPEC 4.1), retirement at 60 (men) or 50 (women), a few deaths, and the
 * 2020-09 layoffs. Starts, job losses, retirements and deaths are often, not always, registered
 * too.
 */
final class InsuredLives {
  private static final double EXIT = 0.0055;
  private static final double SWITCH = 0.005;

  /**
   * Entrants per insured person of the scale and unit of {@link #entrantWeights}: 8.5% of the
   * insured over the 15.8 units of 2019-10 .. 2020-12, the range this was tuned on.
   */
  static final double ENTRANT_SHARE_PER_WEIGHT = 0.085 / 15.8;

  private InsuredLives() {}

  /**
   * Months in which entrants start: every month after the first, by the flow, graduate hiring
   * tripling each September.
   */
  static double[] entrantWeights(Months months) {
    double[] w = months.flows();
    w[0] = 0;
    for (int m = 1; m < months.count; m++) {
      if (months.monthOfYear(m) == 9) {
        w[m] *= 3;
      }
    }
    return w;
  }

  /** Monthly job-loss hazard: doubled by COVID-19 in 2020-02/03, halved by job retention after. */
  private static double exit(Months months, int m) {
    if (months.within(m, Months.COVID_YEAR, 2, 3)) {
      return 2 * EXIT;
    }
    return months.within(m, Months.COVID_YEAR, 9, 12) ? EXIT / 2 : EXIT;
  }

  static void build(Lives lives, int i, Life life, SplittableRandom r) {
    Population pop = lives.pop;
    Employers emps = lives.employers;
    Months months = lives.months;
    boolean many = pop.scale.manyTypes;
    double t = r.nextDouble();
    life.types =
        many
            ? (t < 0.3 ? 0b0001 : t < 0.8 ? 0b0011 : t < 0.9 ? 0b0111 : 0b1111)
            : (t < 0.93 ? 0b0001 : t < 0.98 ? 0b0011 : 0b1111);
    life.base =
        (int) Math.min(18_000, Math.max(3_500, 4_200 * Math.exp(0.45 * r.nextGaussian())))
            / 10
            * 10;
    int startMonth;
    int cur;
    if (life.segment == Segment.SI_INITIAL) {
      startMonth = 0;
      cur = emps.ofSlot(i - pop.start(Segment.SI_INITIAL));
    } else {
      startMonth = Rng.pick(r, lives.entrants);
      cur = emps.pickHiring(r, startMonth, lives.initialPersons);
      registerStart(lives, i, life, r, startMonth, cur);
    }
    int retire = retirementMonth(pop, i);
    int death = r.nextDouble() < 0.003 ? r.nextInt(months.count) : -1;
    boolean laidOff =
        (cur == Employers.RED_LAYOFF || cur == Employers.YELLOW_LAYOFF)
            && r.nextDouble() < emps.layoffProbability(cur);
    int returnMonth = -1;
    for (int m = startMonth; m < months.count; m++) {
      if (m == returnMonth) {
        cur = emps.pickHiring(r, m, lives.initialPersons);
        returnMonth = -1;
      }
      if (cur < 0) {
        continue;
      }
      if (m == retire && m > startMonth) {
        if (r.nextDouble() < 0.9) {
          life.add(lives.dayIn(r, m), EventType.RETIRED, null, -1, 0, true);
        }
        return;
      }
      if (m == death && m > startMonth) {
        life.add(lives.dayIn(r, m), EventType.DECEASED, null, -1, 0, true);
        return;
      }
      boolean layoffNow =
          laidOff
              && months.isLayoffMonth(m)
              && (cur == Employers.RED_LAYOFF || cur == Employers.YELLOW_LAYOFF);
      if (layoffNow || (m > startMonth && r.nextDouble() < exit(months, m))) {
        int gap = layoffNow ? (r.nextBoolean() ? 3 + r.nextInt(4) : 99) : gap(r);
        returnMonth = m + gap;
        cur = -1;
        if (gap >= 3) {
          int until = returnMonth < months.count ? lives.dayIn(r, returnMonth) : Integer.MAX_VALUE;
          if (r.nextDouble() < (layoffNow ? 0.7 : 0.5)) {
            lives.unemployment(life, r, lives.dayIn(r, m), until, 0, true);
            if (until != Integer.MAX_VALUE && r.nextDouble() < 0.9) {
              life.add(until, EventType.EMPLOYED, Form.EMPLOYER, -1, 0, true);
            }
          } else if (until != Integer.MAX_VALUE && r.nextDouble() < 0.55) {
            life.add(lives.nearDay(r, returnMonth), EventType.EMPLOYED, Form.EMPLOYER, -1, 0, true);
          }
        }
        continue;
      }
      if (m > startMonth && r.nextDouble() < SWITCH) {
        cur = emps.pickSwitch(r, m, lives.initialPersons, cur);
        if (r.nextDouble() < 0.05) {
          life.add(lives.dayIn(r, m), EventType.EMPLOYED, Form.EMPLOYER, cur, 0, true);
        }
      }
      life.employer[m] = cur;
      deliveries(months, life, r, m);
    }
  }

  /**
   * Back payments (delay) and re-delivered corrections (fix) of the month-m contribution, all
   * delivered within the range. The layoff employers pay on time from 2020-08 on, so that their
   * September drop is the layoff alone.
   */
  private static void deliveries(Months months, Life life, SplittableRandom r, int m) {
    int e = life.employer[m];
    boolean layoffMonths =
        (e == Employers.RED_LAYOFF || e == Employers.YELLOW_LAYOFF)
            && !months.of(m).isBefore(java.time.YearMonth.of(Months.COVID_YEAR, 8));
    if (m <= months.count - 3 && !layoffMonths && r.nextDouble() < 0.003) {
      life.delay[m] = (byte) (r.nextDouble() < 0.7 ? 1 : 2);
    }
    int delivered = m + life.delay[m];
    if (delivered < months.count - 1 && r.nextDouble() < 0.002) {
      life.fix[m] = (byte) (1 + r.nextInt(Math.min(3, months.count - 1 - delivered)));
      life.fixKind[m] = (byte) (r.nextDouble() < 0.6 ? Life.FIX_TOWN : Life.FIX_BASE);
    }
  }

  private static int gap(SplittableRandom r) {
    double x = r.nextDouble();
    return x < 0.17 ? 1 : x < 0.30 ? 2 : x < 0.70 ? 3 + r.nextInt(6) : 99;
  }

  private static void registerStart(
      Lives lives, int i, Life life, SplittableRandom r, int month, int employer) {
    if (r.nextDouble() >= 0.62) {
      return;
    }
    int day = lives.nearDay(r, month);
    int monthOfYear = lives.months.monthOfYear(month);
    boolean young = lives.pop.age(i, day) <= 24 && monthOfYear >= 7 && monthOfYear <= 9;
    int groups = Lives.groups(r, young ? 0.6 : 0.02, 0.15, 0, 0.02, 0.02, 0.005);
    Form f = r.nextDouble() < 0.9 ? Form.EMPLOYER : Form.FLEXIBLE;
    life.add(
        day,
        EventType.EMPLOYED,
        f,
        f == Form.EMPLOYER && r.nextDouble() < 0.85 ? employer : -1,
        groups,
        true);
  }

  /** Month index in which the person reaches retirement age, or −1 outside the range. */
  static int retirementMonth(Population pop, int i) {
    LocalDate birth = LocalDate.ofEpochDay(pop.birthDay(i));
    int m = pop.months.ofDay((int) birth.plusYears(pop.male(i) ? 60 : 50).toEpochDay());
    return pop.months.contains(m) ? m : -1;
  }
}
