package org.employmentmonitor.indicators.person;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.staging.MonthWindow;
import org.employmentmonitor.staging.StagedData;

/**
 * Everything person-level the indicators read, partitioned by person. {@link #others}: the latest
 * version of each registration and training record and the graduate roster rows of the snapshots
 * the window reads, as one narrow table re-read from staging each run (3 % of the person rows);
 * {@link #contributions}: the contribution rows of the staged months a run folds into the {@link
 * PersonState}, which carries the window's contribution history (97 %) from run to run. {@link
 * PersonStream} then evaluates persons one at a time, each row turned into its {@link
 * PersonHistory} record by {@link #addTo} and {@link #addStateTo}. Each field of {@link #SCHEMA}
 * has its own named column (null in the kinds that lack it): no column means one thing for one kind
 * and another for the next.
 */
public final class PersonInput {
  private PersonInput() {}

  /** {@code kind} of a registration event row. */
  public static final int EVENT = 0;

  /** {@code kind} of a graduates roster row. */
  public static final int ROSTER = 2;

  /** {@code kind} of a training record row. */
  public static final int TRAINING = 3;

  public static final StructType SCHEMA =
      new StructType()
          .add("person_key", DataTypes.LongType, false)
          .add("kind", DataTypes.IntegerType, false)
          .add("ord", DataTypes.LongType, false)
          .add("birth_date", DataTypes.DateType, true)
          .add("sex", DataTypes.StringType, true)
          .add("town_code", DataTypes.StringType, true)
          // EVENT
          .add("event_type", DataTypes.StringType, true)
          .add("employment_form", DataTypes.StringType, true)
          .add("household_id", DataTypes.StringType, true)
          .add("event_date", DataTypes.DateType, true)
          .add("able_and_willing", DataTypes.BooleanType, true)
          .add("groups", DataTypes.createArrayType(DataTypes.StringType, true), true)
          // ROSTER
          .add("reported_status", DataTypes.StringType, true)
          .add("registered_date", DataTypes.DateType, true)
          .add("snapshot", DataTypes.IntegerType, true)
          .add("graduation_year", DataTypes.IntegerType, true)
          // TRAINING
          .add("program_type", DataTypes.StringType, true)
          .add("training_status", DataTypes.StringType, true)
          .add("start_date", DataTypes.DateType, true)
          .add("end_date", DataTypes.DateType, true)
          .add("subsidized", DataTypes.BooleanType, true);

  /** Positions of {@link #SCHEMA}'s columns, resolved once by name. */
  static final int PERSON = SCHEMA.fieldIndex("person_key");

  private static final int KIND = SCHEMA.fieldIndex("kind");
  private static final int ORD = SCHEMA.fieldIndex("ord");
  private static final int BIRTH = SCHEMA.fieldIndex("birth_date");
  private static final int SEX = SCHEMA.fieldIndex("sex");
  private static final int TOWN = SCHEMA.fieldIndex("town_code");
  private static final int EVENT_TYPE = SCHEMA.fieldIndex("event_type");
  private static final int FORM = SCHEMA.fieldIndex("employment_form");
  private static final int HOUSEHOLD = SCHEMA.fieldIndex("household_id");
  private static final int EVENT_DATE = SCHEMA.fieldIndex("event_date");
  private static final int ABLE = SCHEMA.fieldIndex("able_and_willing");
  private static final int GROUPS = SCHEMA.fieldIndex("groups");
  private static final int REPORTED_STATUS = SCHEMA.fieldIndex("reported_status");
  private static final int REGISTERED_DATE = SCHEMA.fieldIndex("registered_date");
  private static final int SNAPSHOT = SCHEMA.fieldIndex("snapshot");
  private static final int GRADUATION_YEAR = SCHEMA.fieldIndex("graduation_year");
  private static final int PROGRAM = SCHEMA.fieldIndex("program_type");
  private static final int TRAINING_STATUS = SCHEMA.fieldIndex("training_status");
  private static final int START = SCHEMA.fieldIndex("start_date");
  private static final int END = SCHEMA.fieldIndex("end_date");
  private static final int SUBSIDIZED = SCHEMA.fieldIndex("subsidized");

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

  /** Positions of {@link #CONTRIBUTIONS}' columns, resolved once by name. */
  static final int C_PERSON = CONTRIBUTIONS.fieldIndex("person_key");

  static final int C_MONTH = CONTRIBUTIONS.fieldIndex("m");
  static final int C_TOWN = CONTRIBUTIONS.fieldIndex("town_code");
  static final int C_IDENTITY = CONTRIBUTIONS.fieldIndex("identity");
  static final int C_ORD = CONTRIBUTIONS.fieldIndex("ord");

