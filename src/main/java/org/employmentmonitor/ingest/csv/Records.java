package org.employmentmonitor.ingest.csv;

import java.io.Closeable;
import java.io.IOException;

/**
 * A delivered file as a sequence of records of text fields, whatever its format (CSV, .xlsx): what
 * the validator reads. Line numbers are the file's own (SPEC 9: the physical line where a CSV
 * record starts, the sheet row of an .xlsx row; the header is line 1 of a CSV).
 */
public interface Records extends Closeable {
  /**
   * Advances to the next record that is not blank.
   *
   * @return false at the end of the input
   */
  boolean next() throws IOException;

  /** Line (or sheet row) where the current record starts. */
  long line();

  /** Number of fields of the current record. */
  int size();

  /** The text of field {@code i}, untrimmed. */
  String field(int i);

  /** Why the current record is malformed, or null. */
  String malformation();

  /** The record as text for the quarantine, cut at {@code maxChars}. */
  String rawText(int maxChars);

  /** NUL characters removed from the current record (issue 18: a warning, the row stays). */
  default int nulsStripped() {
    return 0;
  }
}
