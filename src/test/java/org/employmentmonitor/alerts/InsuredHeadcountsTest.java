package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.SEPTEMBER;
import static org.employmentmonitor.alerts.AlertFixtures.TOWNS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.alerts.InsuredDropRule.AreaChange;
import org.employmentmonitor.alerts.LayoffRule.EmployerChange;
import org.employmentmonitor.staging.MonthWindow;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.SparkTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headcounts from hand-built staged social insurance rows (as StagedData.read returns them). */
class InsuredHeadcountsTest {
  private static final String A = AlertFixtures.TOWNS.list().get(0).code();
  private static final String B = AlertFixtures.TOWNS.list().get(1).code();
  private static final String C = AlertFixtures.TOWNS.list().get(2).code();
  private static final YearMonth JUL = YearMonth.of(2020, 7);
  private static final YearMonth AUG = YearMonth.of(2020, 8);

  private static final StructType SCHEMA =
      new StructType()
          .add("person_key", DataTypes.LongType)
          .add("employer_credit_code", DataTypes.StringType)
          .add("employer_name", DataTypes.StringType)
          .add("town_code", DataTypes.StringType)
          .add("contribution_month", DataTypes.DateType)
          .add("insurance_type", DataTypes.StringType)
          .add("ord", DataTypes.LongType);

  private static InsuredHeadcounts heads;

  private static Row row(
      YearMonth extract,
      int line,
      long person,
      int employer,
      String name,
      String town,
      YearMonth m,
      String type) {
    long ord = ((long) MonthWindow.index(extract) << 32) + line;
    return RowFactory.create(
        person,
        Ids.employer(employer),
        name,
        town,
        LocalDate.of(m.getYear(), m.getMonthValue(), 1),
        type,
        ord);
  }

  @BeforeAll
  static void build() {
    List<Row> rows = new ArrayList<>();
    int line = 2;
    for (long p = 1; p <= 25; p++) { // employer 1: 25 persons in August, two insurance types each
      rows.add(row(AUG, line++, p, 1, "甲公司", A, AUG, "PENSION"));
      rows.add(row(AUG, line++, p, 1, "甲公司", A, AUG, "MEDICAL"));
    }
    for (long p = 101; p <= 110; p++) { // employer 2: 10 persons in August, gone in September
      rows.add(row(AUG, line++, p, 2, "乙公司", B, AUG, "PENSION"));
    }
    rows.add(row(AUG, line++, 1, 5, "丙公司", C, AUG, "PENSION")); // person 1 also in town C
    rows.add(row(AUG, line++, 300, 1, "甲公司", A, JUL, "PENSION")); // back payment: not P−1 or P
    line = 2;
    for (long p = 1; p <= 4; p++) { // employer 1 keeps 5 persons, under a new name
      rows.add(row(SEPTEMBER, line++, p, 1, "甲公司（新）", A, SEPTEMBER, "PENSION"));
    }
    rows.add(row(SEPTEMBER, line++, 5, 1, null, A, SEPTEMBER, "PENSION")); // latest row, no name
    // person 40 at employer 4: delivered twice in September, the later version moves it to town B
    rows.add(row(SEPTEMBER, 100, 40, 4, "丁公司", A, SEPTEMBER, "PENSION"));
    rows.add(row(SEPTEMBER, 200, 40, 4, "丁公司", B, SEPTEMBER, "PENSION"));
    heads = InsuredHeadcounts.of(SparkTestSupport.spark().createDataFrame(rows, SCHEMA), SEPTEMBER);
  }

  @Test
  void employersWithFewerInsuredPersonsCarryLatestNameAndTown() {
    assertEquals(
        List.of(
            new EmployerChange(Ids.employer(1), "甲公司（新）", A, 25, 5),
            new EmployerChange(Ids.employer(2), "乙公司", B, 10, 0)),
        heads.employerDrops(5));
  }

  @Test
  void smallerDropsAreKeptWhenAskedFor() {
    assertEquals(3, heads.employerDrops(1).size()); // employer 5: 1 → 0
  }

  @Test
  void districtCountsPersonsOnceAndTownsOncePerEmployerTown() {
    assertEquals(
        List.of(
            new AreaChange(Subjects.DISTRICT, null, 35, 6),
            new AreaChange(A, "中山路街道", 25, 5),
            new AreaChange(B, "胜利路街道", 10, 1),
            new AreaChange(C, "青峰镇", 1, 0)),
        heads.areas(TOWNS));
  }
}
