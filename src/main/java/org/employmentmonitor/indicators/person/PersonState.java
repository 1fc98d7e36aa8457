package org.employmentmonitor.indicators.person;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.hash.Murmur3_x86_32;
import org.apache.spark.util.LongAccumulator;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.staging.MonthWindow;

/**
 * The per-person state a run hands to the next (issue 16): every person's social-insurance
 * contribution rows of the look-back window — 97 % of all person rows — folded into one row per
 * person, stored as Spark's bucketed Parquet layout (bucket = Spark's hash partition of person_key,
 * one sorted file per bucket). The next run reads bucket i as partition i, already grouped and
 * sorted, drops what changed and adds only the newly staged months: the contribution history is
 * never shuffled or sorted again.
 *
 * <p>Each entry keeps its delivery order ({@code ord}, whose high bits are the extract month), and
 * every version of an identity is kept, so that any staged month can be taken out exactly (a
 * re-delivered, corrected or withdrawn month) and the latest-version rule (SPEC 2.3) is applied
 * only when a person is evaluated, as before. Which staged month went in is recorded with the
 * fingerprint of its {@code _ingest.json} ({@link Meta#months}); a month whose fingerprint changed
 * is read again. The registration, roster and training rows (3 %) are not carried: they are read
 * from staging each run, where their own latest-version rule applies.
 *
 * <p>Nothing in the state identifies a person beyond person_key; it lives under {@code staging/}
 * with owner-only permissions and is published with the period's outputs as one unit.
 */
public final class PersonState {
  private PersonState() {}

  /** Bump when the layout changes: a state of another format is rebuilt, never read. */
  public static final int FORMAT = 1;

  public static final String META_FILE = "_state.json";

