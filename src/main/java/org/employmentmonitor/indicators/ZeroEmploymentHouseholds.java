package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;
import static org.employmentmonitor.indicators.Measures.count;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.model.Scope;

/**
 * 零就业家庭 (SPEC 4.4, task 60 "动态清零"): households with at least one member able and willing and of
 * working age (16–59 men, 16–54 women, whole years at the month-end), every such member UNEMPLOYED
 * at the month-end and not insured in the month. A person's household is the household_id of their
 * latest event carrying one; the household's town that of the latest such event of any member (SPEC
 * 9).
 */
public final class ZeroEmploymentHouseholds implements Indicator {
  static final String ID = "zero_employment_households";
  private static final String P = Extract.PERSON_KEY;
  private static final String M = MonthWindow.M;

  @Override
  public Dataset<Row> measure(Facts f) {
    RegistrationFacts reg = f.registration();
    Dataset<Row> members = reg.householdAt();
    Dataset<Row> people =
        reg.events()
            .groupBy(P)
            .agg(first(Extract.BIRTH_DATE).as("birth"), first(Extract.SEX).as("sex"));
    Dataset<Row> able =
        reg.latestEventAt(members.select(P).distinct()).select(P, M, "able_and_willing");
    Dataset<Row> unemployed =
        reg.statusAt().filter(col("status").equalTo("UNEMPLOYED")).select(P, M);
    Dataset<Row> insured = f.insurance().insured().select(P, M);

    Dataset<Row> m =
        members
            .join(people, P)
            .join(able, new String[] {P, M}, "left")
            .join(unemployed.withColumn("_unemployed", lit(true)), new String[] {P, M}, "left")
            .join(insured.withColumn("_insured", lit(true)), new String[] {P, M}, "left");
    Column monthEnd =
        last_day(make_date(col(M).divide(12).cast("int"), col(M).mod(12).plus(1), lit(1)));
    Column age = ageAt(col("birth"), monthEnd);
    Column workingAge =
        age.geq(16).and(when(col("sex").equalTo("M"), age.leq(59)).otherwise(age.leq(54)));
    Column eligible = coalesce(col("able_and_willing"), lit(false)).and(workingAge);
    Column jobless = coalesce(col("_unemployed"), lit(false)).and(col("_insured").isNull());

    Dataset<Row> households =
        m.groupBy("household_id", M)
            .agg(
                sum(when(eligible, 1).otherwise(0)).as("_eligible"),
                sum(when(eligible.and(not(jobless)), 1).otherwise(0)).as("_working"),
                max_by(col("town_code"), struct(col("event_date"), col("ord"))).as("town_code"))
            .filter(col("_eligible").geq(1).and(col("_working").equalTo(0)));
    return Measures.union(
        List.of(
            count(households, ID, Scope.DISTRICT, null, Measures.NUM),
            count(households, ID, Scope.TOWN, "town_code", Measures.NUM)));
  }

  /** Age in whole years at {@code day}. */
  static Column ageAt(Column birth, Column day) {
    Column beforeBirthday =
        month(day)
            .lt(month(birth))
            .or(month(day).equalTo(month(birth)).and(dayofmonth(day).lt(dayofmonth(birth))));
    return year(day).minus(year(birth)).minus(when(beforeBirthday, 1).otherwise(0));
  }
}
