package org.employmentmonitor.generator;

import java.util.Locale;

/**
 * The knobs of one scale. {@code insured} is the number of persons in the social-insurance extract;
 * {@code flow} multiplies every other population and flow (registrations, training, postings,
 * loans, entities, graduates), 1.0 being a real district's size.
 */
public enum Scale {
  /** The committed demo: a district's flows, insurance for a subset of the insured only. */
  SAMPLE(27_000, 1_500, 1.0, false, true),
  /** A whole district: ≈300 k insured, ≈9 M insurance rows, ≈1.1 GB of plain CSV. */
  DISTRICT(325_000, 12_000, 1.0, true, false),
  /** Ten districts' worth: ≈90 M insurance rows; streams with bounded memory. */
  CITY(3_250_000, 120_000, 10.0, true, false),
  /** Hidden: a few hundred persons for unit tests. */
  TINY(500, 40, 0.02, false, false);

  final int insured;
  final int employers;
  final double flow;

  /** True: about two insurance types per person-month; false: mostly one. */
  final boolean manyTypes;

  /** True: the big extracts are written as .csv.gz (the committed sample must fit in git). */
  final boolean gzipBig;

  Scale(int insured, int employers, double flow, boolean manyTypes, boolean gzipBig) {
    this.insured = insured;
    this.employers = employers;
    this.flow = flow;
    this.manyTypes = manyTypes;
    this.gzipBig = gzipBig;
  }

  /** A district-sized count times the flow multiplier, at least {@code min}. */
  int count(int districtCount, int min) {
    return Math.max(min, (int) Math.round(districtCount * flow));
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Scale parse(String value) {
    for (Scale s : values()) {
      if (s.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("--scale must be sample, district or city, not " + value);
  }
}
