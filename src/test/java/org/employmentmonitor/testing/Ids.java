package org.employmentmonitor.testing;

import org.employmentmonitor.ingest.id.CreditCode;
import org.employmentmonitor.ingest.id.IdNumber;

/** Valid identifiers for fixtures: deterministic, distinct per index. */
public final class Ids {
  private Ids() {}

  /** A valid ID number of a man born on {@code yyyymmdd}, sequence {@code n} (0..99). */
  public static String person(String yyyymmdd, int n, boolean male) {
    String first17 =
        "500118"
            + yyyymmdd
            + String.format("%02d", n % 100)
            + (male ? (n / 100) % 5 * 2 + 1 : (n / 100) % 5 * 2);
    return first17 + IdNumber.checkCharacter(first17);
  }

  /** A valid ID number of a man born on 1 January 1980 (n up to 499). */
  public static String person(int n) {
    return person("19800101", n, true);
  }

  /** A valid unified social credit code, distinct per {@code n}. */
  public static String employer(int n) {
    String first17 = "91500118MA" + String.format("%07d", n);
    return first17 + CreditCode.checkCharacter(first17);
  }
}
