package org.employmentmonitor.indicators.person;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.util.LongAccumulator;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.staging.MonthWindow;
import org.employmentmonitor.staging.StagedData;
import org.employmentmonitor.testing.SparkTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The person state (issue 16): which staged months a run keeps from the published state and which
 * it reads again, and the fold that drops and adds them, checked on hand-made entries.
 */
class PersonStateTest {
  @TempDir Path tmp;

  private static final YearMonth SEPT = YearMonth.of(2020, 9);
  private static final int FROM_2020 = MonthWindow.index(YearMonth.of(2019, 10));

  /** Staged months from..to, each with fingerprint "f" + month. */
  private static TreeMap<YearMonth, String> staged(String from, String to) {
    TreeMap<YearMonth, String> out = new TreeMap<>();
    for (YearMonth m = YearMonth.parse(from);
        !m.isAfter(YearMonth.parse(to));
        m = m.plusMonths(1)) {
      out.put(m, "f" + m);
    }
    return out;
  }

  private static PersonState.Meta state(String period, Map<YearMonth, String> months) {
    PersonState.Meta m = new PersonState.Meta();
    m.period = period;
    m.from = YearMonth.of(YearMonth.parse(period).getYear() - 1, 10).toString();
    m.buckets = 3;
    months.forEach((k, v) -> m.months.put(k.toString(), v));
    return m;
  }

  @Test
  void withoutAStateEveryStagedMonthIsRead() {
    PersonState.Plan p =
        PersonState.plan(null, SEPT, FROM_2020, staged("2019-10", "2020-09"), 4, false);
    assertNull(p.base());
    assertEquals(4, p.buckets());
    assertEquals(List.of(), p.keep());
    assertEquals(12, p.read().size());
    assertEquals(List.of("no person state published yet: built from staging"), p.notes());
  }

  @Test
  void theMonthlyRunKeepsEveryUnchangedMonthAndReadsOnlyTheNewOne() {
    PersonState.Plan p =
        PersonState.plan(
            state("2020-08", staged("2019-10", "2020-08")),
            SEPT,
            FROM_2020,
            staged("2019-10", "2020-09"),
            4,
            false);
    assertEquals(3, p.buckets(), "the state's bucket count wins over the session's");
    assertEquals(11, p.keep().size());
    assertEquals(List.of(SEPT), p.read());
    assertEquals(List.of("social_insurance 2020-09 new"), p.notes());
  }

  @Test
  void aReDeliveredMonthIsReadAgainAndNamed() {
    TreeMap<YearMonth, String> now = staged("2019-10", "2020-09");
    now.put(YearMonth.of(2020, 3), "corrected");
    PersonState.Plan p =
        PersonState.plan(
            state("2020-08", staged("2019-10", "2020-08")), SEPT, FROM_2020, now, 4, false);
    assertEquals(List.of(YearMonth.of(2020, 3), SEPT), p.read());
    assertEquals(10, p.keep().size());
    assertTrue(
        p.notes()
            .contains(
                "social_insurance 2020-03 staged again since the state of 2020-08 was built"
                    + " (re-delivered, --reingest, or the key or towns.csv changed): read again"),
        p.notes().toString());
  }

  @Test
  void aWithdrawnMonthIsDroppedAndNamed() {
    TreeMap<YearMonth, String> now = staged("2019-10", "2020-09");
    now.remove(YearMonth.of(2020, 5));
    PersonState.Plan p =
        PersonState.plan(
            state("2020-08", staged("2019-10", "2020-08")), SEPT, FROM_2020, now, 4, false);
    assertFalse(p.keep().contains(YearMonth.of(2020, 5)));
    assertEquals(List.of(SEPT), p.read());
    assertTrue(
        p.notes()
            .contains("social_insurance 2020-05 withdrawn since the state of 2020-08: dropped"));
  }

  @Test
  void aNewYearKeepsTheLookBackMonthsAndSaysNothingOfTheOlderOnes() {
    YearMonth jan = YearMonth.of(2021, 1);
    int from = MonthWindow.index(YearMonth.of(2020, 10));
    PersonState.Plan p =
        PersonState.plan(
            state("2020-12", staged("2019-10", "2020-12")),
            jan,
            from,
            staged("2020-10", "2021-01"),
            4,
            false);
    assertEquals(
        List.of(YearMonth.of(2020, 10), YearMonth.of(2020, 11), YearMonth.of(2020, 12)), p.keep());
    assertEquals(List.of(jan), p.read());
    assertEquals(List.of("social_insurance 2021-01 new"), p.notes());
  }

