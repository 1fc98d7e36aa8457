package org.employmentmonitor.generator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.employmentmonitor.ingest.FileChunk;
import org.employmentmonitor.ingest.csv.CsvRecordReader;
import org.employmentmonitor.ingest.csv.EncodingDetector;
import org.employmentmonitor.ingest.schema.Extracts;

/**
 * Delivery shapes of issue 19, applied to files already written: an extract cut into parts ({@code
 * NAME-1.csv.gz}, {@code NAME-2.csv}, … alternately gzip and plain, each with the header), or
 * exported as an .xlsx workbook under its Chinese name ({@code 招聘岗位.xlsx}, every field a text cell
 * on the sheet row of its CSV line). Rows, their order and their text are unchanged, so the
 * indicators are too; the catalogue of deliberately bad rows is rewritten to the new files and
 * lines (docs/data-generator.md, "Delivery shapes").
 */
final class Reshape {
  /**
   * One reshaped file: month label, extract, number of parts (0: not cut but exported as .xlsx).
   */
  record Shape(String month, Extract extract, int parts) {
    boolean xlsx() {
      return parts == 0;
    }

    String csvName(boolean gzip) {
      return name("", gzip);
    }

    /** The file name of part {@code index} (from 0) of the cut extract. */
    String partName(int index, boolean gzip) {
      return name("-" + (index + 1), gzip);
    }

    private String name(String suffix, boolean gzip) {
      return month + "/" + extract.fileName + suffix + (gzip ? ".csv.gz" : ".csv");
    }
  }

  private Reshape() {}

  /** The committed sample keeps one month in parts and one extract as .xlsx (README run). */
  static List<Shape> defaults(Scale scale, Months months) {
    if (scale != Scale.SAMPLE) {
      return List.of();
    }
    return java.util.stream.Stream.of(
            new Shape("2020-08", Extract.SOCIAL_INSURANCE, 2),
            new Shape("2020-07", Extract.RECRUITMENT, 0))
        .filter(s -> months.contains(months.index(java.time.YearMonth.parse(s.month()))))
        .toList();
  }

  /** Applies the shapes under {@code out}; returns the catalogue with files and lines moved. */
  static List<BadRows.Written> apply(Path out, List<Shape> shapes, List<BadRows.Written> bad)
      throws IOException {
    List<BadRows.Written> result = new ArrayList<>(bad);
    for (Shape s : shapes) {
      String relative =
          Files.exists(out.resolve(s.csvName(true))) ? s.csvName(true) : s.csvName(false);
      Path file = out.resolve(relative);
      if (!Files.exists(file)) {
        throw new IllegalArgumentException("no " + s.csvName(false) + "[.gz] to reshape");
      }
      if (s.xlsx()) {
        result = toXlsx(out, relative, s, result);
      } else {
        result = split(out, relative, s, result);
      }
    }
    return result;
  }

  /** The file's bytes, decompressed (also the tests' way into a generated file). */
  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** The file's encoding as ingest detects it. */
  static Charset charset(Path file) throws IOException {
    try (InputStream in = open(file)) {
      return EncodingDetector.detect(in).charset();
    }
  }

  /** Cuts a file at record boundaries into {@code parts} parts, each with the header. */
  private static List<BadRows.Written> split(
      Path out, String relative, Shape s, List<BadRows.Written> bad) throws IOException {
    Path file = out.resolve(relative);
    Path plain = Files.createTempFile("em-reshape-", ".csv");
    try {
      try (InputStream in = open(file)) {
        Files.copy(in, plain, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      byte[] header;
      try (InputStream in = Files.newInputStream(plain)) {
        header = headerLine(in);
      }
      List<FileChunk> chunks;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(plain), 1 << 16)) {
        chunks = FileChunk.split(in, charset(file), Files.size(plain), s.parts(), 1 << 20);
      }
      List<String> names = new ArrayList<>();
      for (FileChunk c : chunks) {
        // Parts alternate gzip and plain: a delivery may mix them (SPEC 2).
        boolean gzip = c.index() % 2 == 0;
        String name = s.partName(c.index(), gzip);
        names.add(name);
        try (OutputStream o = create(out.resolve(name), gzip);
            InputStream in = Files.newInputStream(plain)) {
          if (c.index() > 0) {
            o.write(header);
          }
          in.skipNBytes(c.start());
          long length = (c.end() < 0 ? Files.size(plain) : c.end()) - c.start();
          copy(in, o, length);
        }
      }
      Files.delete(file);
      List<BadRows.Written> moved = new ArrayList<>();
      for (BadRows.Written w : bad) {
        if (!w.file().equals(relative)) {
          moved.add(w);
          continue;
        }
        int k = chunks.size() - 1;
        while (k > 0 && chunks.get(k).firstLine() > w.line()) {
          k--;
        }
        int line = k == 0 ? w.line() : (int) (w.line() - chunks.get(k).firstLine() + 2);
        moved.add(
            new BadRows.Written(names.get(k), line, w.outcome(), w.reason(), w.column(), w.note()));
      }
      return moved;
    } finally {
      Files.deleteIfExists(plain);
    }
  }

