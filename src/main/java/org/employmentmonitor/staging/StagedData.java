package org.employmentmonitor.staging;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;

/**
 * The staged extracts up to P as the indicators see them: which source-months were delivered, and
 * each source's rows with the delivery order SPEC 9 ranks versions by ({@code ord} = extract month,
 * then line). {@link #latest} keeps the latest accepted version of each identity by the one rule of
 * SPEC 2.3 ({@link LatestVersion}: the latest month wins, within a file the last row wins, a later
 * part of a delivery in parts wins).
 */
public final class StagedData {
  /**
   * Delivery order (SPEC 9): extract month index in the high bits, then the part of a delivery in
   * parts (12 bits, 0 for one file), then the source line (32 bits).
   */
  public static final String ORD = "ord";

  /** Where the extract month starts in {@link #ORD}; the part starts at bit 32. */
  private static final int EXTRACT_SHIFT = 44;

  private static final int PART_SHIFT = 32;

  /** The extract month index of a delivery order. */
  public static int extractMonthOf(long ord) {
    return (int) (ord >>> EXTRACT_SHIFT);
  }

  /** The delivery order of line {@code line} of part {@code part} of extract month {@code emi}. */
  public static long ordOf(int emi, int part, long line) {
    return ((long) emi << EXTRACT_SHIFT) + ((long) part << PART_SHIFT) + line;
  }

  /** Extract month index (see {@link MonthWindow#index}). */
  public static final String EXTRACT_INDEX = "emi";

  private final SparkSession spark;
  private final HadoopFs fs;
  private final OutputLayout layout;
  private final MonthWindow window;
  private final Map<String, NavigableSet<YearMonth>> delivered;

  private StagedData(
      SparkSession spark,
      HadoopFs fs,
      OutputLayout layout,
      MonthWindow window,
      Map<String, NavigableSet<YearMonth>> delivered) {
    this.spark = spark;
    this.fs = fs;
    this.layout = layout;
    this.window = window;
    this.delivered = delivered;
  }

  /** Lists what the ingest step staged (a partition counts once its _ingest.json exists). */
  public static StagedData open(
      SparkSession spark, HadoopFs fs, OutputLayout layout, MonthWindow window) throws IOException {
    Map<String, NavigableSet<YearMonth>> delivered = new HashMap<>();
    for (Extract e : Extracts.MONTHLY) {
      NavigableSet<YearMonth> months = new TreeSet<>();
      for (FileStatus s : fs.list(layout.staging(e.name()))) {
        YearMonth m = OutputLayout.partitionMonth(s.getPath().getName());
        if (!s.isDirectory() || m == null) {
          continue;
        }
        if (!m.isAfter(window.period())
            && fs.exists(new Path(s.getPath(), IngestState.FILE_NAME))) {
          months.add(m);
        }
      }
      delivered.put(e.name(), months);
    }
    return new StagedData(spark, fs, layout, window, delivered);
  }

  public SparkSession spark() {
    return spark;
  }

  public MonthWindow window() {
    return window;
  }

  /** True when the month's folder delivered this extract (SPEC 9: "absent for a run"). */
  public boolean delivered(String source, YearMonth month) {
    return delivered.get(source).contains(month);
  }

  /** Months up to P that delivered this extract. */
  public NavigableSet<YearMonth> deliveredMonths(String source) {
    return delivered.get(source);
  }

  public Optional<YearMonth> earliest(String source) {
    NavigableSet<YearMonth> s = delivered.get(source);
    return s.isEmpty() ? Optional.empty() : Optional.of(s.first());
  }

  /**
   * The staged rows of extract months in [from, P], with {@code extract_month}, {@link
   * #EXTRACT_INDEX} and {@link #ORD}.
   */
  public Dataset<Row> read(Extract e, YearMonth from) {
    return read(e, delivered.get(e.name()).tailSet(from, true));
  }

  /**
   * The staged rows of the given delivered extract months, as {@link #read(Extract, YearMonth)}.
   */
  public Dataset<Row> read(Extract e, Collection<YearMonth> months) {
    List<String> paths = new ArrayList<>();
    for (YearMonth m : months) {
      if (!delivered.get(e.name()).contains(m)) {
        throw new IllegalArgumentException(e.name() + " " + m + " is not staged");
      }
      paths.add(layout.stagingPartition(e.name(), m).toString());
    }
    Dataset<Row> ds;
    if (paths.isEmpty()) {
      ds = spark.createDataFrame(List.of(), e.stagedSchemaWithMonth());
    } else {
      ds =
          spark
              .read()
              .schema(e.stagedSchemaWithMonth())
              .option("basePath", layout.staging(e.name()).toString())
              .parquet(paths.toArray(new String[0]));
    }
    Column emi =
        col(Extract.EXTRACT_MONTH)
            .substr(1, 4)
            .cast("int")
            .multiply(12)
            .plus(col(Extract.EXTRACT_MONTH).substr(6, 2).cast("int"))
            .minus(1);
    return ds.withColumn(EXTRACT_INDEX, emi)
        .withColumn(
            ORD,
            col(EXTRACT_INDEX)
                .cast("long")
                .multiply(lit(1L << EXTRACT_SHIFT))
                .plus(
                    coalesce(col(Extract.SOURCE_PART), lit(0))
                        .cast("long")
                        .multiply(lit(1L << PART_SHIFT)))
                .plus(col(Extract.SOURCE_LINE).cast("long")));
  }

  /**
   * The delivered months of a source in [from, P], each with a fingerprint of what is staged for it
   * (the SHA-256 of its {@code _ingest.json}, which names the run that staged it and the files
   * read): a month ingested again has a new fingerprint.
   */
  public NavigableMap<YearMonth, String> fingerprints(String source, YearMonth from)
      throws IOException {
    NavigableMap<YearMonth, String> out = new TreeMap<>();
    for (YearMonth m : delivered.get(source).tailSet(from, true)) {
      byte[] state =
          fs.readAll(new Path(layout.stagingPartition(source, m), IngestState.FILE_NAME));
      out.put(m, java.util.HexFormat.of().formatHex(HadoopFs.sha256().digest(state)));
    }
    return out;
  }

  /** Every delivered month. */
  public Dataset<Row> read(Extract e) {
    return read(e, YearMonth.of(1900, 1));
  }

  /** The latest accepted version of each identity among every delivered month up to P. */
  public Dataset<Row> latest(Extract e) {
    return LatestVersion.keep(read(e), e.identity());
  }
}
