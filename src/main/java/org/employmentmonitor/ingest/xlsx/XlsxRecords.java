package org.employmentmonitor.ingest.xlsx;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.employmentmonitor.ingest.csv.Records;

/**
 * The first sheet of an .xlsx workbook as records of text, by SPEC 9 ("Reading: .xlsx"): the first
 * non-empty row is the header, a row's line is its sheet row number, rows whose cells are all empty
 * are blank lines. Cells become text as a clerk would have typed them: a text cell as is, an
 * integral number as plain digits (an ID typed as a number, {@code 5.00118E+17}, becomes {@code
 * 500118197804171000} and fails its check), another number as its decimal without exponent, a date
 * cell as {@code yyyy-MM-dd} ({@code yyyy-MM} in a month column), a boolean as {@code true}/{@code
 * false}. Missing trailing cells are empty; a value beyond the header makes the row malformed.
 *
 * <p>The sheet is streamed (fastexcel-reader, StAX): memory stays bounded whatever the number of
 * rows. The workbook is read from a local file (a zip needs random access); a file on HDFS or S3 is
 * first copied to a local temporary file by the caller.
 */
public final class XlsxRecords implements Records {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final int maxFields;
  private final int maxChars;
  private Set<Integer> monthFields = Set.of();
  private int expectedWidth = -1;
  private int width = -1;

  private final List<String> fields = new ArrayList<>();
  private long line;
  private String malformation;

  /**
   * @param maxFields cells beyond this are not read (a hostile sheet of a million columns)
   * @param maxChars a record whose text is longer than this is cut off and malformed
   */
  public XlsxRecords(File file, int maxFields, int maxChars) throws IOException {
    this.workbook = new ReadableWorkbook(file, new ReadingOptions(true, false));
    this.stream = workbook.getFirstSheet().openStream();
    this.rows = stream.iterator();
    this.maxFields = maxFields;
    this.maxChars = maxChars;
  }

  /**
   * The width of the header the driver's probe saw (the records after the header have that many
   * fields) and the fields of month columns, whose date cells read as {@code yyyy-MM}.
   */
  public XlsxRecords withHeader(int headerSize, Set<Integer> monthFields) {
    this.expectedWidth = headerSize;
    this.monthFields = monthFields;
    return this;
  }

  @Override
  public boolean next() throws IOException {
    while (true) {
      Row row;
      try {
        if (!rows.hasNext()) {
          return false;
        }
        row = rows.next();
      } catch (RuntimeException e) {
        throw new IOException("the sheet cannot be read: " + e.getMessage(), e);
      }
      if (read(row)) {
        return true;
      }
    }
  }

  /** Reads a row into the fields; false for a row whose cells are all empty. */
  private boolean read(Row row) {
    fields.clear();
    malformation = null;
    line = row.getRowNum();
    int cells = row.getCellCount();
    int lastValue = -1;
    long chars = 0;
    for (int i = 0; i < cells; i++) {
      Cell c = row.getCell(i);
      String v = c == null ? "" : text(c, monthFields.contains(i));
      if (!v.isEmpty()) {
        lastValue = i;
        chars += v.length();
      }
      if (i < maxFields) {
        fields.add(v);
      }
    }
    if (lastValue < 0) {
      return false;
    }
    if (lastValue >= maxFields) {
      malformation = "record with more than " + maxFields + " fields (cut off)";
    } else if (chars > maxChars) {
      malformation = "record longer than " + maxChars + " characters (cut off)";
    }
    if (width < 0) {
      // The header: as wide as its last non-empty cell.
      while (fields.size() > lastValue + 1) {
        fields.remove(fields.size() - 1);
      }
      width = expectedWidth >= 0 ? expectedWidth : fields.size();
      return true;
    }
    if (lastValue >= width && malformation == null) {
      malformation =
          "a value in column "
              + (lastValue + 1)
              + " (cell "
              + columnName(lastValue)
              + line
              + ") beyond the header's "
              + width
              + " columns";
    }
    while (fields.size() < width) {
      fields.add("");
    }
    while (fields.size() > width) {
      fields.remove(fields.size() - 1);
    }
    return true;
  }

  /** A cell as text by SPEC 9. */
  static String text(Cell c, boolean monthColumn) {
    CellType type = c.getType();
    String raw = c.getRawValue();
    switch (type) {
      case EMPTY:
        return "";
      case BOOLEAN:
        return Boolean.TRUE.equals(c.asBoolean()) ? "true" : "false";
      case NUMBER:
        if (raw == null || raw.isEmpty()) {
          return "";
        }
        if (isDateFormat(c.getDataFormatId(), c.getDataFormatString())) {
          LocalDateTime d = c.asDate();
          return d.format(monthColumn ? MONTH : DAY);
        }
        return number(raw);
      case STRING:
        return c.asString() == null ? "" : c.asString();
      default:
        // Formulas keep their cached value; errors (#N/A) stay as written and fail validation.
        return raw == null ? "" : raw;
    }
  }

  /**
   * A number cell by SPEC 9: the cell holds a double; an integral one as the plain digits of its
   * exact value (5.00118197804171E+17 becomes 500118197804171008), another as its shortest
   * round-trip decimal without exponent.
   */
  static String number(String raw) {
    double d;
    try {
      d = Double.parseDouble(raw.trim());
    } catch (NumberFormatException e) {
      return raw;
    }
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      return raw;
    }
    if (d == Math.rint(d)) {
      return new BigDecimal(d).toBigInteger().toString();
    }
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  /**
   * Excel's built-in date formats (14–22, 45–47; 27–36 and 50–58 in East Asian locales) or a custom
   * format that shows a year, month or day (letters y, m, d outside quotes and brackets).
   */
  static boolean isDateFormat(Integer id, String format) {
    if (id != null
        && ((id >= 14 && id <= 22)
            || (id >= 27 && id <= 36)
            || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char ch = format.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == '[') {
        bracket = true;
      } else if (ch == ']') {
        bracket = false;
      } else if (ch == '\\') {
        i++;
      } else if (!quoted && !bracket && "yYdD".indexOf(ch) >= 0) {
        return true;
      } else if (!quoted && !bracket && (ch == 'm' || ch == 'M') && !format.contains("h")) {
        return true;
      }
    }
    return false;
  }

  static String columnName(int index) {
    StringBuilder sb = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      sb.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return sb.toString();
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public int size() {
    return fields.size();
  }

  @Override
  public String field(int i) {
    return fields.get(i);
  }

  @Override
  public String malformation() {
    return malformation;
  }

  @Override
  public String rawText(int maxChars) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size() && sb.length() < maxChars; i++) {
      if (i > 0) {
        sb.append(',');
      }
      Records.appendField(sb, fields.get(i), false);
    }
    return Records.cut(sb, maxChars);
  }

  @Override
  public void close() throws IOException {
    stream.close();
    workbook.close();
  }
}
