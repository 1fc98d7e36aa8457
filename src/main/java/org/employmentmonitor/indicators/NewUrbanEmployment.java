package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.employmentmonitor.indicators.Measures.count;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.model.Scope;

/**
 * 城镇新增就业人数 (SPEC 4.1) = newly employed − natural attrition in the year to date, for the district,
 * each town (the counting event's town; attrition once per town with a RETIRED or DECEASED event)
 * and each key group (persons flagged by the month-end). Also output: the newly employed (also by
 * employment form), the attrition, the registration/insurance cross-check (大数据比对, task 64) and the
 * insurance starts that could not be decided.
 */
public final class NewUrbanEmployment implements Indicator {
  static final String ID = "new_urban_employment";
  private static final String P = Extract.PERSON_KEY;
  private static final String M = MonthWindow.M;

  @Override
  public Dataset<Row> measure(Facts f) {
    MonthWindow w = f.window();
    Dataset<Row> newly = w.fromMonthOn(f.newlyEmployed().persons(), col("first_m"));
    Dataset<Row> flags = f.registration().flags();
    Dataset<Row> newlyInGroups = flaggedAtMonthEnd(newly, flags);

    Dataset<Row> leaving =
        f.registration()
            .events()
            .filter(col("event_type").isin("RETIRED", "DECEASED"))
            .filter(col("event_date").geq(lit(w.yearStart())));
    Dataset<Row> attritionDistrict =
        w.fromMonthOn(
            leaving.groupBy(P).agg(min(RegistrationFacts.EVENT_MONTH).as("_f")), col("_f"));
    Dataset<Row> attritionTown =
        w.fromMonthOn(
            leaving.groupBy(P, "town_code").agg(min(RegistrationFacts.EVENT_MONTH).as("_f")),
            col("_f"));
    Dataset<Row> attritionInGroups = flaggedAtMonthEnd(attritionDistrict, flags);

    List<Dataset<Row>> out = new ArrayList<>();
    Dataset<Row> newlyD = count(newly, "newly_employed", Scope.DISTRICT, null);
    Dataset<Row> newlyT = count(newly, "newly_employed", Scope.TOWN, "town_code");
    Dataset<Row> newlyG = count(newlyInGroups, "newly_employed", Scope.GROUP, "group");
    Dataset<Row> leftD = count(attritionDistrict, "natural_attrition", Scope.DISTRICT, null);
    Dataset<Row> leftT = count(attritionTown, "natural_attrition", Scope.TOWN, "town_code");
    Dataset<Row> leftG = count(attritionInGroups, "natural_attrition", Scope.GROUP, "group");
    out.addAll(List.of(newlyD, newlyT, newlyG, leftD, leftT, leftG));
    out.add(count(newly, "newly_employed", Scope.FORM, "employment_form"));
    for (Dataset<Row> plus : List.of(newlyD, newlyT, newlyG)) {
      out.add(Measures.as(plus, ID));
    }
    for (Dataset<Row> minus : List.of(leftD, leftT, leftG)) {
      out.add(Measures.negate(minus, ID));
    }

    Column reg = col("reg_m").isNotNull().and(col("reg_m").leq(col(M)));
    Column ins = col("ins_m").isNotNull().and(col("ins_m").leq(col(M)));
    addBoth(out, newly.filter(reg.and(not(ins))), "employment_check_registration_only");
    addBoth(out, newly.filter(ins.and(not(reg))), "employment_check_insurance_only");
    addBoth(out, newly.filter(reg.and(ins)), "employment_check_both");

    Dataset<Row> undecidable =
        f.insurance().starts().filter(not(col("decidable"))).groupBy(P).agg(min(M).as("_f"));
    out.add(
        count(
            w.fromMonthOn(undecidable, col("_f")),
            "insurance_starts_undecidable",
            Scope.DISTRICT,
            null));
    return Measures.union(out);
  }

  private static void addBoth(List<Dataset<Row>> out, Dataset<Row> members, String id) {
    out.add(count(members, id, Scope.DISTRICT, null));
    out.add(count(members, id, Scope.TOWN, "town_code"));
  }

  /** Membership rows of persons carrying each group by the month-end, with column "group". */
  static Dataset<Row> flaggedAtMonthEnd(Dataset<Row> members, Dataset<Row> flags) {
    return members
        .select(P, M)
        .join(flags, P)
        .filter(col("flag_month").leq(col(M)))
        .select(P, M, "group");
  }
}
