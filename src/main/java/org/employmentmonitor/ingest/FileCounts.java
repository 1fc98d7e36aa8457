package org.employmentmonitor.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What reading one file found: rows read, accepted and quarantined, warnings, by reason. SPEC 2.3:
 * read = accepted + quarantined, checked against the written outputs by {@link Reconciliation}.
 * Mutable while a task counts; serialised as JSON next to the staged partition.
 */
public final class FileCounts {
  public long read;
  public long accepted;
  public long quarantined;
  public long warnings;

  /** Quarantine reason code to rows. */
  public Map<String, Long> byReason = new TreeMap<>();

  /**
   * Warning code and column ("INVALID_ENUM industry_code") to warnings; file-level warnings have no
   * column ("BLANK_LINE").
   */
  public Map<String, Long> byWarning = new TreeMap<>();

  /** Seconds the task spent reading the file. */
  public double seconds;

  /** SHA-256 of the delivered file's bytes (compressed bytes for a .gz). */
  public String sha256;

  public void countQuarantine(String reason) {
    quarantined++;
    byReason.merge(reason, 1L, Long::sum);
  }

  /**
   * Adds another file's or chunk's counts to these: rows, warnings and reasons summed, seconds the
   * longest (the tasks ran side by side). The checksum is the caller's to set.
   */
  void add(FileCounts c) {
    read += c.read;
    accepted += c.accepted;
    quarantined += c.quarantined;
    warnings += c.warnings;
    c.byReason.forEach((k, v) -> byReason.merge(k, v, Long::sum));
    c.byWarning.forEach((k, v) -> byWarning.merge(k, v, Long::sum));
    seconds = Math.max(seconds, c.seconds);
  }

  public void countWarning(String code, String column) {
    warnings++;
    byWarning.merge(column == null ? code : code + " " + column, 1L, Long::sum);
  }
}
