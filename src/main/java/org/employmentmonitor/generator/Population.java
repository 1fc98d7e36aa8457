package org.employmentmonitor.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Every person of one generation: the segment layout and each person's fixed core (birth date, sex,
 * birthplace area, residence town, ID sequence). The core is computed once, in index order, so that
 * ID numbers are unique (the sequence counts persons per area, sex and birth date); the rest of a
 * life is regenerated on demand from the person's own stream.
 */
final class Population {
  /** Birthplace area codes (digits 1–6): old Yongchuan codes dominate for older persons. */
  static final String[] AREAS = {
    "500383", "510283", "500118", "500151", "500152", "500153", "500106", "500226", "500228",
    "500230", "500231", "500233", "500235", "500236", "500240", "510502", "510521", "511025",
    "522101", "500243"
  };

  private static final double[] AREA_WEIGHT = {
    40, 18, 12, 3, 3, 3, 2, 2, 2, 1.5, 1.5, 1.5, 1.5, 1.5, 1, 1.5, 1.5, 1, 0.5, 1
  };
  private static final int MIN_DAY = (int) LocalDate.of(1935, 1, 1).toEpochDay();
  private static final int DAYS = (int) LocalDate.of(2006, 1, 1).toEpochDay() - MIN_DAY;

  /**
   * The flows of the range 2019-10 .. 2020-12 the segment sizes were first tuned on: a flow
   * segment's size is its tuned size times the range's weight over this one.
   */
  private static final double FLOW_2019_10_TO_2020_12 = 14.7;

  final long seed;
  final Scale scale;
  final Months months;

  /** The day ages are drawn at: the first day of the range. */
  final int referenceDay;

  private final int[] start = new int[Segment.values().length + 1];
  final int householdCount;
  final int zeroHouseholdCount;

  /** Sets of designed zero-employment households per year (one per ten districts' flow). */
  final int zeroHouseholdSets;

  /** Graduates per cohort (graduation year) and leftover rows of the cohort before. */
  final int cohortSize;

  final int leftoverSize;
  final int[] cohorts;
  private final int[] birthDay;
  private final byte[] area;
  private final byte[] town;
  private final short[] seq;

  Population(long seed, Scale scale, Months months) {
    this.seed = seed;
    this.scale = scale;
    this.months = months;
    this.referenceDay = months.firstDay(0);
    this.cohorts = months.cohorts();
    householdCount = scale.count(550, 6);
    zeroHouseholdSets = Math.max(1, (int) Math.round(scale.flow));
    zeroHouseholdCount = ZeroHouseholds.DESIGNS * zeroHouseholdSets * months.years().length;
    cohortSize = scale.count(1_300, 30);
    leftoverSize = scale.count(60, 3);
    double flow = Months.sum(months.flows()) / FLOW_2019_10_TO_2020_12;
    int initial = (int) Math.round(scale.insured * 0.915);
    int[] size = {
      initial,
      (int)
          Math.round(
              scale.insured
                  * InsuredLives.ENTRANT_SHARE_PER_WEIGHT
                  * Months.sum(InsuredLives.entrantWeights(months))),
      scale.count((int) Math.round(19_000 * flow), 40),
      scale.count(
          (int)
              Math.round(
                  RegistrantLives.UNEMPLOYED_PER_WEIGHT
                      * Months.sum(RegistrantLives.unemployedInflow(months))),
          30),
      scale.count((int) Math.round(10_000 * flow), 20),
      scale.count((int) Math.round(1_900 * flow), 10),
      householdCount * Households.SLOTS,
      zeroHouseholdCount * ZeroHouseholds.SLOTS,
      cohortSize * cohorts.length,
      leftoverSize * cohorts.length,
      scale.count(
          (int)
              Math.round(
                  TrainingWriter.TRAINEES_PER_WEIGHT
                      * Months.sum(TrainingWriter.startWeights(months))),
          20)
    };
    for (int s = 0; s < size.length; s++) {
      start[s + 1] = start[s] + size[s];
    }
    int n = start[size.length];
    birthDay = new int[n];
    area = new byte[n];
    town = new byte[n];
    seq = new short[n];
    assignCores(n);
  }

  /** The graduation year of a GRADUATE (or, for a GRADUATE_LEFTOVER, the ledger's year). */
  int cohort(int person) {
    Segment s = segment(person);
    int size = s == Segment.GRADUATE ? cohortSize : leftoverSize;
    return cohorts[(person - start(s)) / size];
  }

  int size() {
    return birthDay.length;
  }

  int start(Segment s) {
    return start[s.ordinal()];
  }

  int count(Segment s) {
    return start[s.ordinal() + 1] - start[s.ordinal()];
  }

  Segment segment(int person) {
    Segment[] all = Segment.values();
    for (int s = all.length - 1; s >= 0; s--) {
      if (person >= start[s]) {
        return all[s];
      }
    }
    throw new IllegalArgumentException("person " + person);
  }

  int birthDay(int person) {
    return birthDay[person];
  }

  boolean male(int person) {
    return (seq[person] & 1) == 1;
  }

  int town(int person) {
    return town[person];
  }

  /** Age in whole years on an epoch day. */
  int age(int person, int day) {
    LocalDate b = LocalDate.ofEpochDay(birthDay[person]);
    LocalDate d = LocalDate.ofEpochDay(day);
    int years = d.getYear() - b.getYear();
    if (d.getDayOfYear() < b.getDayOfYear()) {
      years--;
    }
    return years;
  }

  /** The canonical 18-character ID number (GB 11643-1999). */
  String idNumber(int person) {
    StringBuilder sb = new StringBuilder(18);
    appendFirst17(sb, person);
    sb.append(org.employmentmonitor.ingest.id.IdNumber.checkCharacter(sb));
    return sb.toString();
  }

  /** The 15-digit legacy form, or null when the person was not born in the 1900s. */
  String legacyIdNumber(int person) {
    StringBuilder sb = new StringBuilder(17);
    appendFirst17(sb, person);
    if (sb.charAt(6) != '1' || sb.charAt(7) != '9') {
      return null;
    }
    return sb.substring(0, 6) + sb.substring(8, 17);
  }

  private void appendFirst17(StringBuilder sb, int person) {
    sb.append(AREAS[area[person]]);
    Text.appendDate(sb, birthDay[person]);
    int s = seq[person];
    sb.append((char) ('0' + s / 100)).append((char) ('0' + s / 10 % 10));
    sb.append((char) ('0' + s % 10));
  }

  private void assignCores(int n) {
    int[] used = new int[AREAS.length * 2 * DAYS];
    int[] core = new int[3];
    for (int i = 0; i < n; i++) {
      SplittableRandom r = Rng.of(seed, Rng.Purpose.CORE, i);
      Cores.draw(this, i, r, core);
      boolean male = core[0] == 1;
      int day = core[1];
      int a = Rng.pick(r, AREA_WEIGHT);
      for (; ; day++) {
        int offset = Math.max(0, Math.min(DAYS - 1, day - MIN_DAY));
        int cell = ((a * 2 + (male ? 1 : 0)) * DAYS) + offset;
        if (used[cell] < 500) {
          int base = 2 * (int) ((Rng.mix(cell * 31L + seed) >>> 33) % 500);
          seq[i] = (short) ((base + 2 * used[cell]++) % 1000 + (male ? 1 : 0));
          break;
        }
      }
      birthDay[i] = day;
      area[i] = (byte) a;
      town[i] = (byte) core[2];
    }
  }
}
