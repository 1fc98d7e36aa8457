package org.employmentmonitor.ingest;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.ingest.InputCatalog.ExtractFile;
import org.employmentmonitor.ingest.csv.CsvRecordReader;
import org.employmentmonitor.ingest.csv.Records;
import org.employmentmonitor.ingest.schema.ColumnType;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.ingest.schema.Issue;
import org.employmentmonitor.ingest.validate.HeaderMapping;
import org.employmentmonitor.ingest.validate.Pseudonymizer;
import org.employmentmonitor.ingest.validate.RowValidator;
import org.employmentmonitor.ingest.xlsx.LocalWorkbook;
import org.employmentmonitor.ingest.xlsx.XlsxRecords;
import org.employmentmonitor.io.HadoopFs;

/**
 * Reads one delivered file inside a Spark task, in a single pass: every record is parsed (CSV or
 * the first sheet of an .xlsx), validated and pseudonymised; accepted rows flow to Spark's Parquet
 * writer as the iterator's elements, quarantined rows and warnings stream to the file's quarantine
 * Parquet, and at the end the counts and the file's checksum are written as JSON for the driver to
 * reconcile. Work is bounded (issue 18): records past the field and length limits are cut off, and
 * a file with implausibly many rows stops the run before anything is published.
 */
final class ExtractFileParser implements Iterator<InternalRow>, Closeable {
  /**
   * A record longer than this is quarantined without being kept in memory (the default of {@code
   * ingest.max_record_bytes}; the driver's header probe uses it).
   */
  static final int MAX_RECORD_BYTES = 1 << 20;

  /** How much of a bad record the quarantine keeps. */
  static final int RAW_RECORD_CHARS = 2000;

  private final FileTask task;
  private final ExtractFile file;
  private final Configuration conf;
  private final MessageDigest sha256;
  private final Records reader;
  private final LocalWorkbook workbook;
  private final long maxRows;
  private final int part;
  private final RowValidator validator;
  private final QuarantineWriter quarantined;
  private final QuarantineWriter warnings;
  private final FileCounts counts = new FileCounts();
  private final String month;
  private final long started = System.nanoTime();
  private final StagedRows internal;
  private InternalRow next;
  private boolean finished;

