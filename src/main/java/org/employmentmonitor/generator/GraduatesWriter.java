package org.employmentmonitor.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.Education;
import org.employmentmonitor.generator.Vocabulary.GraduateStatus;

/**
 * The 离校未就业高校毕业生 ledger: a full snapshot each month from July to December of each year, one row per
 * graduate of that year registered by then with the status as of the month's end, plus a few rows
 * of the previous year's cohort that the pipeline must ignore.
 */
final class GraduatesWriter {
  private final Population pop;
  private final long seed;

  GraduatesWriter(Population pop) {
    this.pop = pop;
    this.seed = pop.seed;
  }

  List<BadRows.Written> write(Path out, int month) {
    Months months = pop.months;
    int year = months.year(month);
    try (ExtractFile f =
        new ExtractFile(out, pop, Extract.GRADUATES, month, (long) (1100 * pop.scale.flow))) {
      String[] row = f.newRow();
      int from = pop.start(Segment.GRADUATE);
      for (int i = from; i < from + pop.count(Segment.GRADUATE); i++) {
        if (pop.cohort(i) != year) {
          continue;
        }
        GraduateLives.Plan p = GraduateLives.plan(pop, i);
        if (months.ofDay(p.registeredDay()) > month) {
          continue;
        }
        boolean placed = p.reported() && p.placedDay() >= 0 && p.placedMonth() <= month;
        GraduateStatus status =
            placed
                ? p.status()
                : p.status() == GraduateStatus.NOT_SEEKING
                    ? GraduateStatus.NOT_SEEKING
                    : GraduateStatus.UNPLACED;
        fill(
            f,
            row,
            i,
            Integer.toString(year),
            p.school(),
            p.education(),
            p.registeredDay(),
            status,
            placed ? p.placedDay() : p.registeredDay());
        f.row(row);
      }
      int old = pop.start(Segment.GRADUATE_LEFTOVER);
      int lastJuly = (int) LocalDate.of(year - 1, 7, 1).toEpochDay();
      for (int i = old; i < old + pop.count(Segment.GRADUATE_LEFTOVER); i++) {
        if (pop.cohort(i) != year) {
          continue;
        }
        SplittableRandom r = Rng.of(seed, Rng.Purpose.GRADUATE, i);
        int registered = lastJuly + r.nextInt(20);
        GraduateStatus status =
            r.nextDouble() < 0.7 ? GraduateStatus.EMPLOYED : GraduateStatus.UNPLACED;
        fill(
            f,
            row,
            i,
            Integer.toString(year - 1),
            Rng.pick(r, GraduateLives.SCHOOLS),
            Education.ASSOCIATE,
            registered,
            status,
            registered + 60 + r.nextInt(200));
        f.row(row);
      }
      f.close();
      return f.written();
    }
  }

  private void fill(
      ExtractFile f,
      String[] row,
      int person,
      String year,
      String school,
      Education edu,
      int registered,
      GraduateStatus status,
      int statusDay) {
    row[0] = f.style.id(pop, person);
    row[1] = year;
    row[2] = school;
    row[3] = f.style.code(edu);
    row[4] = f.style.date(registered);
    row[5] = f.style.town(pop.town(person));
    row[6] = f.style.code(status);
    row[7] = f.style.date(statusDay);
  }
}
