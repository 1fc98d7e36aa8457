package org.employmentmonitor.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.generator.Vocabulary.EventType;
import org.employmentmonitor.generator.Vocabulary.Form;
import org.employmentmonitor.generator.Vocabulary.InsuranceType;
import org.employmentmonitor.generator.Vocabulary.PaymentStatus;

/**
 * Writes one month's registration and social_insurance extracts in a single pass over every person:
 * each life is rebuilt from its seed and only what is delivered in this month is written (the
 * month's contributions and events, back payments of earlier months, corrections).
 */
final class MonthWriter {
  private final Lives lives;
  private final Population pop;
  private final Employers emps;
  private final Months months;
  private final long seed;
  private final int month;

  MonthWriter(Lives lives, int month) {
    this.lives = lives;
    this.pop = lives.pop;
    this.emps = lives.employers;
    this.months = lives.months;
    this.seed = pop.seed;
    this.month = month;
  }

  List<BadRows.Written> write(Path out) {
    Scale scale = pop.scale;
    long siEstimate = (long) (scale.insured * 0.9 * (scale.manyTypes ? 2.0 : 1.07));
    List<BadRows.Written> bad = new ArrayList<>();
    try (ExtractFile si = new ExtractFile(out, pop, Extract.SOCIAL_INSURANCE, month, siEstimate);
        ExtractFile reg =
            new ExtractFile(out, pop, Extract.REGISTRATION, month, (long) (scale.flow * 9000))) {
      Life life = new Life(months);
      String[] siRow = si.newRow();
      String[] regRow = reg.newRow();
      for (int i = 0; i < pop.size(); i++) {
        Segment seg = pop.segment(i);
        if (seg == Segment.TRAINEE || seg == Segment.GRADUATE_LEFTOVER) {
          continue;
        }
        lives.build(i, life);
        if (life.types != 0) {
          insurance(life, si, siRow);
        }
        if (life.events > 0) {
          registration(life, reg, regRow);
        }
      }
      si.close();
      reg.close();
      bad.addAll(si.written());
      bad.addAll(reg.written());
    }
    return bad;
  }

  private void insurance(Life life, ExtractFile f, String[] row) {
    String id = null;
    for (int c = Math.max(0, month - 5); c <= month; c++) {
      int e = life.employer[c];
      if (e < 0) {
        continue;
      }
      int delivered = c + life.delay[c];
      boolean first = delivered == month;
      boolean correction = life.fix[c] > 0 && delivered + life.fix[c] == month;
      if (!first && !correction) {
        continue;
      }
      if (id == null) {
        id = f.style.id(pop, life.person);
      }
      int town = emps.town[e];
      int base = base(life.base, c);
      if (first && life.fix[c] > 0) {
        if (life.fixKind[c] == Life.FIX_TOWN) {
          town = (town + 3) % Towns.COUNT;
        } else {
          base = base * 10;
        }
      }
      PaymentStatus status = status(life, c, e);
      for (InsuranceType t : InsuranceType.values()) {
        if ((life.types & (1 << t.ordinal())) == 0) {
          continue;
        }
        row[0] = id;
        row[1] = emps.code[e];
        row[2] = emps.name[e];
        row[3] = f.style.town(town);
        row[4] = String.valueOf(emps.industry[e]);
        row[5] = f.style.code(emps.size[e]);
        row[6] = f.style.bool(emps.soe[e]);
        row[7] = f.style.month(c);
        row[8] = f.style.code(t);
        row[9] = Integer.toString(base);
        row[10] = f.style.code(status);
        f.row(row);
      }
    }
  }

  /** The contribution base of month c: +4% each July (the annual adjustment) after the first. */
  private int base(int base, int c) {
    for (int m = c; m > 0; m--) {
      if (months.monthOfYear(m) == 7) {
        base = base * 104 / 1000 * 10;
      }
    }
    return base;
  }

  private PaymentStatus status(Life life, int c, int e) {
    long key = months.key(c);
    if (life.delay[c] > 0) {
      double x = Rng.unit(seed, Rng.Purpose.LIFE, life.person * 4096L + key);
      return x < 0.5
          ? PaymentStatus.PAID
          : x < 0.75 ? PaymentStatus.DEFERRED : PaymentStatus.ARREARS;
    }
    if (emps.defers(e, c)) {
      return PaymentStatus.DEFERRED;
    }
    return Rng.unit(seed, Rng.Purpose.EMPLOYER, e * 4096L + key) < 0.004
        ? PaymentStatus.ARREARS
        : PaymentStatus.PAID;
  }

  private void registration(Life life, ExtractFile f, String[] row) {
    String name = null;
    for (int k = 0; k < life.events; k++) {
      boolean first = life.delivery[k] == month;
      boolean corrected =
          life.wrongTown[k] >= 0 && life.delivery[k] >= 0 && life.delivery[k] + 1 == month;
      if (!first && !corrected) {
        continue;
      }
      if (name == null) {
        name = Names.person(Rng.of(seed, Rng.Purpose.NAME, life.person));
      }
      int town = first && life.wrongTown[k] >= 0 ? life.wrongTown[k] : pop.town(life.person);
      EventType type = EventType.values()[life.type[k]];
      row[0] =
          "DJ"
              + YearMonth.from(LocalDate.ofEpochDay(life.day[k])).toString().replace("-", "")
              + Text.padded(life.person, 8)
              + Text.padded(k, 2);
      row[1] = f.style.id(pop, life.person);
      row[2] = name;
      row[3] = f.style.town(town);
      row[4] = life.household == null ? "" : life.household;
      row[5] = f.style.code(type);
      row[6] = f.style.date(life.day[k]);
      row[7] = life.form[k] < 0 ? "" : f.style.code(Form.values()[life.form[k]]);
      row[8] = life.eventEmployer[k] < 0 ? "" : emps.code[life.eventEmployer[k]];
      row[9] = f.style.groups(life.groups[k]);
      row[10] = f.style.bool(life.able[k]);
      f.row(row);
    }
  }
}
