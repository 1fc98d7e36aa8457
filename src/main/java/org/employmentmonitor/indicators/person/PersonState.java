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
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.hash.Murmur3_x86_32;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.LongAccumulator;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.staging.LatestVersion;
import org.employmentmonitor.staging.MonthWindow;
import org.employmentmonitor.staging.StagedData;

/**
 * The per-person state a run hands to the next (issue 16): every person's social-insurance
 * contribution rows of the look-back window — 97 % of all person rows — folded into one row per
 * person, stored as Spark's bucketed Parquet layout (bucket = Spark's hash partition of person_key,
 * one sorted file per bucket). The next run reads bucket i as partition i, already grouped and
 * sorted, drops what changed and adds only the newly staged months: the contribution history is
 * never shuffled or sorted again.
 *
 * <p>Each contribution row keeps its extract month (the high bits of its delivery order {@code
 * ord}), and every version from different extract months is kept, so that any staged month can be
 * taken out exactly (a re-delivered, corrected or withdrawn month); within one extract month only
 * the last version is kept, so the extract month alone orders what remains and the latest-version
 * rule (SPEC 2.3) is applied when a person is evaluated, as before. Rows are stored as spans
 * ({@link #SCHEMA}). Which staged month went in is recorded with the fingerprint of its {@code
 * _ingest.json} ({@link Meta#months}); a month whose fingerprint changed is read again. The
 * registration, roster and training rows (3 %) are not carried: they are read from staging each
 * run, where their own latest-version rule applies.
 *
 * <p>Nothing in the state identifies a person beyond person_key; it lives under {@code staging/}
 * with owner-only permissions and is published with the period's outputs as one unit.
 */
public final class PersonState {
  private static final org.apache.logging.log4j.Logger LOG =
      org.apache.logging.log4j.LogManager.getLogger(PersonState.class);

  private PersonState() {}

  /** Bump when the layout changes: a state of another format is rebuilt, never read. */
  public static final int FORMAT = 3;

  public static final String META_FILE = "_state.json";

