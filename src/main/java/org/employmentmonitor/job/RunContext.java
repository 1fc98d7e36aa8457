package org.employmentmonitor.job;

import java.time.Instant;
import java.time.YearMonth;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.PseudonymKey;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;

/**
 * What every job of a run shares, built once by the CLI: the Spark session, the period, the
 * folders, the typed configuration and the pseudonymisation key. No job reads options, environment
 * variables or statics of its own.
 *
 * @param published the published outputs (OUTPUT)
 * @param work where this run writes before publishing (OUTPUT/_work/RUN_ID)
 * @param encodingOverride charset name forced by {@code --encoding}, or null to detect
 * @param reingest re-ingest every month even when its staged copy is up to date
 * @param allowDevelopmentKey accept the development key on input without the synthetic marker
 */
public record RunContext(
    SparkSession spark,
    YearMonth period,
    Path input,
    OutputLayout published,
    OutputLayout work,
    MonitorConfig config,
    PseudonymKey key,
    String runId,
    Instant startedAt,
    String encodingOverride,
    boolean reingest,
    boolean allowDevelopmentKey,
    HadoopFs fs,
    StepLog steps) {

  /** Labels the Spark jobs that follow (Spark UI, event log), per SPEC style: traceable stages. */
  public void describe(String description) {
    spark.sparkContext().setJobDescription(description);
  }
}
