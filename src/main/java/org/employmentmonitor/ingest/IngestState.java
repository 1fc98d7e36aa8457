package org.employmentmonitor.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.employmentmonitor.io.HadoopFs;

/**
 * {@code _ingest.json}, written last into each staged partition: which delivered file it was made
 * from (size, time, checksum), under which towns list and key, and what reading it found. It is
 * both the data-quality record of a source-month and the test of whether a month must be
 * re-ingested: a partition is current while file, towns, key and format are unchanged.
 */
public final class IngestState {
  /** Bump when staging's layout or validation changes: every month is then re-ingested. */
  public static final int FORMAT = 2;

  public static final String FILE_NAME = "_ingest.json";

  static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(SerializationFeature.INDENT_OUTPUT, true)
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  public int format = FORMAT;
  public String source;
  public String extractMonth;
  public String file;
  public long size;
  public long mtime;
  public String sha256;
  public String encoding;

  /**
   * What the rows were validated against: the towns file's SHA-256; for task_progress the towns and
   * the task register together ({@link TaskRegisterFile#referencesSha256}, issue 28).
   */
  public String townsSha256;

  public String keyFingerprint;
  public long read;
  public long accepted;
  public long quarantined;
  public long warnings;
  public Map<String, Long> byReason = new TreeMap<>();
  public Map<String, Long> byWarning = new TreeMap<>();
  public List<String> ignoredColumns = new ArrayList<>();
  public String runId;
  public String ingestedAt;
  public double seconds;

  /**
   * Set by {@link DataQuality#load(HadoopFs, org.employmentmonitor.io.OutputLayout, Path,
   * java.time.YearMonth)}, never stored: the file is no longer in the input folder, the staged copy
   * is used (SPEC 2).
   */
  @JsonIgnore public boolean stagedWithoutInput;

  /**
   * Set with {@link #stagedWithoutInput}, never stored: the parts of a delivery in parts that are
   * no longer in the input folder while others are (issue 27: data_quality.csv marked them
   * delivered).
   */
  @JsonIgnore public java.util.Set<String> partsWithoutInput = new java.util.HashSet<>();

  /**
   * The files of a delivery in parts (SPEC 2), each with its own counts; empty for an extract
   * delivered as one file. The top-level counts are the sums over the parts.
   */
  public List<PartState> parts = new ArrayList<>();

  /**
   * The first of this delivery's files (its parts, or its one file) still under {@code input}, or
   * null when every one is gone: the staged copy then stands for an archived delivery (SPEC 2).
   */
  public String presentInput(HadoopFs fs, Path input) throws IOException {
    List<String> files = new ArrayList<>();
    if (parts != null && !parts.isEmpty()) {
      parts.forEach(p -> files.add(p.file));
    } else if (file != null) {
      files.add(file);
    }
    for (String f : files) {
      if (fs.exists(new Path(input, f))) {
        return f;
      }
    }
    return null;
  }

  /** One part of a delivery in parts: which file, and what reading it found. */
  public static final class PartState {
    public String file;
    public long size;
    public long mtime;
    public String sha256;
    public String encoding;
    public long read;
    public long accepted;
    public long quarantined;
    public long warnings;
    public Map<String, Long> byReason = new TreeMap<>();
    public Map<String, Long> byWarning = new TreeMap<>();

    static PartState of(InputCatalog.ExtractFile f, FileCounts counts) {
      PartState p = new PartState();
      p.file = f.relativePath();
      p.size = f.size();
      p.mtime = f.mtime();
      p.sha256 = counts.sha256;
      p.read = counts.read;
      p.accepted = counts.accepted;
      p.quarantined = counts.quarantined;
      p.warnings = counts.warnings;
      p.byReason = counts.byReason;
      p.byWarning = counts.byWarning;
      return p;
    }
  }

