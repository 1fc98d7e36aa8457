package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.employmentmonitor.ingest.schema.Extract;

/**
 * SPEC 4.1 "newly employed", one row per person for the year, built once: (person_key, first_m,
 * town_code, employment_form, reg_m, ins_m).
 *
 * <p>Candidates are the person's EMPLOYED registration events dated in the year up to P, and their
 * decidable insurance starts in the year (dated the 1st of the start month). The person counts
 * once, at the earliest candidate; ties go to registration, then to the smallest town code (SPEC
 * 9). {@code reg_m} and {@code ins_m} are the first months with each kind of evidence, for the
 * registration/insurance cross-check (大数据比对). An insurance start counts as form EMPLOYER (单位就业): an
 * employer pays the contributions.
 */
public final class NewlyEmployed {
  static final int REGISTRATION = 0;
  static final int INSURANCE = 1;

  private final Dataset<Row> persons;

  public NewlyEmployed(RegistrationFacts reg, InsuranceFacts ins, MonthWindow window) {
    Dataset<Row> registered =
        reg.events("EMPLOYED")
            .filter(col("event_date").geq(lit(window.yearStart())))
            .select(
                col(Extract.PERSON_KEY),
                col("event_date").as("date"),
                lit(REGISTRATION).as("kind"),
                col("town_code"),
                col("employment_form"));
    Dataset<Row> started =
        ins.decidableStarts()
            .select(
                col(Extract.PERSON_KEY),
                make_date(
                        col(MonthWindow.M).divide(12).cast("int"),
                        col(MonthWindow.M).mod(12).plus(1),
                        lit(1))
                    .as("date"),
                lit(INSURANCE).as("kind"),
                col("town_code"),
                lit("EMPLOYER").as("employment_form"));
    this.persons =
        registered
            .unionByName(started)
            .groupBy(Extract.PERSON_KEY)
            .agg(
                min(struct("date", "kind", "town_code", "employment_form")).as("first"),
                min(when(col("kind").equalTo(REGISTRATION), col("date"))).as("reg_date"),
                min(when(col("kind").equalTo(INSURANCE), col("date"))).as("ins_date"))
            .select(
                col(Extract.PERSON_KEY),
                MonthWindow.indexOf(col("first.date")).as("first_m"),
                col("first.town_code").as("town_code"),
                col("first.employment_form").as("employment_form"),
                MonthWindow.indexOf(col("reg_date")).as("reg_m"),
                MonthWindow.indexOf(col("ins_date")).as("ins_m"))
            .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** One row per person newly employed in the year up to P. */
  public Dataset<Row> persons() {
    return persons;
  }
}
