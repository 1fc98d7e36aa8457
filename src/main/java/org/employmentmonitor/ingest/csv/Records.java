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

  /**
   * Appends a field to a record's raw text: quoted (its quotes doubled) when {@code quoted} or when
   * it holds a comma, quote or newline, as is otherwise.
   */
  static void appendField(StringBuilder sb, String f, boolean quoted) {
    if (quoted || f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
      sb.append('"').append(f.replace("\"", "\"\"")).append('"');
    } else {
      sb.append(f);
    }
  }

  /** A record's raw text cut at {@code maxChars}, marked " …" when cut. */
  static String cut(StringBuilder sb, int maxChars) {
    return sb.length() > maxChars ? sb.substring(0, maxChars) + " …" : sb.toString();
  }

  /** NUL characters removed from the current record (issue 18: a warning, the row stays). */
  default int nulsStripped() {
    return 0;
  }
}
