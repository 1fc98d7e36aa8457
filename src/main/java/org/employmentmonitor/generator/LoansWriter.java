package org.employmentmonitor.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/** 创业担保贷款发放: person borrowers (self-employed registrants) and a few enterprises. */
final class LoansWriter {
  private final Lives lives;
  private final Population pop;
  private final long seed;

  LoansWriter(Lives lives) {
    this.lives = lives;
    this.pop = lives.pop;
    this.seed = pop.seed;
  }

  List<BadRows.Written> write(Path out, int month) {
    long estimate = (long) (60 * pop.scale.flow);
    Loans loans = lives.loans;
    String prefix = "DK" + lives.months.year(month);
    try (ExtractFile f = new ExtractFile(out, pop, Extract.LOANS, month, estimate)) {
      String[] row = f.newRow();
      Life life = new Life(lives.months);
      int first = pop.start(Segment.REG_EMPLOYED);
      for (int i = first; i < first + loans.borrowers; i++) {
        if (loans.personLoanMonth(i) != month) {
          continue;
        }
        SplittableRandom r = Rng.of(seed, Rng.Purpose.LOAN, i);
        r.nextDouble(); // the month draw
        lives.build(i, life);
        int groups = life.events > 0 ? life.groups[life.events - 1] : 0;
        row[0] = prefix + Text.padded(i - first + 1, 6);
        row[1] = f.style.id(pop, i);
        row[2] = "";
        row[3] = Long.toString(Loans.personAmount(r));
        row[4] = f.style.date(lives.dayIn(r, month));
        row[5] = f.style.groups(groups);
        f.row(row);
      }
      Employers emps = lives.employers;
      for (int q = 0; q < loans.enterpriseLoans; q++) {
        SplittableRandom r = loans.enterprise(q);
        if (loans.month(r) != month) {
          continue;
        }
        int e =
            Employers.FIRST_SOE
                + Employers.SOES
                + r.nextInt(emps.count - Employers.FIRST_SOE - Employers.SOES);
        row[0] = prefix + Text.padded(900_001 + q, 6);
        row[1] = "";
        row[2] = emps.code[e];
        row[3] = Long.toString(300_000 + 50_000L * r.nextInt(15));
        row[4] = f.style.date(lives.dayIn(r, month));
        row[5] = "";
        f.row(row);
      }
      f.close();
      return f.written();
    }
  }
}
