package org.employmentmonitor.ingest;

import java.io.Closeable;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Streams one file's quarantined rows (or its warnings) to Parquet from inside the Spark task that
 * reads the file, so that a single pass over the data yields both the staged rows and the
 * quarantine, with memory bounded however many rows are bad. Quarantined rows and warnings go to
 * separate files ({@link #fileName}) so that their counts are the files' footer row counts. The
 * task writes to an attempt file and {@link #commit}s it by rename, so a retried task never leaves
 * a partial file behind.
 */
final class QuarantineWriter implements Closeable {
  static final String QUARANTINED = "QUARANTINED";
  static final String WARNING = "WARNING";

  /** The quarantine table's schema as Spark reads it (without the extract_month folder). */
  static final StructType SPARK_SCHEMA =
      new StructType()
          .add("source", DataTypes.StringType, false)
          .add("file", DataTypes.StringType, false)
          .add("line", DataTypes.LongType, false)
          .add("kind", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, false)
          .add("column", DataTypes.StringType, true)
          .add("detail", DataTypes.StringType, true)
          .add("raw_record", DataTypes.StringType, true);

  private static final MessageType SCHEMA =
      Types.buildMessage()
          .required(PrimitiveTypeName.BINARY)
          .as(LogicalTypeAnnotation.stringType())
          .named("source")
          .required(PrimitiveTypeName.BINARY)
          .as(LogicalTypeAnnotation.stringType())
          .named("file")
          .required(PrimitiveTypeName.INT64)
          .named("line")
          .required(PrimitiveTypeName.BINARY)
          .as(LogicalTypeAnnotation.stringType())
          .named("kind")
          .required(PrimitiveTypeName.BINARY)
          .as(LogicalTypeAnnotation.stringType())
          .named("reason")
          .optional(PrimitiveTypeName.BINARY)
          .as(LogicalTypeAnnotation.stringType())
          .named("column")
          .optional(PrimitiveTypeName.BINARY)
          .as(LogicalTypeAnnotation.stringType())
          .named("detail")
          .optional(PrimitiveTypeName.BINARY)
          .as(LogicalTypeAnnotation.stringType())
          .named("raw_record")
          .named("quarantine");

  private final Path attempt;
  private final Path target;
  private final String kind;
  private final Configuration conf;
  private final String source;
  private final String file;
  private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
  private ParquetWriter<Group> writer;
  private boolean opened;

  QuarantineWriter(
      String dir,
      String kind,
      int chunk,
      long attemptId,
      Configuration conf,
      InputCatalog.ExtractFile file) {
    this.kind = kind;
    this.target = new Path(dir, fileName(kind, file.part(), chunk));
    this.attempt =
        new Path(dir, "_attempt-" + attemptId + "-" + fileName(kind, file.part(), chunk));
    this.conf = conf;
    this.source = file.source();
    this.file = file.relativePath();
  }

  /**
   * The file of a kind (and part of a delivery in parts, and chunk of a split file) in a quarantine
   * partition folder.
   */
  static String fileName(String kind, int part, int chunk) {
    return prefix(kind)
        + (part == 0 ? "" : "-part" + part)
        + (chunk == 0 ? "" : "-" + chunk)
        + ".parquet";
  }

  /** What the files of a kind start with. */
  static String prefix(String kind) {
    return QUARANTINED.equals(kind) ? "quarantined" : "warnings";
  }

  void write(long line, String reason, String column, String detail, String raw)
      throws IOException {
    if (writer == null) {
      writer =
          ExampleParquetWriter.builder(attempt)
              .withConf(conf)
              .withType(SCHEMA)
              .withCompressionCodec(CompressionCodecName.SNAPPY)
              .withWriteMode(org.apache.parquet.hadoop.ParquetFileWriter.Mode.OVERWRITE)
              .build();
      opened = true;
    }
    Group g =
        groups
            .newGroup()
            .append("source", source)
            .append("file", file)
            .append("line", line)
            .append("kind", kind)
            .append("reason", reason);
    if (column != null) {
      g.append("column", column);
    }
    if (detail != null) {
      g.append("detail", detail);
    }
    if (raw != null) {
      g.append("raw_record", raw);
    }
    writer.write(g);
  }

  /** Closes the attempt file and moves it to its final name (nothing when nothing was written). */
  void commit() throws IOException {
    if (!opened) {
      return;
    }
    close();
    FileSystem fs = target.getFileSystem(conf);
    fs.delete(target, false);
    if (!fs.rename(attempt, target)) {
      throw new IOException("could not move " + attempt + " to " + target);
    }
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
    }
  }
}
