package org.employmentmonitor.ingest;

import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.employmentmonitor.config.PseudonymKey;
import org.employmentmonitor.ingest.csv.CsvRecordReader;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.ingest.validate.HeaderMapping;
import org.employmentmonitor.ingest.validate.Pseudonymizer;
import org.employmentmonitor.ingest.validate.RowValidator;

/**
 * The CPU of Spark's side of an ingest task alone, per way of handing rows to Spark's writer (issue
 * 16): one extract file is validated once into memory, then written again and again as one
 * partitioned Parquet write (one task, {@code partitionBy(extract_month)}) in each variant, rounds
 * interleaved, process CPU per write (all threads: task, JIT, GC), median after the warm-up rounds.
 *
 * <pre>
 *   mvn -B -o -q -DskipTests package
 *   javac -cp 'target/classes:target/lib/*' -d /tmp/ws jobs/bench/WriteStages.java
 *   java -Xmx4g @target/classes/jvm.args -cp '/tmp/ws:target/classes:target/lib/*' \
 *       org.employmentmonitor.ingest.WriteStages \
 *       INPUT/2020-12/social_insurance.csv social_insurance 2020-12 INPUT/reference/towns.csv OUT \
 *       [rounds] [rows|parquet]
 * </pre>
 *
 * Variant set "rows": rows as external {@code Row}s through {@code createDataFrame} or as internal
 * rows ({@link StagedRows}); Spark's sort by the partition column on or off ({@code
 * spark.sql.maxConcurrentOutputFileWriters} 0 or 2; 1 still sorts); dictionary encoding on or off
 * for the extract's {@link Extract#uniqueColumns()}. Set "parquet": writer options on top of the
 * leanest. Run by hand, not by the harness (docs/benchmarks.md, "Leaner ingest"); in the package
 * only to reach {@link StagedRows}, so compiled beside target/classes rather than run as a source
 * file.
 */
public final class WriteStages {
  static List<Object[]> rows;
  static Extract extract;

