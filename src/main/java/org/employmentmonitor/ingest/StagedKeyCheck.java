package org.employmentmonitor.ingest;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;

/**
 * One key, one person (issue 27). Changing the pseudonymisation key re-ingests every staged month
 * whose input is still delivered; a staged month whose input is gone (archived) cannot be, and its
 * old-key {@code person_key}s would never join the new ones: every person insured before and after
 * would count as two. So such a run stops (exit 3) before anything is read, naming the months and
 * the two ways out. A changed towns list does not split persons: archived months staged under an
 * earlier one are kept, and named in a WARN.
 */
final class StagedKeyCheck {
  private static final Logger LOG = LogManager.getLogger(StagedKeyCheck.class);

  private StagedKeyCheck() {}

  static void check(
      HadoopFs fs,
      OutputLayout published,
      InputCatalog catalog,
      YearMonth period,
      String keyFp,
      String townsSha)
      throws IOException {
    List<String> otherKey = new ArrayList<>();
    List<String> otherTowns = new ArrayList<>();
    for (Extract e : Extracts.MONTHLY) {
      for (FileStatus s : fs.list(published.staging(e.name()))) {
        YearMonth month = OutputLayout.partitionMonth(s.getPath().getName());
        if (month == null || month.isAfter(period) || catalog.find(e.name(), month).isPresent()) {
          continue; // in the input: re-ingested under the current key if need be
        }
        IngestState state = IngestState.read(fs, s.getPath());
        if (state == null) {
          continue;
        }
        if (!keyFp.equals(state.keyFingerprint)) {
          otherKey.add(e.name() + ":" + month);
        } else if (!townsSha.equals(state.townsSha256)) {
          otherTowns.add(e.name() + " " + month);
        }
      }
    }
    if (!otherKey.isEmpty()) {
      throw MonitorException.input(
          "staged month(s) "
              + String.join(", ", otherKey)
              + " were staged under another pseudonymisation key and their files are no longer in"
              + " the input folder, so they cannot be staged again under this key; mixing the two"
              + " keys would count every person in them twice. Either restore those month folders"
              + " (or files) into the input folder, so that they are re-ingested under this key,"
              + " or withdraw them: --withdraw "
              + String.join(",", otherKey)
              + " (or run with the earlier key)");
    }
    if (!otherTowns.isEmpty()) {
      LOG.warn(
          "staging {} kept and used: validated against an earlier reference/towns.csv and no"
              + " longer in the input folder, so not checked against the current one; restore"
              + " them to re-validate",
          LogText.list(otherTowns));
    }
  }
}