  /**
   * The registration, roster and training rows, hash partitioned by person into {@code partitions}
   * (the person state's buckets) and sorted by person, so that partition i holds the persons of
   * bucket i of {@link PersonState}.
   */
  public static Dataset<Row> others(StagedData staged, PersonContext context, int partitions) {
    Dataset<Row> events =
        staged
            .latest(Extracts.REGISTRATION)
            .select(
                row(
                    EVENT,
                    Map.of(
                        "event_type", col("event_type"),
                        "employment_form", col("employment_form"),
                        "household_id", col("household_id"),
                        "event_date", col("event_date"),
                        "able_and_willing", col("able_and_willing"),
                        "groups", col("groups"))));
    Dataset<Row> roster =
        staged
            .read(Extracts.GRADUATES)
            .filter(cohorts(context))
            .select(
                row(
                    ROSTER,
                    Map.of(
                        "reported_status", col("reported_status"),
                        "registered_date", col("registered_date"),
                        "snapshot", col(StagedData.EXTRACT_INDEX),
                        "graduation_year", col("graduation_year"))));
    Dataset<Row> training =
        staged
            .latest(Extracts.TRAINING)
            .select(
                row(
                    TRAINING,
                    Map.of(
                        "program_type", col("program_type"),
                        "training_status", col("status"),
                        "start_date", col("start_date"),
                        "end_date", col("end_date"),
                        "subsidized", col("subsidized"))));
    return events
        .unionByName(roster)
        .unionByName(training)
        .repartition(partitions, col(Extract.PERSON_KEY))
        .sortWithinPartitions(Extract.PERSON_KEY);
  }

  /**
   * The contribution rows of the staged social_insurance months {@code months} with a contribution
   * month from {@code from} on (the window's look-back), narrow, hash partitioned by person into
   * {@code partitions} and sorted by person: what {@link PersonState} folds in.
   */
  public static Dataset<Row> contributions(
      StagedData staged, List<java.time.YearMonth> months, int from, int partitions) {
    return staged
        .read(Extracts.SOCIAL_INSURANCE, months)
        .withColumn("_m", MonthWindow.indexOf(col("contribution_month")))
        .filter(col("_m").geq(from))
        .select(
            col(Extract.PERSON_KEY),
            col("_m").as("m"),
            col("town_code"),
            xxhash64(col("employer_credit_code"), col("insurance_type")).as("identity"),
            col(StagedData.ORD))
        .repartition(partitions, col(Extract.PERSON_KEY))
        .sortWithinPartitions(Extract.PERSON_KEY);
  }

  /**
   * The roster rows some evaluated month-end reads: of each context (this year's, last year's), its
   * year's cohort in the snapshots its month-ends read.
   */
  private static Column cohorts(PersonContext context) {
    Column out = lit(false);
    for (PersonContext c : context.evaluated()) {
      out =
          out.or(
              col("graduation_year")
                  .equalTo(c.year())
                  .and(col(StagedData.EXTRACT_INDEX).isin(usedSnapshots(c))));
    }
    return out;
  }

  private static Object[] usedSnapshots(PersonContext c) {
    return java.util.stream.IntStream.rangeClosed(c.first(), c.last())
        .map(c::snapshotOf)
        .filter(s -> s != PersonContext.NONE)
        .distinct()
        .boxed()
        .toArray();
  }

  /** Columns every kind carries, taken from the staged row under the same name. */
  private static final List<String> COMMON =
      List.of(Extract.PERSON_KEY, StagedData.ORD, "birth_date", "sex", "town_code");

  /**
   * The SCHEMA's columns for one kind of row: the common ones, the kind's own fields ({@code own},
   * by SCHEMA name), null for the others.
   */
  private static Column[] row(int kind, Map<String, Column> own) {
    StructField[] fields = SCHEMA.fields();
    Column[] out = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].name();
      Column v =
          name.equals("kind")
              ? lit(kind)
              : COMMON.contains(name) ? col(name) : own.getOrDefault(name, lit(null));
      out[i] = v.cast(fields[i].dataType()).as(name);
    }
    return out;
  }

  /** Adds one row of {@link #SCHEMA} to its person's builder, as the record of its kind. */
  static void addTo(PersonHistory.Builder b, Row r) {
    int kind = r.getInt(KIND);
    long ord = r.getLong(ORD);
    String town = r.getString(TOWN);
    b.identity(date(r, BIRTH), r.getString(SEX));
    switch (kind) {
      case EVENT ->
          b.event(
              new PersonHistory.Event(
                  r.getString(EVENT_TYPE),
                  date(r, EVENT_DATE),
                  ord,
                  town,
                  r.getString(FORM),
                  r.getString(HOUSEHOLD),
                  r.isNullAt(GROUPS) ? null : r.getList(GROUPS),
                  r.isNullAt(ABLE) ? null : r.getBoolean(ABLE)));
      case ROSTER ->
          b.roster(
              new PersonHistory.RosterRow(
                  r.getInt(SNAPSHOT),
                  ord,
                  r.getInt(GRADUATION_YEAR),
                  date(r, REGISTERED_DATE),
                  town,
                  r.getString(REPORTED_STATUS)));
      case TRAINING ->
          b.training(
              new PersonHistory.Training(
                  r.getString(PROGRAM),
                  r.getBoolean(SUBSIDIZED),
                  r.getString(TRAINING_STATUS),
                  date(r, START),
                  date(r, END),
                  town));
      default -> throw new IllegalStateException("unknown person row kind " + kind);
    }
  }

  /** Adds a person's row of {@link PersonState} (their contribution rows) to their builder. */
  static void addStateTo(PersonHistory.Builder b, InternalRow r, PersonState.Strings strings) {
    PersonState.forEachEntry(
        r,
        strings,
        (id, m, extract, town) ->
            b.contribution(
                new PersonHistory.Contribution(id, m, town, PersonState.ordOf(extract))));
  }

  private static LocalDate date(Row r, int i) {
    if (r.isNullAt(i)) {
      return null;
    }
    Object o = r.get(i);
    return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
  }
}
