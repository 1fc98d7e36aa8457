package org.employmentmonitor.indicators;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;

/**
 * Person-level facts from the registration extract, built once per run for all month-ends (SPEC 4
 * "Status at month-end d", SPEC 9 "Persons and events"):
 *
 * <ul>
 *   <li>{@link #events}: latest version of each registration record, with its month index;
 *   <li>{@link #statusAt}: per person and month-end, the latest
 *       EMPLOYED/UNEMPLOYED/RETIRED/DECEASED event on or before it (ordered by event date, then
 *       delivery order);
 *   <li>{@link #flags}: per person and key group, the first date the group was flagged;
 *   <li>{@link #latestEventAt} and {@link #householdAt}: the latest event of any type, and the
 *       latest carrying a household, per person and month-end.
 * </ul>
 */
public final class RegistrationFacts {
  public static final String EVENT_MONTH = "event_m";

  private final MonthWindow window;
  private final Dataset<Row> events;
  private Dataset<Row> statusAt;
  private Dataset<Row> flags;

  public RegistrationFacts(StagedData staged) {
    this.window = staged.window();
    this.events =
        staged
            .latest(Extracts.REGISTRATION)
            .filter(col("event_date").leq(lit(window.periodEnd())))
            .withColumn(EVENT_MONTH, MonthWindow.indexOf(col("event_date")))
            .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Latest version of each registration record, up to P's end. */
  public Dataset<Row> events() {
    return events;
  }

  /** Events of one type. */
  public Dataset<Row> events(String type) {
    return events.filter(col("event_type").equalTo(type));
  }

  /**
   * (person_key, m, status, town_code, status_date): the person's status at each month-end of the
   * window and the town of the event that set it.
   */
  public Dataset<Row> statusAt() {
    if (statusAt == null) {
      Dataset<Row> statusEvents =
          events.filter(col("event_type").isin("EMPLOYED", "UNEMPLOYED", "RETIRED", "DECEASED"));
      statusAt =
          latestPerMonthEnd(statusEvents)
              .select(
                  col(Extract.PERSON_KEY),
                  col(MonthWindow.M),
                  col("event_type").as("status"),
                  col("town_code"),
                  col("event_date").as("status_date"))
              .persist(StorageLevel.MEMORY_AND_DISK());
    }
    return statusAt;
  }

  /**
   * For each event, the month-ends at which it is the person's latest among {@code ds}: from its
   * own month until the month before the next event (an event followed on the same day, or in the
   * same month, by a later one is nobody's latest at a month-end).
   */
  public Dataset<Row> latestPerMonthEnd(Dataset<Row> ds) {
    WindowSpec byPerson = Window.partitionBy(Extract.PERSON_KEY).orderBy("event_date", "ord");
    Dataset<Row> withNext = ds.withColumn("_next", lead(col("event_date"), 1).over(byPerson));
    Column nextMonth = MonthWindow.indexOf(col("_next"));
    // The next event's month ends this one's span; a next event in the same month (or on the
    // same day, delivered later) leaves this one no month-end at all.
    Column until = coalesce(nextMonth.minus(1), lit(window.last()));
    return window.explodeMonths(withNext, col(EVENT_MONTH), until).drop("_next");
  }

  /** (person_key, group, flag_month): the first month-end at which the person carries the group. */
  public Dataset<Row> flags() {
    if (flags == null) {
      flags =
          events
              .filter(col("groups").isNotNull())
              .select(col(Extract.PERSON_KEY), explode(col("groups")).as("group"), col(EVENT_MONTH))
              .groupBy(Extract.PERSON_KEY, "group")
              .agg(min(EVENT_MONTH).as("flag_month"))
              .persist(StorageLevel.MEMORY_AND_DISK());
    }
    return flags;
  }

  /** Persons flagged with {@code group}: (person_key, flag_month). */
  public Dataset<Row> flagged(String group) {
    return flags().filter(col("group").equalTo(group)).select(Extract.PERSON_KEY, "flag_month");
  }

  /**
   * (person_key, m, town_code, able_and_willing): each person's latest registration event of any
   * type at each month-end, for the persons in {@code persons} (a one-column person_key set).
   */
  public Dataset<Row> latestEventAt(Dataset<Row> persons) {
    Dataset<Row> ev = events.join(persons, Extract.PERSON_KEY);
    return latestPerMonthEnd(ev)
        .select(Extract.PERSON_KEY, MonthWindow.M, "town_code", "able_and_willing");
  }

  /**
   * (person_key, m, household_id, town_code, event_date, ord): each person's latest event that
   * carries a household_id, at each month-end (SPEC 9: that is the person's household).
   */
  public Dataset<Row> householdAt() {
    Dataset<Row> ev = events.filter(col("household_id").isNotNull());
    return latestPerMonthEnd(ev)
        .select(
            Extract.PERSON_KEY, MonthWindow.M, "household_id", "town_code", "event_date", "ord");
  }
}
