package org.employmentmonitor.tasks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The task table (tasks/period=P, Parquet): every task at every month-end from January to P, so the
 * report can show the year's course; reports/P/tasks.csv is its rows of P (SPEC 6), plus the due
 * date.
 */
public final class TaskTable {
  private TaskTable() {}

  public static final StructType SCHEMA =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("month_end", DataTypes.DateType, false)
          .add("task_no", DataTypes.IntegerType, false)
          .add("section", DataTypes.StringType, true)
          .add("title", DataTypes.StringType, false)
          .add("lead_units", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("due_date", DataTypes.DateType, false)
          .add("rating", DataTypes.StringType, false)
          .add("reasons", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("months_red", DataTypes.IntegerType, false)
          .add("months_yellow", DataTypes.IntegerType, false)
          .add("reported_status", DataTypes.createArrayType(DataTypes.StringType, true), false);

  /** SPEC 6: period, task_no, title, lead_units, rating, reasons, months_red, months_yellow, … */
  public static final List<String> CSV_HEADER =
      List.of(
          "period",
          "task_no",
          "title",
          "lead_units",
          "rating",
          "reasons",
          "months_red",
          "months_yellow",
          "reported_status",
          "due_date");

  public static Dataset<Row> toDataset(SparkSession spark, List<TaskRow> rows) {
    List<Row> out = new ArrayList<>(rows.size());
    for (TaskRow t : rows) {
      List<String> reported = new ArrayList<>();
      t.reported().values().forEach(s -> reported.add(s == null ? null : s.name()));
      out.add(
          RowFactory.create(
              t.period().toString(),
              t.monthEnd(),
              t.taskNo(),
              t.section(),
              t.title(),
              t.leadUnits().toArray(new String[0]),
              t.dueDate(),
              t.rating().name(),
              t.reasons().toArray(new String[0]),
              t.monthsRed(),
              t.monthsYellow(),
              reported.toArray(new String[0])));
    }
    return spark.createDataFrame(out, SCHEMA);
  }

  /** The table under {@code path}, in month-end then task order. */
  public static List<TaskRow> read(SparkSession spark, String path) {
    List<TaskRow> rows = new ArrayList<>();
    for (Row r :
        spark.read().schema(SCHEMA).parquet(path).orderBy("month_end", "task_no").collectAsList()) {
      List<String> leads = r.getList(5);
      List<String> reported = r.getList(11);
      Map<String, ReportedStatus> byUnit = new LinkedHashMap<>();
      for (int i = 0; i < leads.size(); i++) {
        String s = i < reported.size() ? reported.get(i) : null;
        byUnit.put(leads.get(i), s == null ? null : ReportedStatus.valueOf(s));
      }
      rows.add(
          new TaskRow(
              YearMonth.parse(r.getString(0)),
              date(r.get(1)),
              r.getInt(2),
              r.getString(3),
              r.getString(4),
              List.copyOf(leads),
              date(r.get(6)),
              Rating.valueOf(r.getString(7)),
              List.copyOf(r.getList(8)),
              r.getInt(9),
              r.getInt(10),
              byUnit));
    }
    return rows;
  }

  /** A date column as read back: LocalDate under Spark's Java 8 time API, else java.sql.Date. */
  private static LocalDate date(Object o) {
    return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
  }

  /** The rows of one month-end. */
  public static List<TaskRow> at(List<TaskRow> rows, LocalDate monthEnd) {
    return rows.stream().filter(r -> r.monthEnd().equals(monthEnd)).toList();
  }

  public static List<String> toCsv(TaskRow t) {
    return List.of(
        t.period().toString(),
        Integer.toString(t.taskNo()),
        t.title(),
        String.join("、", t.leadUnits()),
        t.rating().name(),
        t.reasonsText(),
        Integer.toString(t.monthsRed()),
        Integer.toString(t.monthsYellow()),
        t.reportedText(),
        t.dueDate().toString());
  }
}