  @Test
  void aStateWhoseLookBackStartsLaterIsNotUsedForAnEarlierYear() {
    // December 2020's run after January 2021's: the state holds October–December 2020 deliveries
    // only from contribution month 2020-10 on, but 2020's window needs them from 2019-10 on.
    PersonState.Plan p =
        PersonState.plan(
            state("2021-01", staged("2020-10", "2021-01")),
            YearMonth.of(2020, 12),
            FROM_2020,
            staged("2019-10", "2020-12"),
            4,
            false);
    assertNull(p.base());
    assertEquals(15, p.read().size());
    assertEquals(
        List.of(
            "the person state of 2021-01 starts at 2020-10, after this run's look-back 2019-10:"
                + " rebuilt from staging"),
        p.notes());
  }

  @Test
  void reingestAndAnOlderFormatRebuild() {
    PersonState.Meta old = state("2020-08", staged("2019-10", "2020-08"));
    PersonState.Plan p =
        PersonState.plan(old, SEPT, FROM_2020, staged("2019-10", "2020-09"), 4, true);
    assertNull(p.base());
    assertEquals(12, p.read().size());
    old.format = PersonState.FORMAT - 1;
    p = PersonState.plan(old, SEPT, FROM_2020, staged("2019-10", "2020-09"), 4, false);
    assertNull(p.base());
    assertEquals(List.of("the person state has an older format: rebuilt from staging"), p.notes());
  }

  // ---- the fold, on Spark ----

  private static long ord(String extractMonth, long line) {
    return StagedData.ordOf(MonthWindow.index(YearMonth.parse(extractMonth)), 0, line);
  }

  private static int m(String month) {
    return MonthWindow.index(YearMonth.parse(month));
  }

  /** A contribution row of {@link PersonInput#CONTRIBUTIONS}. */
  private static Row contribution(long person, String month, String town, long id, long ord) {
    return RowFactory.create(person, m(month), town, id, ord);
  }

  private static JavaRDD<InternalRow> partitioned(SparkSession spark, List<Row> rows, int buckets) {
    Dataset<Row> ds = spark.createDataFrame(rows, PersonInput.CONTRIBUTIONS);
    return PersonState.internalRows(
        ds.repartition(buckets, col("person_key")).sortWithinPartitions("person_key"));
  }

  /** person → "month/town/extract month" entries, sorted, expanded from the spans. */
  private static Map<Long, List<String>> entries(List<Row> state) {
    Map<Long, List<String>> out = new TreeMap<>();
    for (Row r : state) {
      List<Long> ids = r.getList(1);
      List<String> towns = r.getList(2);
      List<Integer> first = r.getList(3);
      List<Integer> length = r.getList(4);
      List<Integer> lag = r.getList(5);
      List<String> e = new ArrayList<>();
      for (int j = 0; j < ids.size(); j++) {
        for (int k = 0; k < length.get(j); k++) {
          int m = first.get(j) + k;
          e.add(
              MonthWindow.month(m) + "/" + towns.get(j) + "/" + MonthWindow.month(m + lag.get(j)));
        }
      }
      e.sort(null);
      out.put(r.getLong(0), e);
    }
    return out;
  }

