package org.employmentmonitor.generator;

import java.util.SplittableRandom;

/**
 * Deterministic random streams. Every person, employer, posting, training record or file draws from
 * its own stream seeded from (seed, purpose, index), so the output never depends on which thread
 * generated what, nor in which order.
 */
final class Rng {
  /** What a stream is for; the ordinal is part of the stream's seed (append, never reorder). */
  enum Purpose {
    CORE,
    LIFE,
    HOUSEHOLD,
    EMPLOYER,
    TRAINING,
    POSTING,
    LOAN,
    ENTITY,
    FORMAT,
    ERRORS,
    NAME,
    GRADUATE
  }

  private Rng() {}

  static SplittableRandom of(long seed, Purpose purpose, long index) {
    long z = mix(seed + 0x9E3779B97F4A7C15L * (purpose.ordinal() + 1));
    return new SplittableRandom(mix(z ^ mix(index + 0x632BE59BD9B4E019L)));
  }

  /** A stable pseudo-random number in [0, 1) for a key, without creating a stream. */
  static double unit(long seed, Purpose purpose, long key) {
    long z = mix(mix(seed ^ (purpose.ordinal() * 0xD1B54A32D192ED03L)) + key);
    return (z >>> 11) * 0x1.0p-53;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Index drawn from unnormalised weights. */
  static int pick(SplittableRandom r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
