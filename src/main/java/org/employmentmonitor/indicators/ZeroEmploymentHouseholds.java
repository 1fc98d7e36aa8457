package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.indicators.person.HouseholdMember;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.Event;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;
import org.employmentmonitor.staging.MonthWindow;

/**
 * 零就业家庭 (SPEC 4.4, task 60 "动态清零"): households with at least one member able and willing and of
 * working age (16–59 men, 16–54 women, whole years at the month-end), every such member UNEMPLOYED
 * at the month-end and not insured in the month.
 *
 * <p>Two steps: each person says, per month-end, which household they belong to (the household_id
 * of their latest event carrying one) and whether they are an eligible member and jobless ({@link
 * #member}, handed to the person engine as its {@link HouseholdMember.Rule}); then the members are
 * grouped by household ({@link #measure}), whose town is that of the latest such event of any
 * member (SPEC 9).
 */
public final class ZeroEmploymentHouseholds {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "zero_employment_households", "零就业家庭", "Zero-employment households", Unit.HOUSEHOLDS)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition(
              "家庭中有劳动年龄内（男16-59岁、女16-54岁）、有劳动能力和就业意愿的成员，且这些成员月末均为失业状态、" + "本月均未参保的家庭户数。");

  private static final String ID = DEFINITION.id();

  private ZeroEmploymentHouseholds() {}

  /** The person's household membership at month-end m, or null when they have none. */
  public static HouseholdMember member(PersonHistory h, PersonContext c, int m) {
    Event household = h.householdAt(c, m);
    if (household == null) {
      return null;
    }
    Event latest = h.latestAt(c, m);
    boolean eligible =
        latest != null
            && Boolean.TRUE.equals(latest.able())
            && workingAge(h.birthDate(), h.sex(), MonthWindow.monthEnd(m));
    Event status = h.statusAt(c, m);
    boolean jobless = status != null && status.type().equals("UNEMPLOYED") && !h.insuredIn(m);
    return new HouseholdMember(
        household.household(),
        household.date(),
        household.ord(),
        household.town(),
        eligible,
        jobless);
  }

  /** Working age in whole years at {@code day}: 16–59 for men, 16–54 for women. */
  static boolean workingAge(LocalDate birth, String sex, LocalDate day) {
    if (birth == null) {
      return false;
    }
    int age = java.time.Period.between(birth, day).getYears();
    return age >= 16 && age <= ("M".equals(sex) ? 59 : 54);
  }

  /**
   * Households with zero employment per month-end, from member rows (household_id, m, event_date,
   * ord, town_code, eligible, jobless).
   */
  public static Dataset<Row> measure(Dataset<Row> members) {
    Dataset<Row> households =
        members
            .groupBy("household_id", "m")
            .agg(
                sum(when(col("eligible"), 1).otherwise(0)).as("_eligible"),
                sum(when(col("eligible").and(col("jobless").equalTo(false)), 1).otherwise(0))
                    .as("_working"),
                max_by(col("town_code"), struct(col("event_date"), col("ord"))).as("town_code"))
            .filter(col("_eligible").geq(1).and(col("_working").equalTo(0)));
    return Measures.union(
        List.of(
            Measures.count(households, ID, Scope.DISTRICT, null),
            Measures.count(households, ID, Scope.TOWN, "town_code")));
  }
}
