package org.employmentmonitor.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A lenient RFC 4180 reader for the tests: decodes UTF-8 (BOM or not) or GB18030, gunzips .csv.gz,
 * and returns every record with the physical line it starts on (header = line 1), malformed ones
 * included.
 */
final class TestCsv {
  /** {@code broken}: text after a closing quote, or a quote left open at end of file. */
  record Rec(int line, List<String> fields, boolean broken) {}

  private TestCsv() {}

  static String text(Path file) throws IOException {
    byte[] raw;
    try (InputStream in = Files.newInputStream(file)) {
      raw =
          file.toString().endsWith(".gz")
              ? new GZIPInputStream(in).readAllBytes()
              : in.readAllBytes();
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(raw))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return new String(raw, FileFormat.GBK);
    }
  }

  static List<Rec> read(Path file) throws IOException {
    String s = text(file);
    List<Rec> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < s.length()) {
      int start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      boolean closed = false;
      boolean broken = false;
      boolean end = false;
      while (i < s.length() && !end) {
        char c = s.charAt(i++);
        if (quoted) {
          if (c == '"' && i < s.length() && s.charAt(i) == '"') {
            f.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
            closed = true;
          } else {
            f.append(c);
            line += c == '\n' ? 1 : 0;
          }
        } else if (c == '"' && f.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          fields.add(f.toString());
          f.setLength(0);
          closed = false;
        } else if (c == '\n') {
          line++;
          end = true;
        } else if (c != '\r') {
          broken |= closed;
          f.append(c);
        }
      }
      fields.add(f.toString());
      out.add(new Rec(start, fields, broken || quoted));
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
