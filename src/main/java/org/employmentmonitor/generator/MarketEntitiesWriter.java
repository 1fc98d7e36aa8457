package org.employmentmonitor.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.EntityType;
import org.employmentmonitor.ingest.id.CreditCode;

/**
 * 新增市场主体 from market regulation: ≈870 a month (the Spring Festival in February, a deeper dip in
 * 2020-02), mostly 个体工商户; the year's pace is a little behind the 10,000 entities / 15,000 jobs
 * target.
 */
final class MarketEntitiesWriter {
  private static final double[] MONTH_WEIGHT = {
    0.8, 0.6, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1
  };

  private static final double[] MONTH_WEIGHT_2020 = {
    0.8, 0.35, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1
  };

  private final Population pop;
  private final long seed;

  MarketEntitiesWriter(Population pop) {
    this.pop = pop;
    this.seed = pop.seed;
  }

  List<BadRows.Written> write(Path out, int month) {
    Months months = pop.months;
    double weight = months.weights(MONTH_WEIGHT, MONTH_WEIGHT_2020)[month];
    int n = (int) Math.round(870 * pop.scale.flow * weight);
    try (ExtractFile f = new ExtractFile(out, pop, Extract.MARKET_ENTITIES, month, n)) {
      String[] row = f.newRow();
      for (int k = 0; k < n; k++) {
        // Distinct keys below the modulus give distinct codes (months.key < 1,200, n < 100,000).
        long key = months.key(month) * 100_000L + k;
        SplittableRandom r = Rng.of(seed, Rng.Purpose.ENTITY, key);
        EntityType type = EntityType.values()[Rng.pick(r, new double[] {27, 70, 3})];
        int town = Rng.pick(r, Towns.EMPLOYERS);
        int jobs =
            switch (type) {
              case ENTERPRISE ->
                  1 + (int) Math.min(20, Math.floor(-Math.log(1 - r.nextDouble()) * 1.5));
              case INDIVIDUAL -> r.nextDouble() < 0.85 ? 1 : 2;
              case COOPERATIVE -> 3 + r.nextInt(6);
            };
        StringBuilder code =
            new StringBuilder(18).append('9').append(1 + type.ordinal()).append("500118MA6");
        Employers.appendBase31(code, (key * 387_420_489L + 777) % 887_503_681L, 6);
        code.append(CreditCode.checkCharacter(code));
        row[0] = code.toString();
        row[1] = Names.entity(r, type, town);
        row[2] = f.style.code(type);
        row[3] = f.style.date(months.dayIn(r, month));
        row[4] = f.style.town(town);
        row[5] = r.nextDouble() < 0.03 ? "" : Integer.toString(jobs);
        f.row(row);
      }
      f.close();
      return f.written();
    }
  }
}
