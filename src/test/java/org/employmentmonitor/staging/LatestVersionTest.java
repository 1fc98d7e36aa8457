package org.employmentmonitor.staging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.testing.SparkTestSupport;
import org.junit.jupiter.api.Test;

/**
 * SPEC 2.3 in its three shapes, on hand-written versions: a later extract month beats any line of
 * an earlier one, within a month the last line wins, and all three shapes agree.
 */
class LatestVersionTest {
  private static final StructType POSTINGS =
      new StructType()
          .add("posting_id", DataTypes.StringType)
          .add("positions", DataTypes.IntegerType)
          .add("ord", DataTypes.LongType);

  /** Delivery order as StagedData.read computes it: extract month high, source line low. */
  private static long ord(String extractMonth, int line) {
    return ((long) MonthWindow.index(YearMonth.parse(extractMonth)) << 32) + line;
  }

  private record Version(String value, long ord) {}

  @Test
  void aLaterDeliveryWinsAndATieKeepsTheVersionKept() {
    assertTrue(LatestVersion.wins(ord("2020-09", 2), ord("2020-08", 900_000)));
    assertFalse(LatestVersion.wins(ord("2020-08", 900_000), ord("2020-09", 2)));
    assertFalse(LatestVersion.wins(ord("2020-09", 5), ord("2020-09", 5)));

    BinaryOperator<Version> later = LatestVersion.merge(Version::ord);
    Version kept = new Version("kept", ord("2020-09", 5));
    assertSame(kept, later.apply(kept, new Version("same order", ord("2020-09", 5))));
    assertEquals("line 7", later.apply(kept, new Version("line 7", ord("2020-09", 7))).value());
    assertSame(kept, later.apply(kept, new Version("older", ord("2020-08", 7))));
  }

  private static Dataset<Row> postings() {
    return SparkTestSupport.spark()
        .createDataFrame(
            List.of(
                RowFactory.create("P1", 10, ord("2020-08", 3)),
                RowFactory.create("P1", 12, ord("2020-09", 2)), // re-delivered in September
                RowFactory.create("P2", 20, ord("2020-09", 4)),
                RowFactory.create("P2", 25, ord("2020-09", 9)), // same file, later line
                RowFactory.create("P3", 30, ord("2020-07", 2))),
            POSTINGS);
  }

  @Test
  void onTheDriverEachPostingKeepsItsLatestVersion() {
    List<Row> rows =
        LatestVersion.collect(postings(), Extracts.RECRUITMENT, List.of("posting_id", "positions"));
    assertEquals(
        List.of(
            RowFactory.create("P1", 12), RowFactory.create("P2", 25), RowFactory.create("P3", 30)),
        rows.stream().sorted(Comparator.comparing(r -> r.getString(0))).toList());
  }

  @Test
  void inSparkEachPostingKeepsItsLatestVersion() {
    List<Row> rows =
        LatestVersion.keep(postings(), List.of("posting_id"))
            .orderBy("posting_id")
            .select("posting_id", "positions")
            .collectAsList();
    assertEquals(
        List.of(
            RowFactory.create("P1", 12), RowFactory.create("P2", 25), RowFactory.create("P3", 30)),
        rows);
  }
}
