package org.employmentmonitor.indicators.person;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.employmentmonitor.indicators.GraduatePlacementRate;
import org.employmentmonitor.indicators.JobSeekers;
import org.employmentmonitor.indicators.NewUrbanEmployment;
import org.employmentmonitor.indicators.PovertyEmploymentRate;
import org.employmentmonitor.indicators.RegisteredUnemployment;
import org.employmentmonitor.indicators.ReturneeEmployment;
import org.employmentmonitor.indicators.SubsidizedTraining;
import org.employmentmonitor.indicators.UnemployedFollowUpRate;
import org.employmentmonitor.indicators.ZeroEmploymentHouseholds;

/**
 * Evaluates the persons of one partition of {@link PersonInput} (both tables sorted by person):
 * each person's rows become a {@link PersonHistory}, every person-level indicator adds the person
 * to its cells, and the partition emits one row per cell it touched ({@code type} "S") plus one row
 * per household membership ({@code type} "H") for {@link ZeroEmploymentHouseholds}. Memory holds
 * one person's rows and the partition's cell counts, never the partition.
 */
public final class PersonStream implements FlatMapFunction2<Iterator<Row>, Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  /** Every person-level indicator, in catalogue order. */
  public static final List<PersonIndicator> INDICATORS =
      List.of(
          new NewUrbanEmployment(),
          new GraduatePlacementRate(),
          new SubsidizedTraining(),
          new RegisteredUnemployment(),
          new UnemployedFollowUpRate(),
          new ReturneeEmployment(),
          new PovertyEmploymentRate(),
          new JobSeekers());

  public static final String SUM = "S";
  public static final String MEMBER = "H";

  public static final StructType OUTPUT =
      new StructType()
          .add("type", DataTypes.StringType, false)
          .add("indicator_id", DataTypes.StringType, true)
          .add("m", DataTypes.IntegerType, false)
          .add("scope", DataTypes.StringType, true)
          .add("scope_key", DataTypes.StringType, true)
          .add("part", DataTypes.StringType, true)
          .add("amount", DataTypes.createDecimalType(38, 10), true)
          .add("household_id", DataTypes.StringType, true)
          .add("event_date", DataTypes.DateType, true)
          .add("ord", DataTypes.LongType, true)
          .add("town_code", DataTypes.StringType, true)
          .add("eligible", DataTypes.BooleanType, true)
          .add("jobless", DataTypes.BooleanType, true);

  private final PersonContext context;

  public PersonStream(PersonContext context) {
    this.context = context;
  }

  /** Partition i of {@link PersonInput.Tables#others} and of its contributions. */
  @Override
  public Iterator<Row> call(Iterator<Row> others, Iterator<Row> contributions) {
    return new Evaluation(others, contributions, context);
  }

  /** Evaluates everything about one person into {@code cells} and {@code members}. */
  public static void evaluate(
      PersonHistory h, PersonContext c, Cells cells, java.util.function.Consumer<Row> members) {
    for (PersonIndicator i : INDICATORS) {
      i.measure(h, c, cells);
    }
    for (int m = c.first(); m <= c.last(); m++) {
      ZeroEmploymentHouseholds.Member mem = ZeroEmploymentHouseholds.member(h, c, m);
      if (mem != null) {
        members.accept(
            RowFactory.create(
                MEMBER,
                null,
                m,
                null,
                null,
                null,
                null,
                mem.household(),
                mem.eventDate(),
                mem.ord(),
                mem.town(),
                mem.eligible(),
                mem.jobless()));
      }
    }
  }

  /**
   * Merges the two person-sorted partitions one person at a time; emits household rows as it goes
   * and the cells at the end.
   */
  private static final class Evaluation implements Iterator<Row> {
    private final Iterator<Row> others;
    private final Iterator<Row> contributions;
    private final PersonContext context;
    private final Cells cells = new Cells();
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private Row nextOther;
    private Row nextContribution;
    private boolean cellsEmitted;

    Evaluation(Iterator<Row> others, Iterator<Row> contributions, PersonContext context) {
      this.others = others;
      this.contributions = contributions;
      this.context = context;
      this.nextOther = others.hasNext() ? others.next() : null;
      this.nextContribution = contributions.hasNext() ? contributions.next() : null;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty()) {
        if (nextOther != null || nextContribution != null) {
          nextPerson();
        } else if (!cellsEmitted) {
          emitCells();
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.poll();
    }

    private void nextPerson() {
      long key =
          nextOther == null
              ? nextContribution.getLong(PersonInput.C_PERSON)
              : nextContribution == null
                  ? nextOther.getLong(PersonInput.PERSON)
                  : Math.min(
                      nextOther.getLong(PersonInput.PERSON),
                      nextContribution.getLong(PersonInput.C_PERSON));
      PersonHistory.Builder b = new PersonHistory.Builder(key);
      while (nextOther != null && nextOther.getLong(PersonInput.PERSON) == key) {
        PersonInput.addTo(b, nextOther);
        nextOther = others.hasNext() ? others.next() : null;
      }
      while (nextContribution != null && nextContribution.getLong(PersonInput.C_PERSON) == key) {
        PersonInput.addContributionTo(b, nextContribution);
        nextContribution = contributions.hasNext() ? contributions.next() : null;
      }
      evaluate(b.build(), context, cells, pending::add);
    }

    private void emitCells() {
      cellsEmitted = true;
      for (Map.Entry<Cells.Key, long[]> e : cells.counts().entrySet()) {
        Cells.Key k = e.getKey();
        pending.add(
            RowFactory.create(
                SUM,
                k.id(),
                k.m(),
                k.scope().name(),
                k.key(),
                k.part(),
                BigDecimal.valueOf(e.getValue()[0]),
                null,
                null,
                null,
                null,
                null,
                null));
      }
    }
  }
}
