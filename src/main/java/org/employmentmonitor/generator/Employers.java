package org.employmentmonitor.generator;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.employmentmonitor.ingest.id.CreditCode;

/**
 * The employers of the insurance extract. Employer e starts with a block of {@code headcount[e]}
 * SI_INITIAL persons (persons are laid out employer after employer), so hiring draws an employer
 * with a probability proportional to its size. Index 1 lays off ≈90 persons in 2020-09 (RED), index
 * 2 ≈32 (YELLOW); 3..10 are district-owned SOEs; 11 and 12 carry a quote and a comma in their
 * names. Employers carry on over the whole range.
 */
final class Employers {
  static final int RED_LAYOFF = 1;
  static final int YELLOW_LAYOFF = 2;
  static final int FIRST_SOE = 3;
  static final int SOES = 8;
  static final int RED_LAYOFF_PERSONS = 90;
  static final int YELLOW_LAYOFF_PERSONS = 32;

  private static final String[] SOE_NAMES = {
    "重庆市永川区城市发展集团有限公司", "重庆市永川区水务集团有限公司", "重庆市永川区交通建设开发有限公司",
    "重庆市永川区旅游发展集团有限公司", "重庆市永川区国有资产经营管理有限公司", "重庆市永川区港桥产业发展有限公司",
    "重庆市永川区农业发展集团有限公司", "重庆市永川区数字产业集团有限公司"
  };
  private static final String SOE_INDUSTRIES = "EDGRLAIK";

  final int count;
  private final Months months;
  final String[] code;
  final String[] name;
  final int[] town;
  final char[] industry;
  final Vocabulary.Size[] size;
  final boolean[] soe;

  /** Deferred contributions (COVID relief, 缓缴) from 2020-02 to 2020-06 (see {@link #defers}). */
  final boolean[] deferral;

  final int[] headcount;
  private final int[] blockEnd;
  private final int[][] townEmployers = new int[Towns.COUNT][];
  private final int[][] townCumulative = new int[Towns.COUNT][];

  Employers(long seed, Scale scale, Months months, int initialPersons) {
    count = scale.employers;
    this.months = months;
    code = new String[count];
    name = new String[count];
    town = new int[count];
    industry = new char[count];
    size = new Vocabulary.Size[count];
    soe = new boolean[count];
    deferral = new boolean[count];
    headcount = headcounts(seed, initialPersons);
    blockEnd = new int[count];
    int end = 0;
    for (int e = 0; e < count; e++) {
      end += headcount[e];
      blockEnd[e] = end;
    }
    assignSizes();
    for (int e = 0; e < count; e++) {
      SplittableRandom r = Rng.of(seed, Rng.Purpose.EMPLOYER, e);
      code[e] = creditCode(r, e);
      town[e] = Rng.pick(r, Towns.EMPLOYERS);
      industry[e] = Vocabulary.INDUSTRIES.charAt(Rng.pick(r, Vocabulary.INDUSTRY_WEIGHT));
      deferral[e] = r.nextDouble() < 0.04;
      if (isSoe(e)) {
        soe[e] = true;
        industry[e] = SOE_INDUSTRIES.charAt(e - FIRST_SOE);
        name[e] = SOE_NAMES[e - FIRST_SOE];
      } else {
        name[e] = Names.employer(r, industry[e], size[e]);
      }
    }
    industry[RED_LAYOFF] = 'C';
    industry[YELLOW_LAYOFF] = 'C';
    town[RED_LAYOFF] = Towns.LAYOFF_RED_TOWN;
    town[YELLOW_LAYOFF] = Towns.LAYOFF_YELLOW_TOWN;
    name[RED_LAYOFF] = "重庆永川双石精密机械制造有限公司";
    name[YELLOW_LAYOFF] = "重庆永川中山电子科技有限公司";
    name[11] = "重庆永川\"金山\"印务有限公司";
    name[12] = "重庆永川区顺达物流有限公司,朱沱分公司";
    indexTowns();
  }

  static boolean isSoe(int e) {
    return e >= FIRST_SOE && e < FIRST_SOE + SOES;
  }

  /** The employer whose initial block holds SI_INITIAL slot {@code slot}. */
  int ofSlot(int slot) {
    int e = Arrays.binarySearch(blockEnd, slot);
    return e >= 0 ? e + 1 : -e - 1;
  }

  /** Whether employer e defers its contributions for {@code month} (2020-02 .. 2020-06). */
  boolean defers(int e, int month) {
    return deferral[e] && months.within(month, Months.COVID_YEAR, 2, 6);
  }

  /** An employer hiring in {@code month}, drawn by size; the layoff employers freeze in 2020-09. */
  int pickHiring(SplittableRandom r, int month, int initialPersons) {
    while (true) {
      int e = ofSlot(r.nextInt(initialPersons));
      if (!months.isLayoffMonth(month) || (e != RED_LAYOFF && e != YELLOW_LAYOFF)) {
        return e;
      }
    }
  }

