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
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Evaluates the persons of one partition: the registration, roster and training rows of {@link
 * PersonInput#others} and the {@link PersonState} rows of the same bucket, both sorted by person:
 * each person's rows become a {@link PersonHistory}, every person-level indicator adds the person
 * to its cells, and the partition emits one row per cell it touched ({@code type} "S") plus one row
 * per household membership ({@code type} "H") for the zero-employment rule. Memory holds one
 * person's rows and the partition's cell counts, never the partition.
 *
 * <p>The indicators and the household rule are handed in ({@code IndicatorCatalog.PERSON_RULES},
 * checked against the list of definitions by its test), so this engine knows no concrete indicator
 * and {@code indicators.person} does not depend on {@code indicators}.
 */
public final class PersonStream
    implements FlatMapFunction2<Iterator<Row>, Iterator<InternalRow>, Row> {
  private static final long serialVersionUID = 1L;

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
  private final List<PersonIndicator> indicators;
  private final HouseholdMember.Rule households;
  private final int buckets;

  /** {@code buckets}: the person state's bucket count, = the number of partitions. */
  public PersonStream(
      PersonContext context,
      List<PersonIndicator> indicators,
      HouseholdMember.Rule households,
      int buckets) {
    this.context = context;
    this.buckets = buckets;
    this.indicators = List.copyOf(indicators);
    this.households = households;
  }

  /** Partition i of {@link PersonInput#others} and bucket i of the person state. */
  @Override
  public Iterator<Row> call(Iterator<Row> others, Iterator<InternalRow> state) {
    return new Evaluation(others, state, this);
  }

  /**
   * Evaluates everything about one person into {@code cells} and {@code members}: at the run's
   * month-ends and, under their own year's window, at last year's (SPEC 4.6) — one pass per person.
   */
  public void evaluate(PersonHistory h, Cells cells, java.util.function.Consumer<Row> members) {
    for (PersonContext c : context.evaluated()) {
      evaluate(h, c, cells, members);
    }
  }

  private void evaluate(
      PersonHistory h, PersonContext c, Cells cells, java.util.function.Consumer<Row> members) {
    for (PersonIndicator i : indicators) {
      i.measure(h, c, cells);
    }
    for (int m = c.first(); m <= c.last(); m++) {
      HouseholdMember mem = households.of(h, c, m);
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
    private final Iterator<InternalRow> state;
    private final PersonState.Strings strings = new PersonState.Strings();
    private final PersonStream stream;
    private final Cells cells = new Cells();
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private Row nextOther;
    private InternalRow nextState;
    private long lastOther = Long.MIN_VALUE;
    private long lastState = Long.MIN_VALUE;
    private boolean cellsEmitted;

    Evaluation(Iterator<Row> others, Iterator<InternalRow> state, PersonStream stream) {
      this.others = others;
      this.state = state;
      this.stream = stream;
      this.nextOther = others.hasNext() ? others.next() : null;
      this.nextState = state.hasNext() ? state.next() : null;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty()) {
        if (nextOther != null || nextState != null) {
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
              ? nextState.getLong(PersonState.S_PERSON)
              : nextState == null
                  ? nextOther.getLong(PersonInput.PERSON)
                  : Math.min(
                      nextOther.getLong(PersonInput.PERSON),
                      nextState.getLong(PersonState.S_PERSON));
      PersonHistory.Builder b = new PersonHistory.Builder(key);
      while (nextOther != null && nextOther.getLong(PersonInput.PERSON) == key) {
        PersonState.checkLayout(key, lastOther, false, stream.buckets, "the person rows");
        lastOther = key;
        PersonInput.addTo(b, nextOther);
        nextOther = others.hasNext() ? others.next() : null;
      }
      if (nextState != null && nextState.getLong(PersonState.S_PERSON) == key) {
        PersonState.checkLayout(key, lastState, true, stream.buckets, "the person state");
        lastState = key;
        PersonInput.addStateTo(b, nextState, strings);
        nextState = state.hasNext() ? state.next() : null;
      }
      stream.evaluate(b.build(), cells, pending::add);
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
