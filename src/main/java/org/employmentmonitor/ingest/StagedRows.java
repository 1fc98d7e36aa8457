package org.employmentmonitor.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.employmentmonitor.ingest.schema.Extract;

/**
 * Turns the validator's staged values (String, LocalDate, BigDecimal, String[], Boolean, Integer,
 * Long; {@link Extract#stagedSchemaWithMonth()} order) into Spark's internal row, so that Spark's
 * writer takes them without its Row encoder (issue 16: a Row went through the encoder into one
 * UnsafeRow and was then copied into another). One converter per task; the types are those of the
 * staged schema, nothing else reaches it.
 */
final class StagedRows {
  private interface Converter {
    Object convert(Object value);
  }

  private final StructType schema;
  private final Converter[] converters;
  private final boolean[] nullable;

  StagedRows(StructType schema) {
    this.schema = schema;
    converters = new Converter[schema.size()];
    nullable = new boolean[schema.size()];
    for (int i = 0; i < converters.length; i++) {
      converters[i] = converter(schema.fields()[i].dataType());
      nullable[i] = schema.fields()[i].nullable();
    }
  }

  /** The internal row of one staged row's values (nulls stay null). */
  InternalRow toInternal(Object[] values) {
    Object[] out = new Object[converters.length];
    for (int i = 0; i < out.length; i++) {
      Object v = values[i];
      if (v != null) {
        out[i] = converters[i].convert(v);
      } else if (!nullable[i]) {
        // What the Row encoder checked: a null in a required column is a bug, never staged.
        throw new IllegalStateException(schema.fields()[i].name() + " is null but required");
      }
    }
    return new GenericInternalRow(out);
  }

  private static Converter converter(DataType type) {
    if (type.equals(DataTypes.StringType)) {
      return v -> UTF8String.fromString((String) v);
    }
    if (type.equals(DataTypes.DateType)) {
      return v -> (int) ((LocalDate) v).toEpochDay();
    }
    if (type instanceof DecimalType d) {
      int precision = d.precision();
      int scale = d.scale();
      if (precision > Decimal.MAX_LONG_DIGITS()) {
        return v -> Decimal.apply((BigDecimal) v, precision, scale);
      }
      // The validator has already rounded to the staged scale and bounded the integer digits, so
      // the unscaled value is exact; a value that would not fit fails here, never silently.
      return v -> {
        BigDecimal exact = ((BigDecimal) v).setScale(scale, RoundingMode.UNNECESSARY);
        if (exact.precision() > precision) {
          throw new ArithmeticException(
              v + " does not fit DECIMAL(" + precision + "," + scale + ")");
        }
        return Decimal.createUnsafe(exact.unscaledValue().longValueExact(), precision, scale);
      };
    }
    if (type instanceof ArrayType a && a.elementType().equals(DataTypes.StringType)) {
      return v -> {
        String[] strings = (String[]) v;
        Object[] utf8 = new Object[strings.length];
        for (int i = 0; i < strings.length; i++) {
          utf8[i] = UTF8String.fromString(strings[i]);
        }
        return new GenericArrayData(utf8);
      };
    }
    if (type.equals(DataTypes.BooleanType)
        || type.equals(DataTypes.IntegerType)
        || type.equals(DataTypes.LongType)) {
      return v -> v;
    }
    throw new IllegalArgumentException("not a staged type: " + type);
  }
}
