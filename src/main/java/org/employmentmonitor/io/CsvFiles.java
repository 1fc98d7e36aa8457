package org.employmentmonitor.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.Path;

/**
 * CSV files for people (SPEC 6): UTF-8 with a BOM so that Excel shows the Chinese correctly, CRLF
 * line ends, RFC 4180 quoting, and formula injection neutralised: a text cell that starts with
 * {@code = + - @}, a tab or a CR gets a leading apostrophe. Plain numbers (also negative ones such
 * as {@code -12}) are left alone: Excel reads them as numbers, never as formulas.
 */
public final class CsvFiles {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private CsvFiles() {}

  /** Writes header and rows to {@code path} through Hadoop's FileSystem. */
  public static void write(HadoopFs fs, Path path, List<String> header, List<List<String>> rows)
      throws IOException {
    fs.write(path, toBytes(header, rows));
  }

  public static byte[] toBytes(List<String> header, List<List<String>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(BOM);
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, format)) {
      p.printRecord(header.stream().map(CsvFiles::neutralise).toList());
      for (List<String> row : rows) {
        p.printRecord(row.stream().map(CsvFiles::neutralise).toList());
      }
    }
    return out.toByteArray();
  }

  /** The cell as written: formula-like text is made inert (OWASP CSV injection). */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    if (risky && !PLAIN_NUMBER.matcher(cell).matches()) {
      return "'" + cell;
    }
    return cell;
  }
}
