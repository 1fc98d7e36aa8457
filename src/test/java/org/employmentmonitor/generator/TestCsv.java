package org.employmentmonitor.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.ingest.csv.CsvRecordReader;

/**
 * The generator's files as the product reads them: ingest's own RFC 4180 reader ({@link
 * CsvRecordReader}, physical line numbers, malformed records flagged) after its encoding detection
 * (UTF-8 with or without BOM, else GB18030), over gunzipped .csv.gz — the tests' one CSV reader
 * (issue 15), not a third hand-written one. Blank lines are no records, as in SPEC 9.
 */
final class TestCsv {
  /** {@code broken}: the reader found the record malformed (text after a closing quote, …). */
  record Rec(int line, List<String> fields, boolean broken) {}

  private TestCsv() {}

  static List<Rec> read(Path file) throws IOException {
    List<Rec> out = new ArrayList<>();
    try (CsvRecordReader r =
        new CsvRecordReader(Reshape.open(file), Reshape.charset(file), Integer.MAX_VALUE)) {
      while (r.next()) {
        List<String> fields = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
          fields.add(r.field(i));
        }
        out.add(new Rec((int) r.line(), fields, r.malformation() != null));
      }
    }
    return out;
  }

  /** Trimmed (ASCII spaces, U+3000, NBSP), full-width folded, upper-cased. */
  static String normal(String v) {
    StringBuilder sb = new StringBuilder();
    for (char c : v.toCharArray()) {
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c = (char) (c - 0xFF01 + 0x21);
      }
      sb.append(c);
    }
    return sb.toString()
        .replaceAll("^[\\s\u3000\u00A0\uFEFF]+|[\\s\u3000\u00A0\uFEFF]+$", "")
        .toUpperCase();
  }
}
