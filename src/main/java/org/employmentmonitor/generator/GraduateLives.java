package org.employmentmonitor.generator;

import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.Education;
import org.employmentmonitor.generator.Vocabulary.EventType;
import org.employmentmonitor.generator.Vocabulary.Form;
import org.employmentmonitor.generator.Vocabulary.GraduateStatus;
import org.employmentmonitor.generator.Vocabulary.Group;

/**
 * The cohorts of 离校未就业高校毕业生 (SPEC 4.2), one per graduation year whose July is in the range:
 * registered in July (some in August) as UNPLACED, placed month by month (≈82% by September, ≈91%
 * by December). Most placements are reported in the ledger, backed by an EMPLOYED registration or
 * by insurance; some are reported without any evidence; some are found by evidence only while the
 * ledger still says UNPLACED.
 */
final class GraduateLives {
  static final String[] SCHOOLS = {
    "重庆文理学院",
    "重庆城市职业学院",
    "重庆水利电力职业技术学院",
    "重庆财经职业学院",
    "重庆工商职业学院",
    "重庆商务职业学院",
    "重庆航天职业技术学院",
    "重庆大学",
    "西南大学",
    "重庆交通大学",
    "重庆师范大学",
    "重庆医科大学",
    "重庆科技学院",
    "重庆三峡学院",
    "长江师范学院",
    "四川大学"
  };
  private static final double[] SCHOOL_WEIGHT = {16, 14, 10, 9, 8, 6, 5, 3, 4, 4, 5, 2, 5, 4, 3, 2};
  private static final int VOCATIONAL = 7;

  /** Cumulative share placed by the end of July .. December of the graduation year. */
  private static final double[] PLACED_BY = {0.36, 0.62, 0.845, 0.875, 0.90, 0.925};

  static final int EVIDENCE_NONE = 0;
  static final int EVIDENCE_REGISTRATION = 1;
  static final int EVIDENCE_INSURANCE = 2;

  /**
   * One graduate's ledger story (month indices of the range). {@code placedDay} is −1 when never
   * placed in the graduation year; {@code reported} false means the ledger keeps UNPLACED
   * (placement visible by evidence only).
   */
  record Plan(
      int cohort,
      int registeredDay,
      int placedDay,
      GraduateStatus status,
      boolean reported,
      int evidence,
      String school,
      Education education,
      int placedMonth) {}

  private GraduateLives() {}

  static Plan plan(Population pop, int person) {
    Months months = pop.months;
    int cohort = pop.cohort(person);
    int july = months.index(cohort, 7);
    SplittableRandom r = Rng.of(pop.seed, Rng.Purpose.GRADUATE, person);
    int regMonth = r.nextDouble() < 0.85 || july + 1 >= months.count ? july : july + 1;
    int registered = months.firstDay(regMonth) + r.nextInt(20);
    int school = Rng.pick(r, SCHOOL_WEIGHT);
    Education edu =
        school < VOCATIONAL
            ? Education.ASSOCIATE
            : Education.values()[1 + Rng.pick(r, new double[] {85, 13, 2})];
    double x = r.nextDouble();
    int month = -1;
    for (int k = 0; k < PLACED_BY.length; k++) {
      if (x < PLACED_BY[k]) {
        month = july + k;
        break;
      }
    }
    if (month < 0) {
      GraduateStatus s =
          r.nextDouble() < 0.25 ? GraduateStatus.NOT_SEEKING : GraduateStatus.UNPLACED;
      return new Plan(cohort, registered, -1, s, true, EVIDENCE_NONE, SCHOOLS[school], edu, -1);
    }
    month = Math.max(month, regMonth);
    int lo = Math.max(registered + 1, months.firstDay(month));
    int placed = lo + r.nextInt(Math.max(1, months.firstDay(month + 1) - lo));
    if (r.nextDouble() < 0.07) {
      int ev = r.nextDouble() < 0.6 ? EVIDENCE_REGISTRATION : EVIDENCE_INSURANCE;
      return new Plan(
          cohort,
          registered,
          placed,
          GraduateStatus.UNPLACED,
          false,
          ev,
          SCHOOLS[school],
          edu,
          month);
    }
    GraduateStatus s = GraduateStatus.values()[1 + Rng.pick(r, new double[] {62, 3, 14, 8, 13})];
    int ev = EVIDENCE_NONE;
    if (s == GraduateStatus.EMPLOYED
        || s == GraduateStatus.FLEXIBLE
        || s == GraduateStatus.SELF_EMPLOYED) {
      double y = r.nextDouble();
      ev = y < 0.5 ? EVIDENCE_REGISTRATION : y < 0.8 ? EVIDENCE_INSURANCE : EVIDENCE_NONE;
    }
    return new Plan(cohort, registered, placed, s, true, ev, SCHOOLS[school], edu, month);
  }

  /** The registration events and insurance spell that are the evidence of a placement. */
  static void build(Lives lives, int i, Life life, SplittableRandom r) {
    Plan p = plan(lives.pop, i);
    int grad = Group.GRADUATE.bit();
    if (r.nextDouble() < 0.5) {
      life.add(p.registeredDay() + r.nextInt(10), EventType.JOB_SEEKING, null, -1, grad, true);
    }
    if (p.placedDay() < 0) {
      return;
    }
    int month = p.placedMonth();
    if (p.evidence() == EVIDENCE_REGISTRATION) {
      Form f =
          p.status() == GraduateStatus.FLEXIBLE
              ? Form.FLEXIBLE
              : p.status() == GraduateStatus.SELF_EMPLOYED ? Form.SELF_EMPLOYED : Form.EMPLOYER;
      life.add(p.placedDay(), EventType.EMPLOYED, f, -1, grad, true);
    } else if (p.evidence() == EVIDENCE_INSURANCE) {
      int e = lives.employers.pickHiring(r, month, lives.initialPersons);
      life.types = 0b0001;
      life.base = 4_000 + 100 * r.nextInt(20);
      for (int m = month; m < lives.months.count; m++) {
        life.employer[m] = e;
      }
    }
  }
}
