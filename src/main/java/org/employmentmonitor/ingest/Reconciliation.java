package org.employmentmonitor.ingest;

import java.io.IOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.employmentmonitor.io.HadoopFs;

/**
 * SPEC 2.3 "nothing is lost": for every delivery (a file, or the sum over its parts), rows read =
 * rows accepted + rows quarantined, where accepted and quarantined are counted independently of the
 * reader, from the row counts in the footers of the Parquet files actually written. A mismatch
 * fails the run before anything is published.
 */
public final class Reconciliation {
  private Reconciliation() {}

  static void check(
      HadoopFs fs, String delivery, FileCounts counts, Path stagingDir, Path quarantineDir)
      throws IOException {
    long staged = rowsIn(fs, stagingDir);
    long quarantined =
        rowsIn(fs, quarantineDir, QuarantineWriter.prefix(QuarantineWriter.QUARANTINED));
    long warnings = rowsIn(fs, quarantineDir, QuarantineWriter.prefix(QuarantineWriter.WARNING));
    if (counts.read != staged + quarantined
        || counts.accepted != staged
        || counts.quarantined != quarantined
        || counts.warnings != warnings) {
      throw new IllegalStateException(
          String.format(
              "reconciliation failed for %s: read %d, but %d rows staged and %d quarantined "
                  + "(reader counted %d accepted, %d quarantined; %d warnings written of %d); "
                  + "nothing was published",
              delivery,
              counts.read,
              staged,
              quarantined,
              counts.accepted,
              counts.quarantined,
              warnings,
              counts.warnings));
    }
  }

  /** Rows in the Parquet files of a folder whose names start with {@code prefix}. */
  static long rowsIn(HadoopFs fs, Path dir, String prefix) throws IOException {
    long n = 0;
    for (FileStatus c : fs.list(dir)) {
      String name = c.getPath().getName();
      if (c.isFile() && name.startsWith(prefix) && name.endsWith(".parquet")) {
        n += rowsIn(fs, c.getPath());
      }
    }
    return n;
  }

  /** Rows in a Parquet file, or in every Parquet file of a folder, from the footers alone. */
  public static long rowsIn(HadoopFs fs, Path p) throws IOException {
    FileStatus s = fs.status(p);
    if (s == null) {
      return 0;
    }
    if (!s.isDirectory()) {
      try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromStatus(s, fs.conf()))) {
        return r.getRecordCount();
      }
    }
    long n = 0;
    for (FileStatus c : fs.list(p)) {
      String name = c.getPath().getName();
      if (c.isFile()
          && name.endsWith(".parquet")
          && !name.startsWith("_")
          && !name.startsWith(".")) {
        n += rowsIn(fs, c.getPath());
      }
    }
    return n;
  }
}