  /** The bytes of the first line, its line end included (a header never holds a line break). */
  private static byte[] headerLine(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      b.write(c);
      if (c == '\n') {
        break;
      }
    }
    return b.toByteArray();
  }

  private static OutputStream create(Path p, boolean gzip) throws IOException {
    OutputStream o = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
    return gzip ? new GZIPOutputStream(o, 1 << 16) : o;
  }

  private static void copy(InputStream in, OutputStream out, long length) throws IOException {
    byte[] buf = new byte[1 << 16];
    long left = length;
    while (left > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (n < 0) {
        throw new IOException("unexpected end of file");
      }
      out.write(buf, 0, n);
      left -= n;
    }
  }

  /**
   * fastexcel stamps docProps/core.xml with the time of writing; the generator's files must be the
   * same bytes on every run, so the workbook is rewritten with the first day of its delivery month
   * as its creation time (entry order, names and the zero entry times kept).
   */
  private static void fixCreationTime(Path xlsx, YearMonth month) throws IOException {
    String stamp = month.atDay(1) + "T00:00:00Z";
    Path tmp = Files.createTempFile(xlsx.getParent(), ".xlsx-", ".tmp");
    try (ZipFile in = new ZipFile(xlsx.toFile());
        ZipOutputStream o =
            new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] bytes;
        try (InputStream data = in.getInputStream(e)) {
          bytes = data.readAllBytes();
        }
        if (e.getName().equals("docProps/core.xml")) {
          bytes =
              new String(bytes, StandardCharsets.UTF_8)
                  .replaceAll(
                      "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + stamp + "$2")
                  .getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(month.atDay(1).atStartOfDay()); // no time zone in the bytes
        o.putNextEntry(copy);
        o.write(bytes);
        o.closeEntry();
      }
    }
    Files.move(tmp, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Rewrites a CSV file as the first sheet of an .xlsx workbook named by the extract's Chinese
   * title: every field a text cell on the sheet row of its CSV line, so line numbers stay. A record
   * that breaks RFC 4180 or the header's width has no faithful cell form: the file is refused.
   */
  private static List<BadRows.Written> toXlsx(
      Path out, String relative, Shape s, List<BadRows.Written> bad) throws IOException {
    Path file = out.resolve(relative);
    String title = Extracts.byName(s.extract().fileName).titleZh();
    String name = s.month() + "/" + title + ".xlsx";
    try (InputStream in = open(file);
        CsvRecordReader r = new CsvRecordReader(in, charset(file), 1 << 20);
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(out.resolve(name)))) {
      Workbook wb = new Workbook(o, "EmploymentMonitor", "1.0");
      Worksheet ws = wb.newWorksheet(title);
      int width = -1;
      while (r.next()) {
        if (width < 0) {
          width = r.size();
        }
        if (r.malformation() != null || r.size() != width) {
          throw new IllegalArgumentException(
              relative + " line " + r.line() + " is malformed: it has no .xlsx form");
        }
        for (int i = 0; i < r.size(); i++) {
          String v = r.field(i);
          if (!v.isEmpty()) {
            ws.value((int) r.line() - 1, i, v);
          }
        }
      }
      wb.finish();
    }
    fixCreationTime(out.resolve(name), YearMonth.parse(s.month()));
    Files.delete(file);
    List<BadRows.Written> moved = new ArrayList<>();
    for (BadRows.Written w : bad) {
      moved.add(
          w.file().equals(relative)
              ? new BadRows.Written(name, w.line(), w.outcome(), w.reason(), w.column(), w.note())
              : w);
    }
    return moved;
  }
}