  public static void main(String[] args) throws Exception {
    String file = args[0];
    extract = Extracts.byName(args[1]);
    YearMonth month = YearMonth.parse(args[2]);
    Set<String> towns = new HashSet<>();
    for (String line : Files.readAllLines(Paths.get(args[3]), StandardCharsets.UTF_8)) {
      towns.add(line.split(",")[0].replace("\uFEFF", "").trim());
    }
    String out = args[4];
    int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 6;
    rows = validate(file, month, towns);
    System.out.printf("%s: %,d staged rows in memory%n", file, rows.size());

    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.datetime.java8API.enabled", "true")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.parquet.compression.codec", "snappy")
            .getOrCreate();
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Variant> variants = variants(args.length > 6 ? args[6] : "rows");
    double[][] cpu = new double[variants.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < variants.size(); v++) {
        Variant variant = variants.get(v);
        spark.conf().set("spark.sql.maxConcurrentOutputFileWriters", variant.sort ? "0" : "2");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Integer> one = jsc.parallelize(List.of(0), 1);
        org.apache.spark.sql.Dataset<Row> df;
        if (variant.internal) {
          JavaRDD<InternalRow> in =
              one.mapPartitions(
                  (FlatMapFunction<Iterator<Integer>, InternalRow>)
                      it -> {
                        StagedRows s = new StagedRows(extract.stagedSchemaWithMonth());
                        return rows.stream().map(s::toInternal).iterator();
                      });
          df = SourceReader.internalRows(spark, in, extract.stagedSchemaWithMonth());
        } else {
          JavaRDD<Row> in =
              one.mapPartitions(
                  (FlatMapFunction<Iterator<Integer>, Row>)
                      it -> rows.stream().map(a -> RowFactory.create(a)).iterator());
          df = spark.createDataFrame(in, extract.stagedSchemaWithMonth());
        }
        DataFrameWriter<Row> w =
            df.write().mode(SaveMode.Overwrite).partitionBy(Extract.EXTRACT_MONTH);
        for (java.util.Map.Entry<String, String> o : variant.options.entrySet()) {
          w = w.option(o.getKey(), o.getValue());
        }
        long t = os.getProcessCpuTime();
        w.parquet(out + "/v" + v);
        cpu[v][r] = (os.getProcessCpuTime() - t) / 1e9;
      }
      System.out.printf("round %d: %s%n", r, Arrays.toString(col(cpu, r)));
    }
    int warm = Math.min(2, rounds - 1);
    System.out.printf("| variant (one task, %,d rows) | median CPU s, rounds %d..%d | min |%n", rows.size(), warm + 1, rounds);
    System.out.println("|---|---:|---:|");
    for (int v = 0; v < variants.size(); v++) {
      double[] s = Arrays.copyOfRange(cpu[v], warm, rounds);
      Arrays.sort(s);
      System.out.printf("| %s | %.2f | %.2f |%n", variants.get(v).name, s[s.length / 2], s[0]);
    }
    for (int v = 0; v < variants.size(); v++) {
      long bytes = 0;
      for (File f : Files.walk(Paths.get(out + "/v" + v)).map(p -> p.toFile()).toList()) {
        if (f.getName().endsWith(".parquet")) {
          bytes += f.length();
        }
      }
      System.out.printf("%s: %,d bytes of Parquet%n", variants.get(v).name, bytes);
    }
    spark.stop();
  }

  /** One way of writing: row kind, Spark's partition sort, Parquet options. */
  record Variant(String name, boolean internal, boolean sort, java.util.Map<String, String> options) {}

  /** "rows": how rows reach the writer; "parquet": writer options on top of the leanest. */
  static List<Variant> variants(String set) {
    java.util.Map<String, String> unique = new java.util.LinkedHashMap<>();
    for (String c : extract.uniqueColumns()) {
      unique.put("parquet.enable.dictionary#" + c, "false");
    }
    List<Variant> v = new ArrayList<>();
    v.add(new Variant("Row, sort, dictionary on all", false, true, java.util.Map.of()));
    if (set.equals("rows")) {
      v.add(new Variant("Row, no sort, dictionary on all", false, false, java.util.Map.of()));
      v.add(new Variant("Row, sort, no dictionary on unique", false, true, unique));
      v.add(new Variant("Row, no sort, no dictionary on unique", false, false, unique));
      v.add(new Variant("internal, sort, dictionary on all", true, true, java.util.Map.of()));
      v.add(new Variant("internal, no sort, dictionary on all", true, false, java.util.Map.of()));
      v.add(new Variant("internal, no sort, no dictionary on unique", true, false, unique));
      return v;
    }
    v.add(new Variant("internal, no sort, no dictionary on unique", true, false, unique));
    String[][] extra = {
      {"+ no dictionary on any column", "parquet.enable.dictionary", "false"},
      {"+ no page checksums", "parquet.page.write-checksum.enabled", "false"},
      {"+ no size statistics", "parquet.size.statistics.enabled", "false"},
      {"+ uncompressed", "compression", "none"},
      {"+ 1 MB → 4 MB pages", "parquet.page.size", "4194304"},
    };
    for (String[] e : extra) {
      java.util.Map<String, String> o = new java.util.LinkedHashMap<>(unique);
      o.put(e[1], e[2]);
      v.add(new Variant(e[0], true, false, o));
    }
    return v;
  }

  private static double[] col(double[][] a, int r) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = Math.round(a[i][r] * 100) / 100.0;
    }
    return c;
  }

  private static List<Object[]> validate(String file, YearMonth month, Set<String> towns)
      throws Exception {
    List<Object[]> out = new ArrayList<>();
    try (CsvRecordReader rd =
        new CsvRecordReader(
            new java.io.FileInputStream(file), StandardCharsets.UTF_8, 1 << 20, 1000, 0, 1)) {
      rd.next();
      List<String> header = new ArrayList<>();
      for (int i = 0; i < rd.size(); i++) {
        header.add(rd.field(i));
      }
      RowValidator v =
          new RowValidator(
              extract,
              HeaderMapping.resolve(extract, header),
              month,
              towns,
              new Pseudonymizer(PseudonymKey.of(Pseudonymizer.DEVELOPMENT_KEY, true)));
      while (rd.next()) {
        RowValidator.Result r = v.validate(rd);
        if (r.accepted()) {
          Object[] s = r.staged();
          Object[] withMonth = Arrays.copyOf(s, s.length + 2);
          withMonth[s.length] = 0;
          withMonth[s.length + 1] = month.toString();
          out.add(withMonth);
        }
      }
    }
    return out;
  }
}