  /** A new employer for a job switch: most switches stay in the town of the old employer. */
  int pickSwitch(SplittableRandom r, int month, int initialPersons, int from) {
    if (r.nextDouble() >= 0.7) {
      return pickHiring(r, month, initialPersons);
    }
    int[] cum = townCumulative[town[from]];
    while (true) {
      int k = Arrays.binarySearch(cum, r.nextInt(cum[cum.length - 1]));
      int e = townEmployers[town[from]][k >= 0 ? k + 1 : -k - 1];
      if (!months.isLayoffMonth(month) || (e != RED_LAYOFF && e != YELLOW_LAYOFF)) {
        return e;
      }
    }
  }

  private void indexTowns() {
    for (int t = 0; t < Towns.COUNT; t++) {
      int n = 0;
      for (int e = 0; e < count; e++) {
        n += town[e] == t ? 1 : 0;
      }
      townEmployers[t] = new int[n];
      townCumulative[t] = new int[n];
      int k = 0;
      int sum = 0;
      for (int e = 0; e < count; e++) {
        if (town[e] == t) {
          sum += headcount[e];
          townEmployers[t][k] = e;
          townCumulative[t][k++] = sum;
        }
      }
    }
  }

  /**
   * Probability that a person in the layoff employer's initial block is laid off in 2020-09: the
   * layoff's size over the block still there by then (about 1% of it leaves a month).
   */
  double layoffProbability(int e) {
    int persons = e == RED_LAYOFF ? RED_LAYOFF_PERSONS : YELLOW_LAYOFF_PERSONS;
    int before = Math.max(0, months.index(java.time.YearMonth.of(Months.COVID_YEAR, 9)));
    // Tuned on a range starting 2019-10, eleven months before the layoff.
    double stayed = Math.pow(0.99, before - 11);
    return Math.min(0.5, persons / (headcount[e] * stayed));
  }

  private int[] headcounts(long seed, int persons) {
    int[] h = new int[count];
    int fixed = 0;
    h[RED_LAYOFF] = Math.max(8, (int) Math.round(persons * 0.019));
    h[YELLOW_LAYOFF] = Math.max(6, (int) Math.round(persons * 0.008));
    fixed += h[RED_LAYOFF] + h[YELLOW_LAYOFF];
    for (int e = FIRST_SOE; e < FIRST_SOE + SOES; e++) {
      h[e] = Math.max(3, (int) Math.round(persons * 0.006));
      fixed += h[e];
    }
    double[] w = new double[count];
    double total = 0;
    SplittableRandom r = Rng.of(seed, Rng.Purpose.EMPLOYER, -1);
    for (int e = 0; e < count; e++) {
      if (h[e] == 0) {
        w[e] = Math.min(150, 1 / Math.pow(0.002 + r.nextDouble(), 0.85));
        total += w[e];
      }
    }
    int rest = persons - fixed;
    int assigned = 0;
    for (int e = 0; e < count; e++) {
      if (h[e] == 0) {
        h[e] = Math.max(1, (int) Math.floor(rest * w[e] / total));
        assigned += h[e];
      }
    }
    // Largest employers absorb the rounding difference, one person each.
    for (int e = 0; assigned != rest; e = (e + 1) % count) {
      if (w[e] > 20 || count < 50) {
        int step = assigned < rest ? 1 : (h[e] > 1 ? -1 : 0);
        h[e] += step;
        assigned += step;
      }
    }
    return h;
  }

  private void assignSizes() {
    Integer[] order = new Integer[count];
    for (int e = 0; e < count; e++) {
      order[e] = e;
    }
    Arrays.sort(
        order, (a, b) -> headcount[b] != headcount[a] ? headcount[b] - headcount[a] : a - b);
    for (int rank = 0; rank < count; rank++) {
      double q = rank / (double) count;
      size[order[rank]] =
          q < 0.015
              ? Vocabulary.Size.LARGE
              : q < 0.09
                  ? Vocabulary.Size.MEDIUM
                  : q < 0.45 ? Vocabulary.Size.SMALL : Vocabulary.Size.MICRO;
    }
    size[RED_LAYOFF] = Vocabulary.Size.LARGE;
    size[YELLOW_LAYOFF] = Vocabulary.Size.MEDIUM;
  }

  /** 91 (enterprise) + area 500118 + organisation code "MA" + a bijection of the index. */
  private static String creditCode(SplittableRandom r, int e) {
    StringBuilder sb =
        new StringBuilder(18).append("91500118MA").append("345".charAt(r.nextInt(3)));
    appendBase31(sb, (e * 387_420_489L + 12_345) % 887_503_681L, 6);
    return sb.append(CreditCode.checkCharacter(sb)).toString();
  }

  /** {@code digits} characters of {@code value} in base 31 over the credit-code alphabet. */
  static void appendBase31(StringBuilder sb, long value, int digits) {
    char[] c = new char[digits];
    for (int i = digits - 1; i >= 0; i--) {
      c[i] = CreditCode.ALPHABET.charAt((int) (value % 31));
      value /= 31;
    }
    sb.append(c);
  }
}
