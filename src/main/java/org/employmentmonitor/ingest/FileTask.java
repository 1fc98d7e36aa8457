package org.employmentmonitor.ingest;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.employmentmonitor.config.PseudonymKey;
import org.employmentmonitor.ingest.InputCatalog.ExtractFile;
import org.employmentmonitor.ingest.validate.HeaderMapping;
import org.employmentmonitor.io.SerializableHadoopConf;

/**
 * Everything one Spark task needs to ingest one delivered file, or one chunk of a large plain file:
 * the file and the chunk, how to decode it (found by the driver's header probe), the towns, the
 * key, and where its side outputs go.
 *
 * @param chunk which part of the file; {@link FileChunk#WHOLE} for all of it
 * @param quarantineDir folder for this file's quarantine and warning rows (Parquet)
 * @param countsFile JSON file the task writes its counts to when it has read its part
 * @param limits bounds on records and rows (issue 18)
 */
public record FileTask(
    ExtractFile file,
    FileChunk chunk,
    String charset,
    HeaderMapping header,
    Set<String> towns,
    Map<Integer, Set<String>> taskLeadUnits,
    PseudonymKey key,
    String quarantineDir,
    String countsFile,
    SerializableHadoopConf hadoopConf,
    ReadLimits limits)
    implements Serializable {

  /**
   * What a task may read (issue 18: bounded work for hostile input).
   *
   * @param maxRows the most rows the file may hold before the run stops as implausible
   */
  public record ReadLimits(int maxRecordBytes, int maxFields, long maxRows)
      implements Serializable {}
}
