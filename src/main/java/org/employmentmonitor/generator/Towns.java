package org.employmentmonitor.generator;

import java.util.SplittableRandom;

/** Yongchuan's 7 街道 and 16 镇 (reference/towns.csv); streets carry most of the population. */
final class Towns {
  static final String[] CODE = {
    "500118001", "500118002", "500118003", "500118004", "500118005", "500118006", "500118007",
    "500118100", "500118101", "500118102", "500118103", "500118104", "500118105", "500118106",
    "500118107", "500118108", "500118109", "500118110", "500118111", "500118112", "500118113",
    "500118114", "500118115"
  };
  static final String[] NAME = {
    "中山路街道", "胜利路街道", "南大街街道", "茶山竹海街道", "大安街道", "陈食街道", "卫星湖街道", "青峰镇", "金龙镇", "临江镇", "何埂镇", "松溉镇",
    "仙龙镇", "吉安镇", "五间镇", "来苏镇", "宝峰镇", "双石镇", "红炉镇", "永荣镇", "三教镇", "板桥镇", "朱沱镇"
  };
  static final int STREETS = 7;
  static final int COUNT = CODE.length;

  /** Residents: the three central streets are the largest; towns a fraction of a street. */
  static final double[] RESIDENTS = {
    14, 13, 12, 6, 5, 4, 7, 2.2, 2.4, 2.6, 2.0, 2.2, 2.4, 2.0, 1.8, 2.6, 2.0, 1.6, 1.9, 1.8, 2.1,
    1.7, 2.6
  };

  /** Employers: concentrated in the central streets and the industrial park streets. */
  static final double[] EMPLOYERS = {
    15, 14, 12, 5, 6, 5, 10, 1.6, 2.0, 2.4, 1.4, 1.8, 2.2, 1.6, 1.3, 2.4, 1.6, 1.4, 1.5, 1.6, 2.0,
    1.3, 2.4
  };

  /** Town of the RED layoff employer: a small town (its insured count drops too). */
  static final int LAYOFF_RED_TOWN = 17;

  /** Town of the YELLOW layoff employer: the largest street, which absorbs the drop. */
  static final int LAYOFF_YELLOW_TOWN = 0;

  private Towns() {}

  static int pickResident(SplittableRandom r) {
    return Rng.pick(r, RESIDENTS);
  }

  static String kind(int town) {
    return town < STREETS ? "STREET" : "TOWN";
  }
}
