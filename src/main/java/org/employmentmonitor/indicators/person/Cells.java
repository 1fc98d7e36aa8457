package org.employmentmonitor.indicators.person;

import java.util.HashMap;
import java.util.Map;
import org.employmentmonitor.model.Scope;

/**
 * Counts per indicator cell, summed over the persons of a partition (a combiner: a task emits one
 * row per cell it touched, not one per person and month).
 */
public final class Cells {
  /** The numerator part of a cell (the whole value of a count); {@code NUM} is this. */
  public static final String NUM = "N";

  /** The denominator part of a ratio's cell. */
  public static final String DEN = "D";

  /** One cell and part of an indicator at a month-end. */
  public record Key(String id, int m, Scope scope, String key, String part) {
    /**
     * Mixed, not the record's default: ids, months and town codes that differ in one character or
     * by one collided often enough to turn HashMap bins into trees (measured, issue 16).
     */
    @Override
    public int hashCode() {
      int h = java.util.Objects.hashCode(id);
      h = h * 0x9E3779B1 + m;
      h = h * 0x9E3779B1 + (scope == null ? -1 : scope.ordinal());
      h = h * 0x9E3779B1 + java.util.Objects.hashCode(key);
      h = h * 0x9E3779B1 + java.util.Objects.hashCode(part);
      return h ^ (h >>> 16);
    }
  }

  private final Map<Key, long[]> counts = new HashMap<>();

  public void add(String id, int m, Scope scope, String key, String part, long n) {
    counts.computeIfAbsent(new Key(id, m, scope, key, part), k -> new long[1])[0] += n;
  }

  /** +1 to the numerator of a cell. */
  public void count(String id, int m, Scope scope, String key) {
    add(id, m, scope, key, NUM, 1);
  }

  public void countDistrict(String id, int m) {
    add(id, m, Scope.DISTRICT, "", NUM, 1);
  }

  public Map<Key, long[]> counts() {
    return counts;
  }

  /** The count of a cell (tests). */
  public long get(String id, int m, Scope scope, String key, String part) {
    long[] v = counts.get(new Key(id, m, scope, key, part));
    return v == null ? 0 : v[0];
  }

  public long get(String id, int m, Scope scope, String key) {
    return get(id, m, scope, key, NUM);
  }
}
