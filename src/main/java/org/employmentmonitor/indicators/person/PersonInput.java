package org.employmentmonitor.indicators.person;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.staging.MonthWindow;
import org.employmentmonitor.staging.StagedData;

/**
 * Everything person-level the indicators read, as one narrow table partitioned by person: the
 * latest version of each registration and training record, the contribution rows of the window (and
 * its 3-month look-back), and the graduate roster rows of the snapshots the window reads. One
 * shuffle brings each person's rows together; {@link PersonStream} then evaluates persons one at a
 * time. Kind-specific fields share a few generic columns to keep the shuffled rows small.
 */
public final class PersonInput {
  private PersonInput() {}

  public static final int EVENT = 0;
  public static final int ROSTER = 2;
  public static final int TRAINING = 3;

  /** Column positions of {@link #SCHEMA}. */
  static final int PERSON = 0;

  static final int KIND = 1;
  static final int ORD = 2;
  static final int BIRTH = 3;
  static final int SEX = 4;
  static final int TOWN = 5;
  static final int A = 6; // event_type | reported_status | program_type
  static final int B = 7; // employment_form | status (training)
  static final int C = 8; // household_id
  static final int D1 = 9; // event_date | registered_date | start_date
  static final int D2 = 10; // end_date
  static final int I1 = 11; // snapshot month
  static final int I2 = 12; // graduation_year
  static final int FLAG = 13; // able_and_willing | subsidized
  static final int GROUPS = 14;

  public static final StructType SCHEMA =
      new StructType()
          .add("person_key", DataTypes.LongType, false)
          .add("kind", DataTypes.IntegerType, false)
          .add("ord", DataTypes.LongType, false)
          .add("birth_date", DataTypes.DateType, true)
          .add("sex", DataTypes.StringType, true)
          .add("town_code", DataTypes.StringType, true)
          .add("a", DataTypes.StringType, true)
          .add("b", DataTypes.StringType, true)
          .add("c", DataTypes.StringType, true)
          .add("d1", DataTypes.DateType, true)
          .add("d2", DataTypes.DateType, true)
          .add("i1", DataTypes.IntegerType, true)
          .add("i2", DataTypes.IntegerType, true)
          .add("flag", DataTypes.BooleanType, true)
          .add("groups", DataTypes.createArrayType(DataTypes.StringType, true), true);

  /** Column positions of {@link #CONTRIBUTIONS}. */
  static final int C_PERSON = 0;

  static final int C_MONTH = 1;
  static final int C_TOWN = 2;
  static final int C_IDENTITY = 3;
  static final int C_ORD = 4;

  /**
   * Contribution rows, 97 % of the person rows, in their own narrow shape: person, month, employer
   * town, a 64-bit hash of (employer, insurance type) for the version merge, delivery order.
   */
  public static final StructType CONTRIBUTIONS =
      new StructType()
          .add("person_key", DataTypes.LongType, false)
          .add("m", DataTypes.IntegerType, false)
          .add("town_code", DataTypes.StringType, false)
          .add("identity", DataTypes.LongType, false)
          .add("ord", DataTypes.LongType, false);

  /**
   * Both tables, hash partitioned by person into the same number of partitions and sorted by
   * person, so partition i of one and partition i of the other hold the same persons.
   */
  public record Tables(Dataset<Row> others, Dataset<Row> contributions) {}

  /** The person tables of a run. */
  public static Tables build(StagedData staged, PersonContext context, int partitions) {
    MonthWindow w = staged.window();
    int lookBackFrom = w.first() - 3;
    Dataset<Row> events =
        staged
            .latest(Extracts.REGISTRATION)
            .select(
                row(
                    EVENT,
                    col("birth_date"),
                    col("sex"),
                    col("town_code"),
                    col("event_type"),
                    col("employment_form"),
                    col("household_id"),
                    col("event_date"),
                    null,
                    null,
                    null,
                    col("able_and_willing"),
                    col("groups")));
    Dataset<Row> contributions =
        staged
            .read(Extracts.SOCIAL_INSURANCE, MonthWindow.month(lookBackFrom))
            .withColumn("_m", MonthWindow.indexOf(col("contribution_month")))
            .filter(col("_m").geq(lookBackFrom))
            .select(
                col(Extract.PERSON_KEY),
                col("_m").as("m"),
                col("town_code"),
                xxhash64(col("employer_credit_code"), col("insurance_type")).as("identity"),
                col(StagedData.ORD));
    Dataset<Row> roster =
        staged
            .read(Extracts.GRADUATES)
            .filter(col("graduation_year").equalTo(context.year()))
            .filter(col(StagedData.EXTRACT_INDEX).isin(usedSnapshots(context, w)))
            .select(
                row(
                    ROSTER,
                    col("birth_date"),
                    col("sex"),
                    col("town_code"),
                    col("reported_status"),
                    null,
                    null,
                    col("registered_date"),
                    null,
                    col(StagedData.EXTRACT_INDEX),
                    col("graduation_year"),
                    null,
                    null));
    Dataset<Row> training =
        staged
            .latest(Extracts.TRAINING)
            .select(
                row(
                    TRAINING,
                    col("birth_date"),
                    col("sex"),
                    col("town_code"),
                    col("program_type"),
                    col("status"),
                    null,
                    col("start_date"),
                    col("end_date"),
                    null,
                    null,
                    col("subsidized"),
                    null));
    Dataset<Row> others = events.unionByName(roster).unionByName(training);
    return new Tables(
        others
            .repartition(partitions, col(Extract.PERSON_KEY))
            .sortWithinPartitions(Extract.PERSON_KEY),
        contributions
            .repartition(partitions, col(Extract.PERSON_KEY))
            .sortWithinPartitions(Extract.PERSON_KEY));
  }

  private static Object[] usedSnapshots(PersonContext c, MonthWindow w) {
    return w.months().stream()
        .map(c::snapshotOf)
        .filter(s -> s != PersonContext.NONE)
        .distinct()
        .toArray();
  }

  /** The SCHEMA's columns for one kind of row; null for a column the kind does not use. */
  private static Column[] row(
      int kind,
      Column birth,
      Column sex,
      Column town,
      Column a,
      Column b,
      Column c,
      Column d1,
      Column d2,
      Column i1,
      Column i2,
      Column flag,
      Column groups) {
    Column[] values = {
      col(Extract.PERSON_KEY),
      lit(kind),
      col(StagedData.ORD),
      birth,
      sex,
      town,
      a,
      b,
      c,
      d1,
      d2,
      i1,
      i2,
      flag,
      groups
    };
    Column[] out = new Column[values.length];
    List<String> names = List.of(SCHEMA.fieldNames());
    for (int i = 0; i < values.length; i++) {
      DataType t = SCHEMA.fields()[i].dataType();
      Column v = values[i] == null ? lit(null) : values[i];
      out[i] = v.cast(t).as(names.get(i));
    }
    return out;
  }
}