  @Test
  void theFoldDropsTheReDeliveredMonthKeepsTheRestAndAddsTheNewRows() throws Exception {
    SparkSession spark = SparkTestSupport.spark();
    int buckets = 3;
    List<Row> first =
        List.of(
            contribution(1, "2020-07", "A", 11, ord("2020-07", 1)),
            contribution(1, "2020-08", "A", 11, ord("2020-08", 1)),
            // a back-dated row of August's file, replacing July's version of identity 11
            contribution(1, "2020-07", "B", 11, ord("2020-08", 2)),
            contribution(2, "2020-08", "A", 22, ord("2020-08", 3)),
            contribution(3, "2020-07", "C", 33, ord("2020-07", 2)),
            // before the window's look-back: never kept
            contribution(3, "2019-09", "C", 33, ord("2020-07", 3)));
    TreeMap<YearMonth, String> months = staged("2020-07", "2020-08");
    PersonState.Plan built = PersonState.plan(null, SEPT, FROM_2020, months, buckets, false);
    LongAccumulator[] counts = {
      spark.sparkContext().longAccumulator(),
      spark.sparkContext().longAccumulator(),
      spark.sparkContext().longAccumulator()
    };
    Path dir = tmp.resolve("state-08");
    PersonState.write(
        spark,
        PersonState.fold(null, partitioned(spark, first, buckets), built, counts),
        new org.apache.hadoop.fs.Path(dir.toString()),
        buckets);
    assertEquals(3L, counts[0].value(), "persons");
    assertEquals(5L, counts[1].value(), "contribution rows");
    // Person 1: identity 11 on time in July and August in town A is one span; August's
    // back-dated July row is another (lag 1).
    assertEquals(4L, counts[2].value(), "spans");

    org.apache.hadoop.fs.Path stateDir = new org.apache.hadoop.fs.Path(dir.toString());
    HadoopFs fs = new HadoopFs(spark.sparkContext().hadoopConfiguration());
    PersonState.Meta written = state("2020-08", months);
    written.write(fs, stateDir);
    assertEquals(
        java.util.stream.LongStream.of(1, 2, 3)
            .map(k -> PersonState.bucketOf(k, buckets))
            .distinct()
            .count(),
        PersonState.Meta.read(fs, stateDir).files.size(),
        "one file per bucket that holds persons");

    Dataset<Row> previous = PersonState.read(spark, stateDir, buckets);
    assertEquals(buckets, previous.toJavaRDD().getNumPartitions());
    assertEquals(
        Map.of(
            1L, List.of("2020-07/A/2020-07", "2020-07/B/2020-08", "2020-08/A/2020-08"),
            2L, List.of("2020-08/A/2020-08"),
            3L, List.of("2020-07/C/2020-07")),
        entries(previous.collectAsList()));

    // September: August re-delivered without person 2's row and with person 1's back-dated row
    // gone; a new person 4; July kept.
    TreeMap<YearMonth, String> now = staged("2020-07", "2020-09");
    now.put(YearMonth.of(2020, 8), "corrected");
    PersonState.Meta meta = state("2020-08", months);
    meta.buckets = buckets;
    PersonState.Plan next = PersonState.plan(meta, SEPT, FROM_2020, now, 7, false);
    assertEquals(List.of(YearMonth.of(2020, 7)), next.keep());
    List<Row> fresh =
        List.of(
            contribution(1, "2020-08", "A", 11, ord("2020-08", 1)),
            contribution(1, "2020-09", "A", 11, ord("2020-09", 1)),
            contribution(4, "2020-09", "D", 44, ord("2020-09", 2)),
            // the same identity and month again, lower in the same file: this version wins
            contribution(4, "2020-09", "E", 44, ord("2020-09", 7)));
    List<Row> folded =
        spark
            .createDataFrame(
                PersonState.fold(
                    PersonState.internalRows(previous),
                    partitioned(spark, fresh, buckets),
                    next,
                    counts),
                PersonState.SCHEMA)
            .collectAsList();
    assertEquals(
        Map.of(
            1L, List.of("2020-07/A/2020-07", "2020-08/A/2020-08", "2020-09/A/2020-09"),
            3L, List.of("2020-07/C/2020-07"),
            4L, List.of("2020-09/E/2020-09")),
        entries(folded),
        "person 2 had rows only in the withdrawn version of August: gone");

    // A data file lost (deleted by hand, a partial copy): the state is not read with its persons
    // missing, it is rebuilt.
    java.io.File bucketFile =
        java.util.Arrays.stream(dir.toFile().listFiles())
            .filter(f -> f.getName().startsWith("part-"))
            .findFirst()
            .orElseThrow();
    assertTrue(bucketFile.delete());
    StateProof.Verdict v = StateProof.check(fs, stateDir);
    assertNull(v.meta());
    assertEquals(
        "state file " + bucketFile.getName().substring(0, 10) + " is missing", v.problem());
  }

  @Test
  void rowsOutOfTheirBucketFailTheTaskInsteadOfGivingWrongNumbers() {
    SparkSession spark = SparkTestSupport.spark();
    List<Row> rows = new ArrayList<>();
    for (long p = 1; p <= 40; p++) {
      rows.add(contribution(p, "2020-09", "A", p, ord("2020-09", p)));
    }
    // Split into 3 partitions round robin, not by the person's bucket.
    JavaRDD<InternalRow> misplaced =
        PersonState.internalRows(
            spark.createDataFrame(rows, PersonInput.CONTRIBUTIONS).repartition(3));
    PersonState.Plan p =
        PersonState.plan(null, SEPT, FROM_2020, staged("2020-09", "2020-09"), 3, false);
    LongAccumulator[] counts = {
      spark.sparkContext().longAccumulator(),
      spark.sparkContext().longAccumulator(),
      spark.sparkContext().longAccumulator()
    };
    Exception e =
        assertThrows(Exception.class, () -> PersonState.fold(null, misplaced, p, counts).collect());
    assertTrue(
        String.valueOf(e.getMessage()).contains("the person state is damaged"), e.toString());
  }
}
