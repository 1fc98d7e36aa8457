package org.employmentmonitor.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 招聘岗位: ≈380 postings a month × the flow (a COVID dip in 2020-02), 1–200 positions each; district
 * SOEs post ≈6% of postings, about half of their positions for graduates (task: ≥50%).
 */
final class RecruitmentWriter {
  private static final String[] CHANNELS = {
    "永川区公共就业服务平台",
    "现场招聘会",
    "智联招聘",
    "前程无忧",
    "58同城",
    "微信公众号",
    "重庆英才网",
    "校园招聘",
    "现场招聘会,永川人力资源市场",
    "渝西人才网"
  };

  private final Population pop;
  private final Employers emps;
  private final long seed;

  RecruitmentWriter(Population pop, Employers emps) {
    this.pop = pop;
    this.emps = emps;
    this.seed = pop.seed;
  }

  List<BadRows.Written> write(Path out, int month) {
    Months months = pop.months;
    int n = (int) Math.round(380 * pop.scale.flow * months.flow(month));
    int initial = pop.count(Segment.SI_INITIAL);
    String prefix = "ZP" + months.label(month).replace("-", "");
    try (ExtractFile f = new ExtractFile(out, pop, Extract.RECRUITMENT, month, n)) {
      String[] row = f.newRow();
      for (int k = 0; k < n; k++) {
        SplittableRandom r = Rng.of(seed, Rng.Purpose.POSTING, months.key(month) * 10_000_000L + k);
        boolean soe = r.nextDouble() < 0.065;
        int e =
            soe
                ? Employers.FIRST_SOE + r.nextInt(Employers.SOES)
                : r.nextDouble() < 0.7 ? emps.ofSlot(r.nextInt(initial)) : r.nextInt(emps.count);
        soe = emps.soe[e];
        int positions =
            soe
                ? 5 + r.nextInt(26)
                : (int) Math.min(200, 1 + Math.floor(Math.exp(1.8 + 0.95 * r.nextGaussian())));
        boolean graduates = r.nextDouble() < (soe ? 0.48 : 0.2);
        int min = 2_500 + 100 * r.nextInt(46);
        int max = min + 500 + 100 * r.nextInt(36);
        String channel = Rng.pick(r, CHANNELS);
        if (r.nextDouble() < 0.004) {
          channel = "永川区人力资源市场\n周五现场招聘会";
        }
        row[0] = prefix + Text.padded(k + 1, 5);
        row[1] = emps.code[e];
        row[2] = emps.name[e];
        row[3] = f.style.town(emps.town[e]);
        row[4] = String.valueOf(emps.industry[e]);
        row[5] = f.style.bool(soe);
        row[6] = Integer.toString(positions);
        row[7] = f.style.bool(graduates);
        row[8] = f.style.date(months.dayIn(r, month));
        row[9] = channel;
        row[10] = r.nextDouble() < 0.05 ? "" : Integer.toString(min);
        row[11] = row[10].isEmpty() ? "" : Integer.toString(max);
        f.row(row);
      }
      f.close();
      return f.written();
    }
  }
}
