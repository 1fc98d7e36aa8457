package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.employmentmonitor.indicators.Measures.count;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;

/**
 * 离校未就业高校毕业生就业率 (SPEC 4.2): placed ÷ cohort, the cohort being the persons of the latest graduates
 * snapshot at or before the month-end with graduation_year = P's year (a person once, the
 * snapshot's last row). Placed: reported EMPLOYED, SELF_EMPLOYED, FLEXIBLE, ENLISTED or
 * FURTHER_STUDY, or evidence: an EMPLOYED registration dated from registered_date to the month-end,
 * or insurance in a month from the registered month to the month-end. Cells by the roster's
 * town_code. Also output: placed by report, placed by evidence, and reported employed (EMPLOYED,
 * SELF_EMPLOYED, FLEXIBLE) without evidence — to verify.
 */
public final class GraduatePlacementRate implements Indicator {
  static final String ID = "graduate_placement_rate";
  private static final String P = Extract.PERSON_KEY;
  private static final String M = MonthWindow.M;
  private static final List<String> PLACED_STATUSES =
      List.of("EMPLOYED", "SELF_EMPLOYED", "FLEXIBLE", "ENLISTED", "FURTHER_STUDY");
  private static final List<String> EMPLOYED_STATUSES =
      List.of("EMPLOYED", "SELF_EMPLOYED", "FLEXIBLE");

  @Override
  public Dataset<Row> measure(Facts f) {
    MonthWindow w = f.window();
    StagedData staged = f.staged();
    Dataset<Row> roster =
        StagedData.keepLatest(staged.read(Extracts.GRADUATES), List.of(Extract.EXTRACT_MONTH, P))
            .filter(col("graduation_year").equalTo(w.period().getYear()))
            .select(
                col(P),
                col(StagedData.EXTRACT_INDEX),
                col("registered_date"),
                MonthWindow.indexOf(col("registered_date")).as("reg_m"),
                col("town_code"),
                col("reported_status"));
    // Each month-end reads the latest snapshot delivered at or before it.
    Dataset<Row> perMonthEnd = roster.join(snapshotOfMonthEnd(staged, w), StagedData.EXTRACT_INDEX);

    Dataset<Row> employedEvents =
        f.registration().events("EMPLOYED").select(col(P), col("event_date"));
    Dataset<Row> byRegistration =
        roster
            .select(P, StagedData.EXTRACT_INDEX, "registered_date")
            .join(employedEvents, P)
            .filter(col("event_date").geq(col("registered_date")))
            .groupBy(P, StagedData.EXTRACT_INDEX)
            .agg(min(MonthWindow.indexOf(col("event_date"))).as("ev_reg_m"));
    Dataset<Row> byInsurance =
        roster
            .select(P, StagedData.EXTRACT_INDEX, "reg_m")
            .join(f.insurance().insured().select(col(P), col(M).as("ins_m")), P)
            .filter(col("ins_m").geq(col("reg_m")))
            .groupBy(P, StagedData.EXTRACT_INDEX)
            .agg(min("ins_m").as("ev_ins_m"));
    Dataset<Row> rows =
        perMonthEnd
            .join(byRegistration, new String[] {P, StagedData.EXTRACT_INDEX}, "left")
            .join(byInsurance, new String[] {P, StagedData.EXTRACT_INDEX}, "left");

    Column evidence = col("ev_reg_m").leq(col(M)).or(col("ev_ins_m").leq(col(M)));
    Column safeEvidence = org.apache.spark.sql.functions.coalesce(evidence, lit(false));
    Column byReport = col("reported_status").isin(PLACED_STATUSES.toArray());
    Column reportedEmployed = col("reported_status").isin(EMPLOYED_STATUSES.toArray());

    List<Dataset<Row>> out = new ArrayList<>();
    Dataset<Row> placed = rows.filter(byReport.or(safeEvidence));
    for (Scope s : List.of(Scope.DISTRICT, Scope.TOWN)) {
      String key = s == Scope.DISTRICT ? null : "town_code";
      out.add(count(placed, ID, s, key, Measures.NUM));
      out.add(count(rows, ID, s, key, Measures.DEN));
      out.add(count(rows.filter(byReport), "graduates_placed_by_report", s, key, Measures.NUM));
      out.add(
          count(rows.filter(safeEvidence), "graduates_placed_by_evidence", s, key, Measures.NUM));
      out.add(
          count(
              rows.filter(reportedEmployed.and(not(safeEvidence))),
              "graduates_reported_without_evidence",
              s,
              key,
              Measures.NUM));
    }
    return Measures.union(out);
  }

  /** (emi, m): for each month-end of the window, the extract month of its roster snapshot. */
  static Dataset<Row> snapshotOfMonthEnd(StagedData staged, MonthWindow w) {
    NavigableSet<YearMonth> snapshots = staged.deliveredMonths("graduates");
    List<Row> pairs = new ArrayList<>();
    for (int m : w.months()) {
      YearMonth s = snapshots.floor(MonthWindow.month(m));
      if (s != null) {
        pairs.add(RowFactory.create(MonthWindow.index(s), m));
      }
    }
    StructType schema =
        new StructType()
            .add(StagedData.EXTRACT_INDEX, DataTypes.IntegerType, false)
            .add(M, DataTypes.IntegerType, false);
    return staged.spark().createDataFrame(pairs, schema);
  }
}