  public static final StructType SCHEMA =
      new StructType()
          .add("person_key", DataTypes.LongType, false)
          .add("m", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
          .add("town_code", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("identity", DataTypes.createArrayType(DataTypes.LongType, false), false)
          .add("ord", DataTypes.createArrayType(DataTypes.LongType, false), false);

  static final int S_PERSON = 0;
  static final int S_MONTH = 1;
  static final int S_TOWN = 2;
  static final int S_IDENTITY = 3;
  static final int S_ORD = 4;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The extract month index of a delivery order (see {@code StagedData.ORD}). */
  static int extractMonth(long ord) {
    return (int) (ord >>> 44);
  }

  /** What a state holds: {@code _state.json} beside its files. */
  public static final class Meta {
    public int format = FORMAT;

    /** The period of the run that built it. */
    public String period;

    public int buckets;

    /** Contribution months before this one were left out (the window's look-back start). */
    public String from;

    /** Staged social_insurance extract months folded in → fingerprint of their _ingest.json. */
    public TreeMap<String, String> months = new TreeMap<>();

    public long persons;
    public long entries;
    public String runId;

    public static Meta read(HadoopFs fs, Path dir) throws IOException {
      Path p = new Path(dir, META_FILE);
      if (!fs.exists(p)) {
        return null;
      }
      try {
        return JSON.readValue(fs.readAll(p), Meta.class);
      } catch (IOException e) {
        return null; // unreadable: rebuilt, as if absent
      }
    }

    public void write(HadoopFs fs, Path dir) throws IOException {
      fs.write(new Path(dir, META_FILE), JSON.writeValueAsBytes(this));
    }
  }

  /**
   * What this run takes from the published state and what it reads from staging: the months whose
   * fingerprint is unchanged are kept ({@code keep}), the others read ({@code read}). {@code notes}
   * say why each month is read or dropped, for the log.
   */
  public record Plan(
      Meta base,
      int buckets,
      int from,
      NavigableMap<YearMonth, String> needed,
      List<YearMonth> keep,
      List<YearMonth> read,
      List<String> notes) {

    /**
     * True when a staged month before P was re-delivered or withdrawn since the state was built.
     */
    public boolean restates() {
      return notes.stream().anyMatch(n -> n.contains("re-delivered") || n.contains("withdrawn"));
    }
  }

  /**
   * Decides what to keep: {@code needed} are the staged social_insurance months of [from, P] with
   * their fingerprints; {@code base} the published state (null when none, or when {@code rebuild}).
   */
  public static Plan plan(
      Meta base,
      YearMonth period,
      int from,
      NavigableMap<YearMonth, String> needed,
      int defaultBuckets,
      boolean rebuild) {
    List<String> notes = new ArrayList<>();
    if (rebuild) {
      notes.add("--reingest: the person state is rebuilt from staging");
      base = null;
    } else if (base == null) {
      notes.add("no person state published yet: built from staging");
    } else if (base.format != FORMAT || base.buckets < 1) {
      notes.add("the person state has an older format: rebuilt from staging");
      base = null;
    }
    List<YearMonth> keep = new ArrayList<>();
    List<YearMonth> read = new ArrayList<>();
    if (base == null) {
      read.addAll(needed.keySet());
      return new Plan(null, defaultBuckets, from, needed, keep, read, notes);
    }
    YearMonth basePeriod = YearMonth.parse(base.period);
    for (Map.Entry<YearMonth, String> e : needed.entrySet()) {
      String had = base.months.get(e.getKey().toString());
      if (e.getValue().equals(had)) {
        keep.add(e.getKey());
      } else {
        read.add(e.getKey());
        if (had != null) {
          notes.add(
              "social_insurance "
                  + e.getKey()
                  + " re-delivered since the state of "
                  + basePeriod
                  + " was built: read again");
        } else if (e.getKey().isAfter(basePeriod)) {
          notes.add("social_insurance " + e.getKey() + " new");
        } else {
          notes.add("social_insurance " + e.getKey() + " not in the state of " + basePeriod);
        }
      }
    }
    for (String m : base.months.keySet()) {
      YearMonth month = YearMonth.parse(m);
      if (!needed.containsKey(month)
          && !month.isBefore(MonthWindow.month(from))
          && !month.isAfter(period)) {
        notes.add(
            "social_insurance " + m + " withdrawn since the state of " + basePeriod + ": dropped");
      }
    }
    return new Plan(base, base.buckets, from, needed, keep, read, notes);
  }

  /** The Spark bucket (= hash partition) of a person: {@code pmod(hash(person_key), buckets)}. */
  static int bucketOf(long personKey, int buckets) {
    return Math.floorMod(Murmur3_x86_32.hashLong(personKey, 42), buckets);
  }

  /** Fails a task whose rows are not in the bucket and order the state's layout promises. */
  static void checkLayout(long key, long previous, boolean strictly, int buckets, String what) {
    if (strictly ? key <= previous : key < previous) {
      throw new IllegalStateException(
          what + " not sorted by person_key: the person state is damaged");
    }
    int partition = TaskContext.getPartitionId();
    if (bucketOf(key, buckets) != partition) {
      throw new IllegalStateException(
          what
              + " of bucket "
              + bucketOf(key, buckets)
              + " read in partition "
              + partition
              + ": the person state is damaged; run with --reingest");
    }
  }

  /** Folds the kept entries of the previous state and the newly read contribution rows. */
  public static JavaRDD<Row> fold(
      JavaRDD<Row> previous, JavaRDD<Row> fresh, Plan plan, LongAccumulator[] counts) {
    Fold f = new Fold(plan, counts);
    if (previous == null) {
      return fresh.mapPartitions(it -> f.call(java.util.Collections.emptyIterator(), it));
    }
    if (fresh == null) {
      return previous.mapPartitions(it -> f.call(it, java.util.Collections.emptyIterator()));
    }
    return previous.zipPartitions(fresh, f);
  }

  /** Reads a bucketed state folder as a dataset whose partition i is bucket i, in order. */
  public static Dataset<Row> read(SparkSession spark, Path dir, int buckets) {
    spark.conf().set("spark.sql.sources.bucketing.enabled", "true");
    // Spark drops the bucketed layout when no join or aggregation asks for it: we need it.
    spark.conf().set("spark.sql.sources.bucketing.autoBucketedScan.enabled", "false");
    String table = tableName();
    spark.sql(
        "CREATE TABLE "
            + table
            + " ("
            + SCHEMA.toDDL()
            + ") USING parquet CLUSTERED BY (person_key) SORTED BY (person_key) INTO "
            + buckets
            + " BUCKETS LOCATION '"
            + dir.toString().replace("\\", "\\\\").replace("'", "\\'")
            + "'");
    try {
      Dataset<Row> ds = spark.table(table);
      // Resolve the files now: the plan keeps them after the table's name is gone.
      ds.queryExecution().executedPlan();
      return ds;
    } finally {
      spark.sql("DROP TABLE IF EXISTS " + table); // an external table: its files stay
    }
  }

  /** Writes {@code state} (partition i = bucket i, sorted) as Spark's bucketed Parquet layout. */
  public static void write(SparkSession spark, JavaRDD<Row> state, Path dir, int buckets) {
    String table = tableName();
    try {
      spark
          .createDataFrame(state, SCHEMA)
          .write()
          .format("parquet")
          .option("path", dir.toString())
          .bucketBy(buckets, "person_key")
          .sortBy("person_key")
          .saveAsTable(table);
    } finally {
      spark.sql("DROP TABLE IF EXISTS " + table);
    }
  }

  private static String tableName() {
    return "em_person_state_" + java.util.UUID.randomUUID().toString().replace("-", "");
  }

  /**
   * One task of the fold: partition i of the previous state (one row per person, sorted) and of the
   * new contribution rows (one row per contribution, sorted by person) → partition i of the new
   * state.
   */
  private static final class Fold implements FlatMapFunction2<Iterator<Row>, Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;

    private final boolean[] kept; // by extract month index − from
    private final int from;
    private final int buckets;
    private final LongAccumulator[] counts;

    Fold(Plan plan, LongAccumulator[] counts) {
      this.from = plan.from();
      int last = plan.needed().isEmpty() ? from : MonthWindow.index(plan.needed().lastKey());
      this.kept = new boolean[Math.max(0, last - from + 1)];
      for (YearMonth m : plan.keep()) {
        kept[MonthWindow.index(m) - from] = true;
      }
      this.buckets = plan.buckets();
      this.counts = counts;
    }

    private boolean keeps(int m, long ord) {
      int e = extractMonth(ord) - from;
      return m >= from && e >= 0 && e < kept.length && kept[e];
    }

    @Override
    public Iterator<Row> call(Iterator<Row> previous, Iterator<Row> fresh) {
      return new Iterator<>() {
        private Row prev = previous.hasNext() ? previous.next() : null;
        private Row next = fresh.hasNext() ? fresh.next() : null;
        private long lastPrev = Long.MIN_VALUE;
        private long lastFresh = Long.MIN_VALUE;
        private Row out;

        @Override
        public boolean hasNext() {
          while (out == null && (prev != null || next != null)) {
            out = person();
          }
          return out != null;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Row r = out;
          out = null;
          return r;
        }

        private Row person() {
          long key =
              prev == null
                  ? next.getLong(PersonInput.C_PERSON)
                  : next == null
                      ? prev.getLong(S_PERSON)
                      : Math.min(prev.getLong(S_PERSON), next.getLong(PersonInput.C_PERSON));
          Entries e = new Entries();
          if (prev != null && prev.getLong(S_PERSON) == key) {
            checkLayout(key, lastPrev, true, buckets, "the previous person state");
            lastPrev = key;
            List<Integer> ms = prev.getList(S_MONTH);
            List<String> towns = prev.getList(S_TOWN);
            List<Long> ids = prev.getList(S_IDENTITY);
            List<Long> ords = prev.getList(S_ORD);
            for (int i = 0; i < ms.size(); i++) {
              if (keeps(ms.get(i), ords.get(i))) {
                e.add(ms.get(i), towns.get(i), ids.get(i), ords.get(i));
              }
            }
            prev = previous.hasNext() ? previous.next() : null;
          }
          while (next != null && next.getLong(PersonInput.C_PERSON) == key) {
            checkLayout(key, lastFresh, false, buckets, "the new contribution rows");
            lastFresh = key;
            int month = next.getInt(PersonInput.C_MONTH);
            if (month >= from) {
              e.add(
                  month,
                  next.getString(PersonInput.C_TOWN),
                  next.getLong(PersonInput.C_IDENTITY),
                  next.getLong(PersonInput.C_ORD));
            }
            next = fresh.hasNext() ? fresh.next() : null;
          }
          if (e.size == 0) {
            return null;
          }
          counts[0].add(1);
          counts[1].add(e.size);
          return e.row(key);
        }
      };
    }
  }

  /** One person's entries, growing arrays. */
  private static final class Entries {
    int size;
    int[] m = new int[16];
    String[] town = new String[16];
    long[] identity = new long[16];
    long[] ord = new long[16];

    void add(int month, String t, long id, long o) {
      if (size == m.length) {
        int n = size * 2;
        m = java.util.Arrays.copyOf(m, n);
        town = java.util.Arrays.copyOf(town, n);
        identity = java.util.Arrays.copyOf(identity, n);
        ord = java.util.Arrays.copyOf(ord, n);
      }
      m[size] = month;
      town[size] = t;
      identity[size] = id;
      ord[size] = o;
      size++;
    }

    /** Primitive arrays: Spark's encoder copies them without boxing. */
    Row row(long key) {
      return RowFactory.create(
          key,
          java.util.Arrays.copyOf(m, size),
          java.util.Arrays.copyOf(town, size),
          java.util.Arrays.copyOf(identity, size),
          java.util.Arrays.copyOf(ord, size));
    }
  }
}