  /** The state of a file read by run {@code runId}: what it was and what reading it found. */
  static IngestState of(InputCatalog.ExtractFile f, FileCounts counts, String runId) {
    IngestState s = new IngestState();
    s.source = f.source();
    s.extractMonth = f.month() == null ? null : f.month().toString();
    s.file = f.relativePath();
    s.size = f.size();
    s.mtime = f.mtime();
    s.sha256 = counts.sha256;
    s.read = counts.read;
    s.accepted = counts.accepted;
    s.quarantined = counts.quarantined;
    s.warnings = counts.warnings;
    s.byReason = counts.byReason;
    s.byWarning = counts.byWarning;
    s.seconds = Math.round(counts.seconds * 1000) / 1000.0;
    s.runId = runId;
    s.ingestedAt = java.time.Instant.now().toString();
    return s;
  }

  /**
   * The state of a delivery read by run {@code runId}: its counts are the sums over its files; a
   * delivery in parts also records each part (its fingerprint is the list of its files).
   */
  static IngestState of(
      InputCatalog.Delivery d, List<FileCounts> perFile, FileCounts total, String runId) {
    IngestState s = of(d.files().get(0), total, runId);
    if (!d.inParts()) {
      return s;
    }
    s.file = d.label();
    s.size = d.size();
    s.mtime = d.files().stream().mapToLong(InputCatalog.ExtractFile::mtime).max().orElse(0);
    s.sha256 = null;
    for (int i = 0; i < d.files().size(); i++) {
      s.parts.add(PartState.of(d.files().get(i), perFile.get(i)));
    }
    return s;
  }

  /** True when this partition was made from exactly this delivery under these towns and key. */
  public boolean isCurrent(
      InputCatalog.Delivery d, String townsSha, String keyFp, String encodingOverride) {
    return format == FORMAT
        && sameFiles(d)
        && townsSha.equals(townsSha256)
        && keyFp.equals(keyFingerprint)
        && (encodingOverride == null || encodingOverride.equalsIgnoreCase(encoding));
  }

  /**
   * The staged parts no longer delivered, when every part still delivered is unchanged (path, size,
   * time): parts moved out of the input, not a new delivery, so reading the month again would only
   * drop rows. Empty otherwise (not in parts, nothing gone, or some part changed).
   */
  public List<String> partsGone(InputCatalog.Delivery d) {
    if (parts == null || parts.isEmpty() || !d.inParts()) {
      return List.of();
    }
    Map<String, PartState> staged = new TreeMap<>();
    parts.forEach(p -> staged.put(p.file, p));
    for (InputCatalog.ExtractFile f : d.files()) {
      PartState p = staged.remove(f.relativePath());
      if (p == null || p.size != f.size() || p.mtime != f.mtime()) {
        return List.of();
      }
    }
    return List.copyOf(staged.keySet());
  }

  /** Same file (path, size, time) or, for parts, the same list of files. */
  private boolean sameFiles(InputCatalog.Delivery d) {
    if (!d.inParts()) {
      InputCatalog.ExtractFile f = d.files().get(0);
      return parts.isEmpty()
          && f.relativePath().equals(file)
          && f.size() == size
          && f.mtime() == mtime;
    }
    if (parts.size() != d.files().size()) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      InputCatalog.ExtractFile f = d.files().get(i);
      PartState p = parts.get(i);
      if (!f.relativePath().equals(p.file) || f.size() != p.size || f.mtime() != p.mtime) {
        return false;
      }
    }
    return true;
  }

  public static IngestState read(HadoopFs fs, Path partition) throws IOException {
    Path p = new Path(partition, FILE_NAME);
    if (!fs.exists(p)) {
      return null;
    }
    try {
      return JSON.readValue(fs.readAll(p), IngestState.class);
    } catch (IOException e) {
      // An unreadable state (hand-edited, truncated) only means the month is ingested again.
      return null;
    }
  }

  public void write(HadoopFs fs, Path partition) throws IOException {
    fs.write(new Path(partition, FILE_NAME), JSON.writeValueAsBytes(this));
  }
}
