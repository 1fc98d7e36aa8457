package org.employmentmonitor.io;

import java.io.Serializable;
import java.time.YearMonth;
import org.apache.hadoop.fs.Path;

/**
 * Where every output lives under OUTPUT (SPEC 6). A run writes into its own work folder ({@link
 * #work()}) and publishes by rename; nothing else writes under OUTPUT.
 *
 * <pre>
 * staging/SOURCE/extract_month=YYYY-MM/    validated, pseudonymised rows + _ingest.json
 * staging/person_state/                    per-person state of the last published run + _state.json
 * quarantine/SOURCE/extract_month=YYYY-MM/ quarantined rows and warnings (personal data)
 * indicators/period=YYYY-MM/               indicator table (Parquet)
 * alerts/period=YYYY-MM/                   alert table (Parquet)
 * revisions/period=YYYY-MM/                revised cells of earlier month-ends (Parquet)
 * tasks/period=YYYY-MM/                    task ratings, every month-end of the year (Parquet)
 * reports/YYYY-MM/                         CSV, HTML, workbook, manifest for people
 * _work/RUN_ID/                            the running run's unpublished outputs
 * _publish/RUN_ID.journal                  a publish in progress (Publisher)
 * </pre>
 */
public final class OutputLayout implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String root;

  public OutputLayout(String root) {
    this.root = root;
  }

  public Path root() {
    return new Path(root);
  }

  public Path staging() {
    return new Path(root, "staging");
  }

  public Path staging(String source) {
    return new Path(staging(), source);
  }

  public Path stagingPartition(String source, YearMonth month) {
    return new Path(staging(source), MONTH_PARTITION + month);
  }

  private static final String MONTH_PARTITION = "extract_month=";

  /**
   * The per-person state the last published run left for the next (issue 16): one folder, published
   * with that run's period as one unit.
   */
  public Path personState() {
    return new Path(staging(), "person_state");
  }

  /** The month of a partition folder named {@code extract_month=YYYY-MM}, or null for any other. */
  public static YearMonth partitionMonth(String folderName) {
    if (!folderName.startsWith(MONTH_PARTITION)) {
      return null;
    }
    try {
      return YearMonth.parse(folderName.substring(MONTH_PARTITION.length()));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  public Path quarantine() {
    return new Path(root, "quarantine");
  }

  public Path quarantine(String source) {
    return new Path(quarantine(), source);
  }

  public Path quarantinePartition(String source, YearMonth month) {
    return new Path(quarantine(source), MONTH_PARTITION + month);
  }

  public Path indicators(YearMonth period) {
    return new Path(new Path(root, "indicators"), "period=" + period);
  }

  public Path alerts(YearMonth period) {
    return new Path(new Path(root, "alerts"), "period=" + period);
  }

  /** The cells of earlier month-ends revised since P−1's table (SPEC 6, issue 26). */
  public Path revisions(YearMonth period) {
    return new Path(new Path(root, "revisions"), "period=" + period);
  }

  /** The task table of SPEC 4.7 (issue 28). */
  public Path tasks(YearMonth period) {
    return new Path(new Path(root, "tasks"), "period=" + period);
  }

  public Path reports(YearMonth period) {
    return new Path(new Path(root, "reports"), period.toString());
  }

  public Path workRoot() {
    return new Path(root, "_work");
  }

  public Path work(String runId) {
    return new Path(workRoot(), runId);
  }

  /** Journals of publishes in progress ({@link Publisher}). */
  public Path publishRoot() {
    return new Path(root, "_publish");
  }

  public Path lockFile() {
    return new Path(root, ".lock");
  }

  /** The same layout rooted in a run's work folder: where the run writes before publishing. */
  public OutputLayout inWork(String runId) {
    return new OutputLayout(work(runId).toString());
  }
}
