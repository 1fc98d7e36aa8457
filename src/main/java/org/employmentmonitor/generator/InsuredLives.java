package org.employmentmonitor.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.EventType;
import org.employmentmonitor.generator.Vocabulary.Form;

/**
 * Working lives of the insured: long spells with one employer, switches without a gap (not a
 * start), short gaps of 1–2 months (not a start), gaps of three months or more and new entrants
 * (starts, SPEC 4.1), retirement at 60 (men) or 50 (women), a few deaths, and the 2020-09 layoffs.
 * Starts, job losses, retirements and deaths are often, not always, registered too.
 */
final class InsuredLives {
  private static final double EXIT = 0.0055;
  private static final double SWITCH = 0.005;

  /** Months in which entrants start: the flow, with graduate hiring tripling September's. */
  private static final double[] ENTRANTS = Months.flow(1, Months.COUNT - 1);

  static {
    ENTRANTS[Months.SEPTEMBER] *= 3;
  }

  private InsuredLives() {}

  static void build(Lives lives, int i, Life life, SplittableRandom r) {
    Population pop = lives.pop;
    Employers emps = lives.employers;
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
      startMonth = Rng.pick(r, ENTRANTS);
      cur = emps.pickHiring(r, startMonth, lives.initialPersons);
      registerStart(pop, i, life, r, startMonth, cur);
    }
    int retire = retirementMonth(pop, i);
    int death = r.nextDouble() < 0.003 ? r.nextInt(Months.COUNT) : -1;
    boolean laidOff =
        (cur == Employers.RED_LAYOFF || cur == Employers.YELLOW_LAYOFF)
            && r.nextDouble() < emps.layoffProbability(cur);
    int returnMonth = -1;
    for (int m = startMonth; m < Months.COUNT; m++) {
      if (m == returnMonth) {
        cur = emps.pickHiring(r, m, lives.initialPersons);
        returnMonth = -1;
      }
      if (cur < 0) {
        continue;
      }
      if (m == retire && m > startMonth) {
        if (r.nextDouble() < 0.9) {
          life.add(Lives.dayIn(r, m), EventType.RETIRED, null, -1, 0, true);
        }
        return;
      }
      if (m == death && m > startMonth) {
        life.add(Lives.dayIn(r, m), EventType.DECEASED, null, -1, 0, true);
        return;
      }
      boolean layoffNow =
          laidOff
              && m == Months.SEPTEMBER
              && (cur == Employers.RED_LAYOFF || cur == Employers.YELLOW_LAYOFF);
      // COVID doubles job losses in 2020-02/03; job-retention subsidies halve them by 2020-09.
      double exit = m == 4 || m == 5 ? 2 * EXIT : m >= Months.SEPTEMBER ? EXIT / 2 : EXIT;
      if (layoffNow || (m > startMonth && r.nextDouble() < exit)) {
        int gap = layoffNow ? (r.nextBoolean() ? 3 + r.nextInt(4) : 99) : gap(r);
        returnMonth = m + gap;
        cur = -1;
        if (gap >= 3) {
          int until = returnMonth < Months.COUNT ? Lives.dayIn(r, returnMonth) : Integer.MAX_VALUE;
          if (r.nextDouble() < (layoffNow ? 0.7 : 0.5)) {
            Lives.unemployment(life, r, Lives.dayIn(r, m), until, 0, true);
            if (until != Integer.MAX_VALUE && r.nextDouble() < 0.9) {
              life.add(until, EventType.EMPLOYED, Form.EMPLOYER, -1, 0, true);
            }
          } else if (until != Integer.MAX_VALUE && r.nextDouble() < 0.55) {
            life.add(Lives.nearDay(r, returnMonth), EventType.EMPLOYED, Form.EMPLOYER, -1, 0, true);
          }
        }
        continue;
      }
      if (m > startMonth && r.nextDouble() < SWITCH) {
        cur = emps.pickSwitch(r, m, lives.initialPersons, cur);
        if (r.nextDouble() < 0.05) {
          life.add(Lives.dayIn(r, m), EventType.EMPLOYED, Form.EMPLOYER, cur, 0, true);
        }
      }
      life.employer[m] = cur;
      deliveries(life, r, m);
    }
  }

  /** Back payments (delay) and re-delivered corrections (fix) of the month-m contribution. */
  private static void deliveries(Life life, SplittableRandom r, int m) {
    int e = life.employer[m];
    boolean layoffMonths = m >= 10 && (e == Employers.RED_LAYOFF || e == Employers.YELLOW_LAYOFF);
    if (m <= 12 && !layoffMonths && r.nextDouble() < 0.003) {
      life.delay[m] = (byte) (r.nextDouble() < 0.7 ? 1 : 2);
    }
    int delivered = m + life.delay[m];
    if (delivered < Months.COUNT - 1 && r.nextDouble() < 0.002) {
      life.fix[m] = (byte) (1 + r.nextInt(Math.min(3, Months.COUNT - 1 - delivered)));
      life.fixKind[m] = (byte) (r.nextDouble() < 0.6 ? Life.FIX_TOWN : Life.FIX_BASE);
    }
  }

  private static int gap(SplittableRandom r) {
    double x = r.nextDouble();
    return x < 0.17 ? 1 : x < 0.30 ? 2 : x < 0.70 ? 3 + r.nextInt(6) : 99;
  }

  private static void registerStart(
      Population pop, int i, Life life, SplittableRandom r, int month, int employer) {
    if (r.nextDouble() >= 0.62) {
      return;
    }
    int day = Lives.nearDay(r, month);
    boolean young = pop.age(i, day) <= 24 && month >= Months.JULY && month <= Months.SEPTEMBER;
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

  /** Month index in which the person reaches retirement age, or −1 outside the window. */
  static int retirementMonth(Population pop, int i) {
    LocalDate birth = LocalDate.ofEpochDay(pop.birthDay(i));
    int m = Months.ofDay((int) birth.plusYears(pop.male(i) ? 60 : 50).toEpochDay());
    return m >= 0 && m < Months.COUNT ? m : -1;
  }
}
