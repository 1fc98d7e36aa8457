package org.employmentmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.testing.SparkTestSupport;
import org.junit.jupiter.api.Test;

/** Internal rows hold exactly what Spark's Row encoder made of the same staged values. */
class StagedRowsTest {
  private static final StructType REGISTRATION = Extracts.REGISTRATION.stagedSchemaWithMonth();
  private static final StructType SOCIAL_INSURANCE =
      Extracts.SOCIAL_INSURANCE.stagedSchemaWithMonth();

  @Test
  void everyStagedTypeReadsBackAsTheRowEncoderWroteIt() {
    List<Object[]> registration = new ArrayList<>();
    registration.add(
        new Object[] {
          "R1",
          123456789012345L,
          LocalDate.of(1990, 2, 28),
          "F",
          "500118001",
          "H1",
          "EMPLOYED",
          LocalDate.of(2020, 9, 3),
          "EMPLOYER",
          "91500118MA5U123456",
          new String[] {"GRADUATE"},
          true,
          2,
          0,
          "2020-09"
        });
    registration.add(
        new Object[] {
          "R2",
          -7L,
          LocalDate.of(1969, 12, 31),
          "M",
          "500118002",
          null,
          "UNEMPLOYED",
          LocalDate.of(2020, 9, 4),
          null,
          null,
          new String[0],
          false,
          3,
          1,
          "2020-09"
        });
    assertSameAsRowEncoder(REGISTRATION, registration);

    List<Object[]> insurance = new ArrayList<>();
    insurance.add(
        new Object[] {
          Long.MAX_VALUE,
          LocalDate.of(2000, 1, 1),
          "M",
          "91500118MA5U123456",
          "Acme, 有限公司",
          "500118001",
          "C",
          "SMALL",
          false,
          LocalDate.of(2020, 9, 1),
          "PENSION",
          new BigDecimal("999999999999.999999"),
          "PAID",
          2,
          0,
          "2020-09"
        });
    insurance.add(
        new Object[] {
          1L,
          LocalDate.of(1950, 6, 30),
          "F",
          "91500118MA5U123456",
          null,
          "500118001",
          null,
          null,
          true,
          LocalDate.of(2019, 12, 1),
          "UNEMPLOYMENT",
          new BigDecimal("0.000001"),
          null,
          3,
          2,
          "2020-09"
        });
    insurance.add(
        new Object[] {
          2L,
          LocalDate.of(1980, 1, 1),
          "F",
          "91500118MA5U123456",
          "",
          "500118001",
          null,
          null,
          true,
          LocalDate.of(2020, 1, 1),
          "PENSION",
          new BigDecimal("4200.500000"),
          null,
          4,
          0,
          "2020-09"
        });
    assertSameAsRowEncoder(SOCIAL_INSURANCE, insurance);
  }

  @Test
  void aNullInARequiredColumnFailsInsteadOfBeingStaged() {
    Object[] values = new Object[SOCIAL_INSURANCE.size()];
    assertThrows(
        IllegalStateException.class, () -> new StagedRows(SOCIAL_INSURANCE).toInternal(values));
  }

  @Test
  void aDecimalWiderThanTheStagedTypeFails() {
    Object[] values = {
      1L,
      LocalDate.of(2000, 1, 1),
      "M",
      "91500118MA5U123456",
      null,
      "500118001",
      null,
      null,
      false,
      LocalDate.of(2020, 9, 1),
      "PENSION",
      new BigDecimal("1000000000000.000000"),
      null,
      2,
      0,
      "2020-09"
    };
    assertThrows(
        ArithmeticException.class, () -> new StagedRows(SOCIAL_INSURANCE).toInternal(values));
  }

  private static void assertSameAsRowEncoder(StructType schema, List<Object[]> values) {
    SparkSession spark = SparkTestSupport.spark();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Row> external = new ArrayList<>();
    StagedRows staged = new StagedRows(schema);
    List<InternalRow> internal = new ArrayList<>();
    for (Object[] v : values) {
      external.add(RowFactory.create(v));
      internal.add(staged.toInternal(v));
    }
    List<Row> expected =
        spark.createDataFrame(jsc.parallelize(external, 1), schema).collectAsList();
    List<Row> actual =
        SourceReader.internalRows(spark, jsc.parallelize(internal, 1), schema).collectAsList();
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).toString(), actual.get(i).toString(), "row " + i);
      assertEquals(expected.get(i), actual.get(i), "row " + i);
    }
  }
}
