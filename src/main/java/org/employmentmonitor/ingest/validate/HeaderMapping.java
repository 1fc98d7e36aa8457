package org.employmentmonitor.ingest.validate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.employmentmonitor.ingest.schema.Column;
import org.employmentmonitor.ingest.schema.Extract;

/**
 * Which field of a file holds which declared column (SPEC 2, 9): a header cell matches a column's
 * canonical name case-insensitively or its Chinese alias exactly; column order is free; unknown
 * columns are ignored; when a column appears twice the first one is used.
 */
public final class HeaderMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int[] fieldOfColumn;
  private final int headerSize;
  private final List<String> missingRequired;
  private final List<String> ignored;

  private HeaderMapping(
      int[] fieldOfColumn, int headerSize, List<String> missingRequired, List<String> ignored) {
    this.fieldOfColumn = fieldOfColumn;
    this.headerSize = headerSize;
    this.missingRequired = missingRequired;
    this.ignored = ignored;
  }

  public static HeaderMapping resolve(Extract extract, List<String> header) {
    List<Column> columns = extract.columns();
    int[] fieldOf = new int[columns.size()];
    Arrays.fill(fieldOf, -1);
    List<String> ignored = new ArrayList<>();
    for (int f = 0; f < header.size(); f++) {
      String cell = Normalizer.clean(header.get(f));
      int col = match(columns, cell);
      if (col < 0) {
        ignored.add(cell);
      } else if (fieldOf[col] < 0) {
        fieldOf[col] = f;
      }
    }
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (fieldOf[c] < 0 && columns.get(c).isRequired()) {
        missing.add(columns.get(c).name() + " (" + columns.get(c).alias() + ")");
      }
    }
    return new HeaderMapping(fieldOf, header.size(), List.copyOf(missing), List.copyOf(ignored));
  }

  private static int match(List<Column> columns, String cell) {
    String lower = cell.toLowerCase(Locale.ROOT);
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      if (col.name().equals(lower) || col.alias().equals(cell)) {
        return c;
      }
    }
    return -1;
  }

  /** The field index holding declared column {@code c}, or -1 when the file lacks it. */
  public int field(int c) {
    return fieldOfColumn[c];
  }

  /** Number of fields in the header: a record with another count is MALFORMED_ROW. */
  public int headerSize() {
    return headerSize;
  }

  /** Required columns the header lacks, "name (alias)": non-empty means an input error. */
  public List<String> missingRequired() {
    return missingRequired;
  }

  /** Header cells that matched no column (ignored, listed in the log). */
  public List<String> ignoredColumns() {
    return ignored;
  }
}
