package org.employmentmonitor.generator;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Streams one RFC 4180 CSV file in a {@link FileFormat}: header in canonical or Chinese names,
 * columns in canonical or shuffled order (plus an unknown column), quoting only where needed, LF or
 * CRLF. Tracks the physical line on which the next record starts (header = line 1), so deliberately
 * bad rows can be catalogued by line.
 */
final class CsvSink implements Closeable {
  private final Writer out;
  private final String eol;
  private final int[] order;
  private final int extraAt;
  private final StringBuilder sb = new StringBuilder(256);
  private int line = 1;
  private long records;

  CsvSink(Path file, Extract extract, FileFormat format, SplittableRandom layout) {
    try {
      OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      if (format.gzip()) {
        os = new GZIPOutputStream(os, 1 << 16);
      }
      out = new OutputStreamWriter(os, format.charset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    eol = format.crlf() ? "\r\n" : "\n";
    int n = extract.width();
    order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (format.shuffled()) {
      for (int i = n - 1; i > 0; i--) {
        int j = layout.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    extraAt = format.extraColumn() == null ? -1 : layout.nextInt(n + 1);
    if (format.bom()) {
      try {
        out.write('\uFEFF');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String[] names = format.chineseHeader() ? extract.aliases : extract.columns;
    String[] header = new String[n];
    System.arraycopy(names, 0, header, 0, n);
    write(join(header, format.extraColumn()));
  }

  /** Physical line number on which the next record starts. */
  int line() {
    return line;
  }

  /** A record given in canonical column order. */
  void record(String[] fields) {
    write(text(fields));
  }

  /** The text of a record (canonical column order in, file order out), without line end. */
  String text(String[] fields) {
    return join(fields, extraAt < 0 ? null : "");
  }

  /** A record written verbatim (a deliberately malformed one); {@code text} has no line end. */
  void raw(String text) {
    write(text);
  }

  /** The record as it would be written, without the line end. */
  String join(String[] fields, String extra) {
    sb.setLength(0);
    for (int k = 0, c = 0; k < order.length + (extra == null ? 0 : 1); k++) {
      if (k > 0) {
        sb.append(',');
      }
      if (k == extraAt && extra != null) {
        appendField(sb, extra);
      } else {
        appendField(sb, fields[order[c++]]);
      }
    }
    return sb.toString();
  }

  static void appendField(StringBuilder sb, String v) {
    if (v == null || v.isEmpty()) {
      return;
    }
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      sb.append(v);
      return;
    }
    sb.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  private void write(String text) {
    try {
      out.write(text);
      out.write(eol);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    line++;
    records++;
  }

  /** Ends the file; {@code unterminated} (may be null) is a last record left without line end. */
  void close(String unterminated) {
    try {
      if (unterminated != null) {
        out.write(unterminated);
        records++;
      }
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    close(null);
  }
}
