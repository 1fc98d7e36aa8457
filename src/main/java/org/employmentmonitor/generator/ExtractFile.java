package org.employmentmonitor.generator;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

/**
 * One extract file being written: its format, styler, sink and bad-row injector together. A writer
 * fills a String[] in canonical column order and calls {@link #row}.
 */
final class ExtractFile implements Closeable {
  final Extract extract;
  final int month;
  final FileFormat format;
  final Styler style;
  private final CsvSink sink;
  private final Injector injector;
  private List<BadRows.Written> written;

  /** The file of {@code extract} for {@code month} (an index of {@code pop.months}). */
  ExtractFile(Path out, Population pop, Extract extract, int month, long estimate) {
    this.extract = extract;
    this.month = month;
    long seed = pop.seed;
    Months months = pop.months;
    this.format = FormatPlan.of(extract, months, month, pop.scale);
    long key = extract.ordinal() * 10_000L + months.key(month);
    this.style = new Styler(format, Rng.of(seed, Rng.Purpose.FORMAT, key), months);
    this.injector = new Injector(seed, extract, months.of(month), key, estimate);
    Path file = out.resolve(injector.file(format));
    this.sink = new CsvSink(file, extract, format, Rng.of(seed, Rng.Purpose.FORMAT, -key - 1));
  }

  /** A fresh row buffer in canonical column order. */
  String[] newRow() {
    return new String[extract.width()];
  }

  void row(String[] fields) {
    injector.before(fields, sink, format);
    sink.record(fields);
    injector.after(fields, sink, format);
  }

  /** The bad rows written into this file (valid after close). */
  List<BadRows.Written> written() {
    return written;
  }

  @Override
  public void close() {
    if (written != null) {
      return;
    }
    String open = injector.finish(sink, format);
    sink.close(open);
    written = injector.written();
  }
}
