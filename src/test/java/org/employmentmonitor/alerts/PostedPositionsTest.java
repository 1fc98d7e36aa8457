package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.employmentmonitor.alerts.AlertFixtures.TOWNS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.alerts.RecruitmentDropRule.AreaPositions;
import org.employmentmonitor.staging.MonthWindow;
import org.junit.jupiter.api.Test;

/** Positions posted per month from hand-built staged recruitment rows. */
class PostedPositionsTest {
  private static final String A = TOWNS.list().get(0).code();
  private static final String B = TOWNS.list().get(1).code();
  private static final String C = TOWNS.list().get(2).code();

  private static final StructType SCHEMA =
      new StructType()
          .add("posting_id", DataTypes.StringType)
          .add("town_code", DataTypes.StringType)
          .add("positions", DataTypes.IntegerType)
          .add("posted_date", DataTypes.DateType)
          .add("ord", DataTypes.LongType);

  private static Row posting(String id, String town, int positions, String date, String extract) {
    long ord = ((long) MonthWindow.index(YearMonth.parse(extract)) << 32) + 2;
    return RowFactory.create(id, town, positions, LocalDate.parse(date), ord);
  }

  @Test
  void latestVersionOfEachPostingCountsInItsPostedMonthAndTown() {
    List<Row> rows =
        List.of(
            posting("P1", A, 10, "2020-06-10", "2020-06"),
            posting("P2", A, 20, "2020-07-05", "2020-07"),
            posting("P3", B, 30, "2020-08-01", "2020-08"),
            posting("P3", B, 35, "2020-08-01", "2020-09"), // re-delivered: 35 replaces 30
            posting("P4", A, 5, "2020-09-03", "2020-09"),
            posting("P5", B, 100, "2020-05-20", "2020-06"), // before the three months
            posting("P6", A, 7, "2020-08-20", "2020-08"),
            posting("P6", C, 7, "2020-09-01", "2020-09")); // moved to September, town C
    List<AreaPositions> areas =
        PostedPositions.count(
            AlertFixtures.spark().createDataFrame(rows, SCHEMA), SEPTEMBER, 3, TOWNS);
    assertEquals(
        List.of(
            new AreaPositions(Subjects.DISTRICT, null, 12, List.of(35L, 20L, 10L)),
            new AreaPositions(A, "中山路街道", 5, List.of(0L, 20L, 10L)),
            new AreaPositions(B, "胜利路街道", 0, List.of(35L, 0L, 0L)),
            new AreaPositions(C, "青峰镇", 7, List.of(0L, 0L, 0L))),
        areas);
  }
}
