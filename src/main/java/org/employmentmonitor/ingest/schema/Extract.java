package org.employmentmonitor.ingest.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One extract of SPEC 2.2: its columns in the order of the spec's table (which is also the order
 * that decides a quarantined row's single reason), its identity, and its row rules.
 */
public final class Extract {
  /** Staged columns every extract carries besides its own. */
  public static final String SOURCE_LINE = "source_line";

  /**
   * The part number of a delivery in parts (SPEC 2), 0 for one file: a later part is later in the
   * delivery (SPEC 9). Staged beside extract_month; partitions staged before parts existed lack it
   * and read as 0.
   */
  public static final String SOURCE_PART = "source_part";

  public static final String EXTRACT_MONTH = "extract_month";
  public static final String PERSON_KEY = "person_key";
  public static final String BIRTH_DATE = "birth_date";
  public static final String SEX = "sex";

  /**
   * Decimals are staged as DECIMAL(18,6): Parquet stores them as plain 64-bit integers (wider ones
   * cost a byte-array conversion per value). 12 integer digits: up to 999,999,999,999 yuan.
   */
  public static final int DECIMAL_INTEGER_DIGITS = 12;

  private static final DataType DECIMAL = DataTypes.createDecimalType(18, 6);

  private final String name;
  private final String titleZh;
  private final boolean mandatory;
  private final List<Column> columns;
  private final List<String> identity;
  private final List<RowRule> rules;
  private final StructType stagedSchema;

  Extract(
      String name,
      String titleZh,
      boolean mandatory,
      List<Column> columns,
      List<String> identity,
      List<RowRule> rules) {
    this.name = name;
    this.titleZh = titleZh;
    this.mandatory = mandatory;
    this.columns = List.copyOf(columns);
    this.identity = List.copyOf(identity);
    this.rules = List.copyOf(rules);
    this.stagedSchema = buildStagedSchema(this.columns);
  }

  public String name() {
    return name;
  }

  public String titleZh() {
    return titleZh;
  }

  /** Mandatory for the period's own month (SPEC 2): registration and social_insurance. */
  public boolean isMandatory() {
    return mandatory;
  }

  public List<Column> columns() {
    return columns;
  }

  /** Staged column names that identify a record across deliveries (SPEC 2.2, 2.3). */
  public List<String> identity() {
    return identity;
  }

  public List<RowRule> rules() {
    return rules;
  }

  public Column column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return c;
      }
    }
    throw new IllegalArgumentException(name + " has no column " + columnName);
  }

  /**
   * Staged columns whose values are (nearly) all distinct within one file: source_line, the
   * person_key, and an identity of one column (a record or posting id). Parquet's dictionary
   * encoding is switched off for them: a dictionary would be built value by value and then dropped
   * for plain encoding anyway (issue 16: 16 % of the ingest CPU went to dictionary encoding).
   */
  public List<String> uniqueColumns() {
    List<String> out = new ArrayList<>();
    out.add(SOURCE_LINE);
    if (stagedSchema.getFieldIndex(PERSON_KEY).isDefined()) {
      out.add(PERSON_KEY);
    }
    if (identity.size() == 1 && !out.contains(identity.get(0))) {
      out.add(identity.get(0));
    }
    return List.copyOf(out);
  }

  /** The staged table's schema, without the extract_month partition column. */
  public StructType stagedSchema() {
    return stagedSchema;
  }

  /** The staged schema with source_part and extract_month, as read back from staging. */
  public StructType stagedSchemaWithMonth() {
    return stagedSchema
        .add(SOURCE_PART, DataTypes.IntegerType, true)
        .add(EXTRACT_MONTH, DataTypes.StringType, false);
  }

  private static StructType buildStagedSchema(List<Column> columns) {
    List<StructField> fields = new ArrayList<>();
    for (Column c : columns) {
      boolean nullable = !c.isRequired();
      switch (c.type()) {
        case DROPPED -> {}
        case ID_NUMBER -> {
          fields.add(DataTypes.createStructField(PERSON_KEY, DataTypes.LongType, nullable));
          fields.add(DataTypes.createStructField(BIRTH_DATE, DataTypes.DateType, nullable));
          fields.add(DataTypes.createStructField(SEX, DataTypes.StringType, nullable));
        }
        case BOOLEAN ->
            fields.add(
                DataTypes.createStructField(
                    c.name(), DataTypes.BooleanType, nullable && c.booleanDefault() == null));
        default -> fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), nullable));
      }
    }
    fields.add(DataTypes.createStructField(SOURCE_LINE, DataTypes.IntegerType, false));
    return DataTypes.createStructType(fields);
  }

  static DataType sparkType(ColumnType type) {
    return switch (type) {
      case TEXT, CREDIT_CODE, TOWN, ENUM, LEAD_UNIT -> DataTypes.StringType;
      case CODE_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE, MONTH -> DataTypes.DateType;
      case YEAR, INTEGER, TASK_NO -> DataTypes.IntegerType;
      case DECIMAL -> DECIMAL;
      case ID_NUMBER, DROPPED -> throw new IllegalArgumentException(type + " is not staged as is");
    };
  }

  @Override
  public String toString() {
    return name.toLowerCase(Locale.ROOT);
  }
}
