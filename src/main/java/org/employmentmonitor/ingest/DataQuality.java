package org.employmentmonitor.ingest;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.ingest.schema.Issue;
import org.employmentmonitor.io.CsvFiles;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;

/**
 * The data-quality table (SPEC 6 {@code data_quality.csv}): per source and month, rows read,
 * accepted, quarantined, warnings, and quarantined rows by reason, read from the staged partitions'
 * {@code _ingest.json}. Checks and results are data: the alerts and the report read this, not log
 * lines.
 */
public final class DataQuality {
  private DataQuality() {}

  /** {@code input_status} of a source-month whose file is in the input folder. */
  public static final String DELIVERED = "delivered";

  /** {@code input_status} of a staged source-month whose file is gone from the input (SPEC 2). */
  public static final String STAGED_WITHOUT_INPUT = "staged_without_input";

  /**
   * {@code input_status} of a delivery in parts, in the run manifest, when some parts are in the
   * input folder and others are staged without their file (each part then has its own status).
   */
  public static final String PARTLY_STAGED_WITHOUT_INPUT = "partly_staged_without_input";

  /** The {@code input_status} of a whole staged source-month (its parts: {@link #partStatus}). */
  public static String inputStatus(IngestState s) {
    if (s.stagedWithoutInput) {
      return STAGED_WITHOUT_INPUT;
    }
    return s.partsWithoutInput.isEmpty() ? DELIVERED : PARTLY_STAGED_WITHOUT_INPUT;
  }

  /** The {@code input_status} of one part of a delivery in parts. */
  public static String partStatus(IngestState s, IngestState.PartState p) {
    return s.stagedWithoutInput || s.partsWithoutInput.contains(p.file)
        ? STAGED_WITHOUT_INPUT
        : DELIVERED;
  }

  /**
   * {@link #load(HadoopFs, OutputLayout, YearMonth)}, each state marked {@link
   * IngestState#stagedWithoutInput} when its file is no longer under {@code input}.
   */
  public static List<IngestState> load(
      HadoopFs fs, OutputLayout layout, Path input, YearMonth period) throws IOException {
    List<IngestState> states = load(fs, layout, period);
    for (IngestState s : states) {
      // Gone when none of its files (its parts) is left; a part gone while the others remain is
      // marked on its own row (the staged month keeps it, IngestJob).
      s.stagedWithoutInput = s.file != null && s.presentInput(fs, input) == null;
      if (s.parts != null) {
        for (IngestState.PartState p : s.parts) {
          if (!fs.exists(new Path(input, p.file))) {
            s.partsWithoutInput.add(p.file);
          }
        }
      }
    }
    return states;
  }

  /**
   * Every staged source-month up to {@code period}, sources in SPEC order, then months; towns last.
   */
  public static List<IngestState> load(HadoopFs fs, OutputLayout layout, YearMonth period)
      throws IOException {
    List<IngestState> out = new ArrayList<>();
    for (Extract e : Extracts.MONTHLY) {
      List<FileStatus> parts = new ArrayList<>(List.of(fs.list(layout.staging(e.name()))));
      parts.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      for (FileStatus s : parts) {
        YearMonth m = OutputLayout.partitionMonth(s.getPath().getName());
        if (!s.isDirectory() || m == null) {
          continue;
        }
        if (m.isAfter(period)) {
          continue;
        }
        IngestState st = IngestState.read(fs, s.getPath());
        if (st != null) {
          out.add(st);
        }
      }
    }
    IngestState towns = IngestState.read(fs, layout.staging("towns"));
    if (towns != null) {
      out.add(towns);
    }
    return out;
  }

  public static final List<String> CSV_HEADER = header();

  private static List<String> header() {
    List<String> h =
        new ArrayList<>(
            List.of(
                "period",
                "source",
                "extract_month",
                "file",
                "read",
                "accepted",
                "quarantined",
                "warnings",
                "quarantined_share"));
    for (Issue i : Issue.QUARANTINE_REASONS) {
      h.add(i.name());
    }
    h.add("warnings_by_code");
    h.add("input_status");
    return List.copyOf(h);
  }

  public static void writeCsv(HadoopFs fs, Path file, YearMonth period, List<IngestState> states)
      throws IOException {
    CsvFiles.write(fs, file, CSV_HEADER, toCsv(period, states));
  }

  /**
   * The rows of data_quality.csv in {@link #CSV_HEADER}'s columns: one per state, or for a delivery
   * in parts one per part (SPEC 9: the per source-month totals are the sums over the parts).
   */
  public static List<List<String>> toCsv(YearMonth period, List<IngestState> states) {
    List<List<String>> rows = new ArrayList<>();
    for (IngestState s : states) {
      if (s.parts == null || s.parts.isEmpty()) {
        rows.add(
            row(
                period,
                s.source,
                s.extractMonth,
                s.file,
                s.read,
                s.accepted,
                s.quarantined,
                s.warnings,
                s.byReason,
                s.byWarning,
                s.stagedWithoutInput));
        continue;
      }
      for (IngestState.PartState p : s.parts) {
        rows.add(
            row(
                period,
                s.source,
                s.extractMonth,
                p.file,
                p.read,
                p.accepted,
                p.quarantined,
                p.warnings,
                p.byReason,
                p.byWarning,
                s.stagedWithoutInput || s.partsWithoutInput.contains(p.file)));
      }
    }
    return rows;
  }

  private static List<String> row(
      YearMonth period,
      String source,
      String month,
      String file,
      long read,
      long accepted,
      long quarantined,
      long warnings,
      Map<String, Long> byReason,
      Map<String, Long> byWarning,
      boolean stagedWithoutInput) {
    List<String> r = new ArrayList<>();
    r.add(period.toString());
    r.add(source);
    r.add(month);
    r.add(file);
    r.add(Long.toString(read));
    r.add(Long.toString(accepted));
    r.add(Long.toString(quarantined));
    r.add(Long.toString(warnings));
    r.add(share(quarantined, read));
    for (Issue i : Issue.QUARANTINE_REASONS) {
      r.add(Long.toString(byReason.getOrDefault(i.name(), 0L)));
    }
    StringBuilder w = new StringBuilder();
    for (Map.Entry<String, Long> e : byWarning.entrySet()) {
      if (w.length() > 0) {
        w.append("; ");
      }
      w.append(e.getKey()).append('=').append(e.getValue());
    }
    r.add(w.toString());
    r.add(stagedWithoutInput ? STAGED_WITHOUT_INPUT : DELIVERED);
    return r;
  }

  static String share(long part, long whole) {
    if (whole == 0) {
      return "";
    }
    return new java.math.BigDecimal(part)
        .divide(new java.math.BigDecimal(whole), 8, java.math.RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
