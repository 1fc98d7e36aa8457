package org.employmentmonitor.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.Certificate;
import org.employmentmonitor.generator.Vocabulary.Program;
import org.employmentmonitor.generator.Vocabulary.TrainingStatus;

/**
 * 职业技能培训 records: a course is delivered ENROLLED in the month it starts and the same record_id
 * again, COMPLETED (with end_date and certificate) or DROPPED, in the month it ends, one to three
 * months later. Skill upgrades go to insured workers, re-employment training to the registered
 * unemployed, entrepreneurship and e-commerce mostly to returnees.
 */
final class TrainingWriter {
  private static final double[] PROGRAM_WEIGHT = {46, 12, 10, 8, 9.0, 2.6};

  /** Course starts per month of an ordinary year: spring and summer campaigns. */
  private static final double[] START_WEIGHT = {
    1.0, 0.8, 1.3, 1.5, 1.5, 1.4, 1.3, 1.2, 1.0, 0.9, 0.8, 0.5
  };

  /** 2020: February's classes cancelled (COVID-19). */
  private static final double[] START_WEIGHT_2020 = {
    1.0, 0.5, 1.3, 1.5, 1.5, 1.4, 1.3, 1.2, 1.0, 0.9, 0.8, 0.5
  };

  /** Courses per unit of start weight: 21,500 over 2020's 12.9 units. */
  private static final double COURSES_PER_WEIGHT = 21_500 / 12.9;

  /** Persons seen only in training, per unit of start weight: 7,000 over 2020's 12.9 units. */
  static final double TRAINEES_PER_WEIGHT = 7_000 / 12.9;

  private static final double[][] CERTIFICATES = {
    {0, 20, 30, 35, 15}, {10, 50, 40, 0, 0}, {10, 30, 60, 0, 0},
    {0, 0, 20, 60, 20}, {30, 70, 0, 0, 0}, {20, 80, 0, 0, 0}
  };

  private final Population pop;
  private final Months months;
  private final long seed;
  private final double[] starts;
  private final int records;

  TrainingWriter(Population pop) {
    this.pop = pop;
    this.months = pop.months;
    this.seed = pop.seed;
    this.starts = startWeights(months);
    this.records = pop.scale.count((int) Math.round(COURSES_PER_WEIGHT * Months.sum(starts)), 40);
  }

  /** Course starts per month of the range. */
  static double[] startWeights(Months months) {
    return months.weights(START_WEIGHT, START_WEIGHT_2020);
  }

  /** One course enrolment, drawn from its own stream. */
  record Course(
      int person,
      Program program,
      boolean subsidized,
      int start,
      int end,
      TrainingStatus outcome,
      Certificate cert,
      int groups) {}

  Course course(int k) {
    SplittableRandom r = Rng.of(seed, Rng.Purpose.TRAINING, k);
    Program p = Program.values()[Rng.pick(r, PROGRAM_WEIGHT)];
    int person =
        switch (p) {
          case SKILL_UPGRADE -> pick(r, Segment.SI_INITIAL);
          case APPRENTICESHIP -> pick(r, Segment.SI_ENTRANT);
          case REEMPLOYMENT -> pick(r, Segment.REG_UNEMPLOYED);
          default -> pick(r, Segment.TRAINEE);
        };
    int startMonth = Rng.pick(r, starts);
    int start = months.dayIn(r, startMonth);
    boolean dropped = r.nextDouble() < 0.08;
    int length = dropped ? 1 : 1 + Rng.pick(r, new double[] {60, 30, 10});
    int endMonth = startMonth + length;
    int end = endMonth < months.count ? months.dayIn(r, endMonth) : -1;
    TrainingStatus outcome = dropped ? TrainingStatus.DROPPED : TrainingStatus.COMPLETED;
    Certificate cert =
        dropped ? Certificate.NONE : Certificate.values()[Rng.pick(r, CERTIFICATES[p.ordinal()])];
    boolean trainee = pop.segment(person) == Segment.TRAINEE;
    int groups =
        trainee
            ? Lives.groups(
                r,
                0.1,
                p == Program.ENTREPRENEURSHIP || p == Program.E_COMMERCE ? 0.45 : 0.1,
                0.05,
                0.03,
                0.02,
                0.02)
            : p == Program.REEMPLOYMENT ? Lives.groups(r, 0, 0.1, 0, 0.2, 0, 0.02) : 0;
    return new Course(person, p, r.nextDouble() < 0.93, start, end, outcome, cert, groups);
  }

  private int pick(SplittableRandom r, Segment s) {
    return pop.start(s) + r.nextInt(pop.count(s));
  }

  List<BadRows.Written> write(Path out, int month) {
    try (ExtractFile f =
        new ExtractFile(out, pop, Extract.TRAINING, month, (long) (3000 * pop.scale.flow))) {
      String[] row = f.newRow();
      for (int k = 0; k < records; k++) {
        Course c = course(k);
        boolean starts = months.ofDay(c.start()) == month;
        boolean ends = c.end() >= 0 && months.ofDay(c.end()) == month;
        if (!starts && !ends) {
          continue;
        }
        row[0] = "PX" + LocalDate.ofEpochDay(c.start()).getYear() + Text.padded(k + 1, 7);
        row[1] = f.style.id(pop, c.person());
        row[2] = f.style.town(pop.town(c.person()));
        row[3] = f.style.code(c.program());
        row[4] = f.style.bool(c.subsidized());
        row[5] = f.style.date(c.start());
        row[6] = ends ? f.style.date(c.end()) : "";
        row[7] = f.style.code(ends ? c.outcome() : TrainingStatus.ENROLLED);
        row[8] = ends ? f.style.code(c.cert()) : "";
        row[9] = f.style.groups(c.groups());
        f.row(row);
      }
      f.close();
      return f.written();
    }
  }
}