  ExtractFileParser(FileTask task, long attemptId) {
    this.task = task;
    this.file = task.file();
    this.conf = task.hadoopConf().get();
    this.month = file.month() == null ? null : file.month().toString();
    Extract extract = Extracts.byName(file.source());
    internal =
        new StagedRows(month == null ? extract.stagedSchema() : extract.stagedSchemaWithMonth());
    sha256 = HadoopFs.sha256();
    FileChunk chunk = task.chunk();
    maxRows = task.limits().maxRows();
    part = file.part();
    try {
      Path path = file.hadoopPath();
      if (file.isXlsx()) {
        workbook = LocalWorkbook.of(path, conf, sha256);
        XlsxRecords sheet = null;
        try {
          sheet = xlsx(workbook, task, extract);
          if (!sheet.next()) {
            throw MonitorException.input(
                file.relativePath() + " is empty: a header row is required");
          }
        } catch (IOException | RuntimeException e) {
          // The task fails: the workbook (on HDFS/S3 a temporary copy) is closed and deleted now.
          try (LocalWorkbook w = workbook;
              XlsxRecords r = sheet) {
            // closed (r first), the workbook's temporary copy deleted
          } catch (IOException closing) {
            e.addSuppressed(closing);
          }
          throw e;
        }
        reader = sheet;
      } else {
        workbook = null;
        reader = csv(path, task, chunk);
      }
      validator = validator(task, extract);
      quarantined = quarantineWriter(task, QuarantineWriter.QUARANTINED, attemptId);
      warnings = quarantineWriter(task, QuarantineWriter.WARNING, attemptId);
      if (reader instanceof CsvRecordReader csv) {
        csv.onWhitespaceLine(this::whitespaceLine);
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * The CSV records of the task's chunk, its header (when the chunk has it) already read; the
   * checksum of a whole file is taken while reading.
   */
  private CsvRecordReader csv(Path path, FileTask task, FileChunk chunk) throws IOException {
    FSDataInputStream opened = path.getFileSystem(conf).open(path, 1 << 16);
    InputStream raw;
    if (chunk.isWhole()) {
      raw = new DigestInputStream(opened, sha256);
    } else {
      // A chunk of a plain file: the file's checksum came from the split (FileChunk.split).
      opened.seek(chunk.start());
      raw = chunk.end() < 0 ? opened : new BoundedInputStream(opened, chunk.end() - chunk.start());
    }
    InputStream decoded = HadoopFs.decoded(path, raw);
    CsvRecordReader csv =
        new CsvRecordReader(
            decoded,
            Charset.forName(task.charset()),
            task.limits().maxRecordBytes(),
            task.limits().maxFields(),
            chunk.start(),
            chunk.firstLine());
    if (chunk.hasHeader() && !csv.next()) {
      throw MonitorException.input(file.relativePath() + " is empty: a header row is required");
    }
    return csv;
  }

  private static RowValidator validator(FileTask task, Extract extract) {
    return new RowValidator(
        extract,
        task.header(),
        task.file().month(),
        task.towns(),
        task.taskLeadUnits(),
        new Pseudonymizer(task.key()));
  }

  private QuarantineWriter quarantineWriter(FileTask task, String kind, long attemptId) {
    return new QuarantineWriter(
        task.quarantineDir(), kind, task.chunk().index(), attemptId, conf, file);
  }

  /** The first sheet of a workbook, its header row already known to the driver's probe. */
  static XlsxRecords xlsx(LocalWorkbook workbook, FileTask task, Extract extract)
      throws IOException {
    XlsxRecords r =
        new XlsxRecords(workbook.file(), task.limits().maxFields(), task.limits().maxRecordBytes());
    return r.withHeader(task.header().headerSize(), monthFields(task.header(), extract));
  }

  /** Header fields of the month columns: their date cells read as yyyy-MM (SPEC 9). */
  static Set<Integer> monthFields(HeaderMapping header, Extract extract) {
    Set<Integer> out = new HashSet<>();
    for (int c = 0; c < extract.columns().size(); c++) {
      if (extract.columns().get(c).type() == ColumnType.MONTH && header.field(c) >= 0) {
        out.add(header.field(c));
      }
    }
    return out;
  }

  /** A line of white space alone: not a row, but a warning (issue 18). */
  private void whitespaceLine(long line) {
    try {
      counts.countWarning(Issue.BLANK_LINE.name(), null);
      warnings.write(
          line, Issue.BLANK_LINE.name(), null, "a line of white space alone; not read", null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    try {
      while (reader.next()) {
        counts.read++;
        if (counts.read > maxRows) {
          throw implausible();
        }
        if (reader.nulsStripped() > 0) {
          counts.countWarning(Issue.NUL_STRIPPED.name(), null);
          warnings.write(
              reader.line(),
              Issue.NUL_STRIPPED.name(),
              null,
              reader.nulsStripped() + " NUL character(s) removed",
              null);
        }
        RowValidator.Result r = validator.validate(reader);
        if (r.accepted()) {
          counts.accepted++;
          for (RowValidator.Warning w : r.warnings()) {
            counts.countWarning(w.code().name(), w.column());
            warnings.write(reader.line(), w.code().name(), w.column(), w.detail(), null);
          }
          next = toRow(r.staged());
          return true;
        }
        counts.countQuarantine(r.reason().name());
        quarantined.write(
            reader.line(),
            r.reason().name(),
            r.column(),
            r.detail(),
            reader.rawText(RAW_RECORD_CHARS));
      }
      if (counts.read == 0 && task.chunk().isWhole()) {
        counts.countWarning(Issue.HEADER_ONLY.name(), null);
        warnings.write(1, Issue.HEADER_ONLY.name(), null, "a header row and no data rows", null);
      }
      finish();
      return false;
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  @Override
  public InternalRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InternalRow r = next;
    next = null;
    return r;
  }

  /**
   * The staged values plus the part of a delivery in parts and the extract month, the column the
   * partition folders are made of.
   */
  private InternalRow toRow(Object[] staged) {
    if (month == null) {
      return internal.toInternal(staged);
    }
    Object[] withMonth = Arrays.copyOf(staged, staged.length + 2);
    withMonth[staged.length] = part;
    withMonth[staged.length + 1] = month;
    return internal.toInternal(withMonth);
  }

  /** Issue 18: far more rows than plausible (a runaway export, a decompression bomb). */
  private MonitorException implausible() {
    return MonitorException.input(
        file.relativePath()
            + " holds more than "
            + String.format("%,d", maxRows)
            + " rows, far beyond the previous delivery of "
            + file.source()
            + " (ingest.plausible_rows in jobs/monitor.yaml): reading stopped and nothing was"
            + " staged; check the export, or raise ingest.plausible_rows with --config if the"
            + " extract really grew");
  }

  /** At the end of the file: seal the quarantine file and write the counts. */
  private void finish() throws IOException {
    finished = true;
    reader.close();
    quarantined.commit();
    warnings.commit();
    if (task.chunk().isWhole()) {
      counts.sha256 = HexFormat.of().formatHex(sha256.digest());
    }
    if (workbook != null) {
      workbook.close();
    }
    counts.seconds = (System.nanoTime() - started) / 1e9;
    Path countsPath = new Path(task.countsFile());
    try (java.io.OutputStream out = countsPath.getFileSystem(conf).create(countsPath, true)) {
      // The same mapper (snake_case) that IngestJob reads the counts back with.
      out.write(IngestState.JSON.writeValueAsBytes(counts));
    }
  }

  @Override
  public void close() {
    try (LocalWorkbook w = workbook) { // deleted even when closing the others fails
      reader.close();
      quarantined.close();
      warnings.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MonitorException unreadable(IOException e) {
    String what;
    if (e instanceof ZipException || (e instanceof EOFException && file.path().endsWith(".gz"))) {
      what = "is not a readable gzip file (" + e.getMessage() + "): re-export or re-copy it";
    } else {
      what = "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }
    return MonitorException.input(file.relativePath() + " " + what, e);
  }
}

/** Reads at most {@code remaining} bytes of a stream: the end of a chunk. */
final class BoundedInputStream extends java.io.FilterInputStream {
  private long remaining;

  BoundedInputStream(InputStream in, long remaining) {
    super(in);
    this.remaining = remaining;
  }

  @Override
  public int read() throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    int b = in.read();
    if (b >= 0) {
      remaining--;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    int n = in.read(b, off, (int) Math.min(len, remaining));
    if (n > 0) {
      remaining -= n;
    }
    return n;
  }
}
