package org.employmentmonitor.incremental;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.employmentmonitor.ingest.schema.Column;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;

/**
 * A delivered UTF-8 extract (CSV or CSV.gz) opened for a correction, as a data clerk would make it
 * at source: rows withdrawn, values changed, rows appended. Columns are named by their canonical
 * names whatever header the file has (canonical or Chinese, any order, SPEC 2.2). Only "clean"
 * lines are offered for editing: a record on one physical line, without quotes, with the header's
 * number of fields, and not one of the sample's deliberately quarantined rows ({@code
 * sample-data/deliberate_errors.csv}); so every row withdrawn was an accepted row and every row
 * changed stays a valid one, and the test can say exactly how the accepted count must move. Every
 * other line keeps its bytes.
 *
 * <p>{@link #writeTo} replaces the file: the old one is deleted first, never written in place,
 * because input files are hard links to the committed sample.
 */
final class ExtractEdit {
  private final Extract extract;
  private final boolean bom;
  private final List<String> header;
  private final String lineEnd;
  private final boolean finalLineEnd;
  private final List<String> raw = new ArrayList<>();
  private final List<String[]> fields = new ArrayList<>();
  private final List<Integer> clean = new ArrayList<>();
  private final Set<Integer> dropped = new HashSet<>();
  private final List<String> appended = new ArrayList<>();

  private ExtractEdit(String source, String text, Set<Integer> quarantinedLines) {
    extract = Extracts.byName(source);
    bom = text.startsWith("\uFEFF");
    String body = bom ? text.substring(1) : text;
    lineEnd = body.contains("\r\n") ? "\r\n" : "\n";
    finalLineEnd = body.endsWith(lineEnd);
    String[] lines = body.split(lineEnd, -1);
    int count = finalLineEnd ? lines.length - 1 : lines.length;
    header = List.of(lines[0].split(",", -1));
    boolean open = false;
    for (int i = 1; i < count; i++) {
      String l = lines[i];
      int quotes = (int) l.chars().filter(c -> c == '"').count();
      String[] f = l.split(",", -1);
      boolean isClean =
          !open
              && quotes == 0
              && f.length == header.size()
              && !quarantinedLines.contains(i + 1) // physical line numbers: the header is line 1
              && !l.isBlank();
      raw.add(l);
      fields.add(f);
      if (isClean) {
        clean.add(raw.size() - 1);
      }
      if (quotes % 2 == 1) {
        open = !open;
      }
    }
  }

  /** Opens {@code file} of {@code month} in the input folder; {@code source} names its schema. */
  static ExtractEdit open(Path input, String month, String fileName, String source) {
    Path file = input.resolve(month).resolve(fileName);
    Set<Integer> quarantined = new HashSet<>();
    try {
      for (String l : Files.readAllLines(SampleDelivery.SAMPLE.resolve("deliberate_errors.csv"))) {
        String[] f = l.split(",", 4);
        if (f.length >= 3 && f[0].equals(month + "/" + fileName) && f[2].equals("QUARANTINED")) {
          quarantined.add(Integer.parseInt(f[1]));
        }
      }
      byte[] bytes = Files.readAllBytes(file);
      if (fileName.endsWith(".gz")) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
          bytes = in.readAllBytes();
        }
      }
      return new ExtractEdit(source, new String(bytes, StandardCharsets.UTF_8), quarantined);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The editable lines (indices for {@link #get}, {@link #set}, {@link #drop}), in file order. */
  List<Integer> cleanLines() {
    return List.copyOf(clean);
  }

  private int column(String canonical) {
    Column c = extract.column(canonical);
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).trim();
      if (h.equalsIgnoreCase(c.name()) || h.equals(c.alias())) {
        return i;
      }
    }
    throw new IllegalArgumentException(extract.name() + " file has no column " + canonical);
  }

  String get(int line, String canonical) {
    return fields.get(line)[column(canonical)];
  }

  void set(int line, String canonical, String value) {
    fields.get(line)[column(canonical)] = value;
    raw.set(line, String.join(",", fields.get(line)));
  }

  void drop(int line) {
    dropped.add(line);
  }

  /** Appends a row given by canonical column names; columns not given are empty. */
  void append(Map<String, String> values) {
    String[] row = new String[header.size()];
    java.util.Arrays.fill(row, "");
    for (Map.Entry<String, String> e : values.entrySet()) {
      row[column(e.getKey())] = e.getValue();
    }
    appended.add(String.join(",", row));
  }

  int droppedCount() {
    return dropped.size();
  }

  int appendedCount() {
    return appended.size();
  }

  /** Writes the corrected extract over {@code input/month/fileName} (delete, then a new file). */
  void writeTo(Path input, String month, String fileName) {
    StringBuilder sb = new StringBuilder();
    if (bom) {
      sb.append('\uFEFF');
    }
    sb.append(String.join(",", header));
    for (int i = 0; i < raw.size(); i++) {
      if (!dropped.contains(i)) {
        sb.append(lineEnd).append(raw.get(i));
      }
    }
    for (String a : appended) {
      sb.append(lineEnd).append(a);
    }
    if (finalLineEnd) {
      sb.append(lineEnd);
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    Path file = input.resolve(month).resolve(fileName);
    try {
      if (fileName.endsWith(".gz")) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
          gz.write(bytes);
        }
        bytes = out.toByteArray();
      }
      Files.delete(file); // a hard link to the sample: never write through it
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