  /**
   * One row per person; their contribution rows as spans: span j stands for the rows of {@code
   * identity[j]} (a 64-bit hash of employer and insurance type) in employer town {@code
   * town_code[j]} for the {@code length[j]} consecutive months from {@code first[j]}, each
   * delivered in the extract month {@code lag[j]} months after its contribution month. A person
   * insured without a break and delivered on time is one span per employer and insurance type, not
   * one entry per month. Within one extract month only the last version of an identity is kept
   * (SPEC 2.3 within a file and across parts), so across extract months the extract month alone
   * orders the versions.
   */
  public static final StructType SCHEMA =
      new StructType()
          .add("person_key", DataTypes.LongType, false)
          .add("identity", DataTypes.createArrayType(DataTypes.LongType, false), false)
          .add("town_code", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("first", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
          .add("length", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
          .add("lag", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  static final int S_PERSON = 0;
  private static final int S_IDENTITY = 1;
  private static final int S_TOWN = 2;
  private static final int S_FIRST = 3;
  private static final int S_LENGTH = 4;
  private static final int S_LAG = 5;

  /** Receives one contribution row of a state row: {@code extract} is its extract month index. */
  @FunctionalInterface
  interface EntryConsumer {
    void accept(long identity, int m, int extract, String town);
  }

  /** Calls {@code to} for every contribution row a state row holds, span by span. */
  static void forEachEntry(InternalRow r, Strings strings, EntryConsumer to) {
    ArrayData ids = r.getArray(S_IDENTITY);
    ArrayData towns = r.getArray(S_TOWN);
    ArrayData first = r.getArray(S_FIRST);
    ArrayData length = r.getArray(S_LENGTH);
    ArrayData lag = r.getArray(S_LAG);
    for (int j = 0; j < ids.numElements(); j++) {
      long id = ids.getLong(j);
      String town = strings.of(towns.getUTF8String(j));
      int m0 = first.getInt(j);
      int l = lag.getInt(j);
      for (int k = 0, n = length.getInt(j); k < n; k++) {
        to.accept(id, m0 + k, m0 + k + l, town);
      }
    }
  }

  /** The delivery order a state entry stands for: its extract month's first. */
  static long ordOf(int extract) {
    return StagedData.ordOf(extract, 0, 0);
  }

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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

    /** Contribution rows held (one version per identity, month and extract month). */
    public long entries;

    /** The spans they are stored as. */
    public long spans;

    public String runId;

    /** The state's data files (name → bytes), as written. */
    public TreeMap<String, Long> files = new TreeMap<>();

    /** The state's data files (name → SHA-256), as written: {@link StateProof} checks them. */
    public TreeMap<String, String> sha256 = new TreeMap<>();

    /** SHA-256 of this description without this field: an edited {@code _state.json} is seen. */
    public String digest;

    /**
     * The description in {@code dir} as it is, or null when there is none; unverified: a run folds
     * a state only after {@link StateProof#check}.
     */
    public static Meta read(HadoopFs fs, Path dir) throws IOException {
      Path p = new Path(dir, META_FILE);
      return fs.exists(p) ? JSON.readValue(fs.readAll(p), Meta.class) : null;
    }

    /**
     * Writes {@code _state.json} for the data files now in {@code dir}: their sizes and checksums,
     * the persons and spans their footers count, and its own digest ({@link StateProof#seal}).
     */
    public void write(HadoopFs fs, Path dir) throws IOException {
      StateProof.seal(fs, dir, this);
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
      List<String> notes) {}

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
    return plan(base, null, period, from, needed, defaultBuckets, rebuild);
  }

  /**
   * As above; {@code rejected} says why the published state failed its check ({@link StateProof}),
   * null when it passed or none was published.
   */
  public static Plan plan(
      Meta base,
      String rejected,
      YearMonth period,
      int from,
      NavigableMap<YearMonth, String> needed,
      int defaultBuckets,
      boolean rebuild) {
    List<String> notes = new ArrayList<>();
    if (rebuild) {
      notes.add("--reingest: the person state is rebuilt from staging");
      base = null;
    } else if (rejected != null) {
      notes.add(
          "the published person state failed its check (" + rejected + "): rebuilt from staging");
      base = null;
    } else if (base == null) {
      notes.add("no person state published yet: built from staging");
    } else if (base.format != FORMAT || base.buckets < 1 || base.from == null) {
      notes.add("the person state has an older format: rebuilt from staging");
      base = null;
    } else if (MonthWindow.index(YearMonth.parse(base.from)) > from) {
      // Its months hold only the contribution months from its own look-back on; this run needs
      // earlier ones (a run for an earlier year after a later one).
      notes.add(
          "the person state of "
              + base.period
              + " starts at "
              + base.from
              + ", after this run's look-back "
              + MonthWindow.month(from)
              + ": rebuilt from staging");
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
          // Issue 27: what is known is that the staged copy is another one, not why — a
          // re-delivery, --reingest, or a key or towns.csv change all stage the month again.
          notes.add(
              "social_insurance "
                  + e.getKey()
                  + " staged again since the state of "
                  + basePeriod
                  + " was built (re-delivered, --reingest, or the key or towns.csv changed): read"
                  + " again");
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
      JavaRDD<InternalRow> previous,
      JavaRDD<InternalRow> fresh,
      Plan plan,
      LongAccumulator[] counts) {
    Fold f = new Fold(plan, counts);
    if (previous == null) {
      return fresh.mapPartitions(it -> f.call(java.util.Collections.emptyIterator(), it));
    }
    if (fresh == null) {
      return previous.mapPartitions(it -> f.call(it, java.util.Collections.emptyIterator()));
    }
    return previous.zipPartitions(fresh, f);
  }

  /**
   * The rows of a dataset as Spark holds them: arrays and strings are read without boxing or
   * decoding every element. A row is valid until the iterator's next call.
   */
  public static JavaRDD<InternalRow> internalRows(Dataset<Row> ds) {
    return ds.queryExecution().toRdd().toJavaRDD();
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
          // Measured (issue 16): dictionary pages for the identity hashes cost a fifth of the
          // state's write and save nothing; the town codes repeat and keep theirs.
          .option("parquet.enable.dictionary", "false")
          .option("parquet.enable.dictionary#town_code.list.element", "true")
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
  private static final class Fold
      implements FlatMapFunction2<Iterator<InternalRow>, Iterator<InternalRow>, Row> {
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

    private boolean keeps(int m, int extract) {
      int e = extract - from;
      return m >= from && e >= 0 && e < kept.length && kept[e];
    }

    @Override
    public Iterator<Row> call(Iterator<InternalRow> previous, Iterator<InternalRow> fresh) {
      Strings strings = new Strings();
      return new Iterator<>() {
        private InternalRow prev = previous.hasNext() ? previous.next() : null;
        private InternalRow next = fresh.hasNext() ? fresh.next() : null;
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
          Spans e = new Spans();
          if (prev != null && prev.getLong(S_PERSON) == key) {
            checkLayout(key, lastPrev, true, buckets, "the previous person state");
            lastPrev = key;
            forEachEntry(
                prev,
                strings,
                (id, m, extract, town) -> {
                  if (keeps(m, extract)) {
                    e.add(id, m, extract, town, 0);
                  }
                });
            prev = previous.hasNext() ? previous.next() : null;
          }
          while (next != null && next.getLong(PersonInput.C_PERSON) == key) {
            checkLayout(key, lastFresh, false, buckets, "the new contribution rows");
            lastFresh = key;
            int month = next.getInt(PersonInput.C_MONTH);
            if (month >= from) {
              long ord = next.getLong(PersonInput.C_ORD);
              e.add(
                  next.getLong(PersonInput.C_IDENTITY),
                  month,
                  StagedData.extractMonthOf(ord),
                  strings.of(next.getUTF8String(PersonInput.C_TOWN)),
                  ord);
            }
            next = fresh.hasNext() ? fresh.next() : null;
          }
          if (e.isEmpty()) {
            return null;
          }
          Row row = e.row(key);
          counts[0].add(1);
          counts[1].add(e.entries);
          counts[2].add(e.spans);
          return row;
        }
      };
    }
  }

  /**
   * Town codes as Strings, decoded once per task: a few dozen codes repeat over millions of rows.
   */
  static final class Strings {
    private final java.util.HashMap<UTF8String, String> decoded = new java.util.HashMap<>();

    String of(UTF8String u) {
      String s = decoded.get(u);
      if (s == null) {
        s = u.toString();
        if (decoded.size() < 100_000) {
          decoded.put(u.clone(), s); // the row's bytes are reused by the next row
        }
      }
      return s;
    }
  }

  /** One person's contribution rows, compressed into spans by {@link #row}. */
  private static final class Spans {
    private record Entry(long identity, int m, int extract, String town, long ord) {}

    /**
     * Identity, lag, month, then delivery order: the versions of one identity, month and extract
     * month are neighbours (the last wins), and a span's months follow each other.
     */
    private static final java.util.Comparator<Entry> ORDER =
        java.util.Comparator.comparingLong(Entry::identity)
            .thenComparingInt(e -> e.extract() - e.m())
            .thenComparingInt(Entry::m)
            .thenComparingLong(Entry::ord);

    private final List<Entry> all = new ArrayList<>();
    int entries;
    int spans;

    void add(long identity, int m, int extract, String town, long ord) {
      all.add(new Entry(identity, m, extract, town, ord));
    }

    boolean isEmpty() {
      return all.isEmpty();
    }

    Row row(long key) {
      all.sort(ORDER);
      // Within one extract month the last version of an identity and month wins (SPEC 2.3: the
      // last row of a file, the later part of a delivery): of neighbours with the same identity,
      // month and extract month, the last one is kept.
      List<Entry> sorted = new ArrayList<>(all.size());
      for (Entry e : all) {
        int last = sorted.size() - 1;
        if (last >= 0
            && sorted.get(last).identity() == e.identity()
            && sorted.get(last).m() == e.m()
            && sorted.get(last).extract() == e.extract()) {
          if (LatestVersion.wins(e.ord(), sorted.get(last).ord())) {
            sorted.set(last, e);
          }
        } else {
          sorted.add(e);
        }
      }
      long[] ids = new long[sorted.size()];
      String[] towns = new String[sorted.size()];
      int[] first = new int[sorted.size()];
      int[] length = new int[sorted.size()];
      int[] lag = new int[sorted.size()];
      int n = 0;
      for (Entry e : sorted) {
        int l = e.extract() - e.m();
        if (n > 0
            && ids[n - 1] == e.identity()
            && lag[n - 1] == l
            && towns[n - 1].equals(e.town())
            && first[n - 1] + length[n - 1] == e.m()) {
          length[n - 1]++;
        } else {
          ids[n] = e.identity();
          towns[n] = e.town();
          first[n] = e.m();
          length[n] = 1;
          lag[n] = l;
          n++;
        }
      }
      entries = sorted.size();
      spans = n;
      return RowFactory.create(
          key,
          java.util.Arrays.copyOf(ids, n),
          java.util.Arrays.copyOf(towns, n),
          java.util.Arrays.copyOf(first, n),
          java.util.Arrays.copyOf(length, n),
          java.util.Arrays.copyOf(lag, n));
    }
  }
}
