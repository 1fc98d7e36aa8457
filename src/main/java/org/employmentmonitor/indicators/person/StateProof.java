package org.employmentmonitor.indicators.person;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.employmentmonitor.io.HadoopFs;

/**
 * The person state proves itself before a run folds it (issue 27): {@code _state.json} records, as
 * written, each data file's size and SHA-256, the bucket count and the persons and spans the files
 * hold, and a digest of itself. {@link #check} verifies all of them — the files present are exactly
 * those listed, each holds one bucket of the layout and no bucket twice, each file's bytes hash to
 * their checksum, the Parquet footers count the persons and spans listed, and {@code _state.json}
 * is the one its run wrote — and names the first thing that is wrong. A state that fails is rebuilt
 * from staging, never folded: bit rot, a partial restore or a hand edit would otherwise change the
 * published numbers month after month without a word.
 *
 * <p>It proves integrity, not authenticity: someone who rewrites a file and its entries on purpose
 * is not stopped (the state is owner-only, like all of staging).
 */
public final class StateProof {
  private StateProof() {}

  /** The Parquet column whose values are the spans (one per element of a person's arrays). */
  private static final String SPAN_COLUMN = "identity.list.element";

  /**
   * Spark's bucketed file name ends in {@code _BUCKET} before its extensions
   * (BucketingUtils.getBucketId): {@code part-00002-UUID_00002.c000.snappy.parquet}.
   */
  private static final Pattern BUCKET = Pattern.compile(".*_(\\d+)(?:\\..*)?$");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What a run may fold: {@code meta} is the published state's description (null when none is
   * published or it failed its check); {@code problem} says what was wrong, null when nothing.
   */
  public record Verdict(PersonState.Meta meta, String problem) {
    static final Verdict NONE = new Verdict(null, null);

    static Verdict rejected(String problem) {
      return new Verdict(null, problem);
    }
  }

  /**
   * Completes {@code meta} for the files now in {@code dir}: their sizes and checksums, the persons
   * and spans their footers count, then its own digest. Called as the state's {@code _state.json}
   * is written, after its data files.
   */
  static void seal(HadoopFs fs, Path dir, PersonState.Meta meta) throws IOException {
    meta.files = new TreeMap<>();
    meta.sha256 = new TreeMap<>();
    for (FileStatus s : dataFiles(fs, dir).values()) {
      meta.files.put(s.getPath().getName(), s.getLen());
      meta.sha256.put(s.getPath().getName(), fs.sha256Hex(s.getPath()));
    }
    // Counted from the files as written, not from the fold's accumulators (a retried task adds
    // twice to those).
    long[] counts = footerCounts(fs, dir, meta.files.keySet());
    meta.persons = counts[0];
    meta.spans = counts[1];
    meta.digest = digest(meta);
  }

  /**
   * The state published in {@code dir}, or why it cannot be used. A state of another format is
   * returned as it is: {@link PersonState#plan} rebuilds it and says so.
   */
  public static Verdict check(HadoopFs fs, Path dir) throws IOException {
    Path file = new Path(dir, PersonState.META_FILE);
    if (!fs.exists(file)) {
      return Verdict.NONE;
    }
    PersonState.Meta meta;
    try {
      meta = PersonState.Meta.read(fs, dir);
    } catch (IOException e) {
      return Verdict.rejected(PersonState.META_FILE + " is unreadable (" + e.getMessage() + ")");
    }
    if (meta.format != PersonState.FORMAT) {
      return new Verdict(meta, null);
    }
    String problem = problem(fs, dir, meta);
    return problem == null ? new Verdict(meta, null) : Verdict.rejected(problem);
  }

  /** The first thing about the state in {@code dir} that is not as {@code meta} says, or null. */
  private static String problem(HadoopFs fs, Path dir, PersonState.Meta meta) throws IOException {
    if (meta.buckets < 1 || meta.digest == null) {
      return PersonState.META_FILE + " lacks its bucket count or digest";
    }
    Map<String, FileStatus> present = dataFiles(fs, dir);
    for (String name : present.keySet()) {
      if (!meta.files.containsKey(name)) {
        return "state file " + shortName(name) + " is not listed in " + PersonState.META_FILE;
      }
    }
    boolean[] seen = new boolean[meta.buckets];
    for (Map.Entry<String, Long> e : meta.files.entrySet()) {
      String name = e.getKey();
      FileStatus s = present.get(name);
      if (s == null) {
        return "state file " + shortName(name) + " is missing";
      }
      if (s.getLen() != e.getValue()) {
        return "state file "
            + shortName(name)
            + " has "
            + s.getLen()
            + " bytes, "
            + PersonState.META_FILE
            + " lists "
            + e.getValue();
      }
      Integer bucket = bucketOf(name);
      if (bucket == null || bucket >= meta.buckets) {
        return "state file "
            + shortName(name)
            + " is not one of the "
            + meta.buckets
            + " buckets "
            + PersonState.META_FILE
            + " lists";
      }
      if (seen[bucket]) {
        return "bucket " + bucket + " of the person state is in two files";
      }
      seen[bucket] = true;
    }
    for (Map.Entry<String, Long> e : meta.files.entrySet()) {
      Path p = new Path(dir, e.getKey());
      if (!fs.sha256Hex(p).equals(meta.sha256.get(e.getKey()))) {
        return "state file " + shortName(e.getKey()) + " checksum differs";
      }
    }
    long[] counts = footerCounts(fs, dir, meta.files.keySet());
    if (counts[0] != meta.persons || counts[1] != meta.spans) {
      return "the state files hold "
          + counts[0]
          + " persons in "
          + counts[1]
          + " spans, "
          + PersonState.META_FILE
          + " lists "
          + meta.persons
          + " in "
          + meta.spans;
    }
    if (!digest(meta).equals(meta.digest)) {
      return PersonState.META_FILE + " was changed after its run wrote it (its digest differs)";
    }
    return null;
  }

  /** Persons (rows) and spans (values of the identity arrays) as the Parquet footers count them. */
  private static long[] footerCounts(HadoopFs fs, Path dir, Iterable<String> names)
      throws IOException {
    long persons = 0;
    long spans = 0;
    for (String name : names) {
      Path p = new Path(dir, name);
      try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(p, fs.conf()))) {
        for (BlockMetaData b : r.getFooter().getBlocks()) {
          persons += b.getRowCount();
          for (ColumnChunkMetaData c : b.getColumns()) {
            if (c.getPath().toDotString().equals(SPAN_COLUMN)) {
              spans += c.getValueCount();
            }
          }
        }
      }
    }
    return new long[] {persons, spans};
  }

  /** The bucket a Spark bucketed file holds, from its name; null when the name has none. */
  static Integer bucketOf(String fileName) {
    Matcher m = BUCKET.matcher(fileName);
    if (!m.matches() || m.group(1).length() > 9) {
      return null;
    }
    return Integer.parseInt(m.group(1));
  }

  /** {@code part-00002} of {@code part-00002-UUID_00002.c000.snappy.parquet}: short, unique. */
  static String shortName(String fileName) {
    return fileName.matches("part-\\d{5}-.*") ? fileName.substring(0, 10) : fileName;
  }

  /** The data files of a state folder: not {@code _state.json}, not Hadoop's hidden files. */
  private static Map<String, FileStatus> dataFiles(HadoopFs fs, Path dir) throws IOException {
    Map<String, FileStatus> out = new TreeMap<>();
    for (FileStatus s : fs.list(dir)) {
      String name = s.getPath().getName();
      if (s.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
        out.put(name, s);
      }
    }
    return out;
  }

  /** SHA-256 of {@code meta} as JSON without its digest: any edit of a field changes it. */
  private static String digest(PersonState.Meta meta) throws IOException {
    String own = meta.digest;
    meta.digest = null;
    try {
      return HexFormat.of().formatHex(HadoopFs.sha256().digest(JSON.writeValueAsBytes(meta)));
    } finally {
      meta.digest = own;
    }
  }
}
