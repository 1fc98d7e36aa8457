package org.employmentmonitor.ingest.schema;

/**
 * What a {@link RowRule} sees of a row after every column has been validated on its own: the typed
 * values and the per-column problems, and the two ways to act on them.
 */
public interface RowView {
  /** The typed value of a column; null when empty, absent from the header, or broken. */
  Object value(String column);

  /** True when the column is absent from the header or its cell is empty. */
  boolean isEmpty(String column);

  /** The problem column-level validation found in a non-empty cell, or null. */
  Issue problem(String column);

  /** Quarantines the row with this reason (the first call wins). */
  void quarantine(Issue reason, String column, String detail);

  /** Keeps the row and records a warning; with {@code nullify} the column's value is dropped. */
  void warn(Issue code, String column, String detail, boolean nullify);
}
