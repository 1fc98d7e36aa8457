package org.employmentmonitor.indicators.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Rows of the person tables, written by column name, come back as the records of their kind: each
 * field from its own column, the person's birth date and sex from whichever row carries them.
 */
class PersonInputTest {
  private static final LocalDate BIRTH = LocalDate.of(1998, 3, 4);

  /** A row of {@link PersonInput#SCHEMA}: the named values, null elsewhere (arrays as Spark's). */
  private static Row row(int kind, long ord, Map<String, Object> values) {
    Object[] v = new Object[PersonInput.SCHEMA.size()];
    v[PersonInput.SCHEMA.fieldIndex("person_key")] = 7L;
    v[PersonInput.SCHEMA.fieldIndex("kind")] = kind;
    v[PersonInput.SCHEMA.fieldIndex("ord")] = ord;
    values.forEach((name, value) -> v[PersonInput.SCHEMA.fieldIndex(name)] = value);
    return RowFactory.create(v);
  }

  @Test
  void eachKindFillsItsOwnRecord() {
    PersonHistory.Builder b = new PersonHistory.Builder(7L);
    PersonInput.addTo(
        b,
        row(
            PersonInput.EVENT,
            20L,
            Map.of(
                "birth_date", BIRTH,
                "sex", "F",
                "town_code", "500118001",
                "event_type", "EMPLOYED",
                "employment_form", "FLEXIBLE",
                "household_id", "H1",
                "event_date", LocalDate.of(2020, 5, 6),
                "able_and_willing", true,
                "groups", CollectionConverters.asScala(List.of("GRADUATE")).toSeq())));
    PersonInput.addTo(
        b,
        row(
            PersonInput.ROSTER,
            30L,
            Map.of(
                "town_code",
                "500118002",
                "reported_status",
                "EMPLOYED",
                "registered_date",
                LocalDate.of(2020, 7, 1),
                "snapshot",
                24246,
                "graduation_year",
                2020)));
    PersonInput.addTo(
        b,
        row(
            PersonInput.TRAINING,
            40L,
            Map.of(
                "town_code", "500118003",
                "program_type", "VOCATIONAL",
                "training_status", "COMPLETED",
                "start_date", LocalDate.of(2020, 3, 2),
                "subsidized", true)));
    PersonInput.addStateTo(
        b,
        new GenericInternalRow(
            new Object[] {
              7L,
              ArrayData.toArrayData(new long[] {99L}), // identity
              new GenericArrayData(new Object[] {UTF8String.fromString("500118004")}),
              ArrayData.toArrayData(new int[] {24245}), // first month
              ArrayData.toArrayData(new int[] {1}), // length
              ArrayData.toArrayData(new int[] {0}) // lag
            }),
        new PersonState.Strings());
    PersonHistory h = b.build();

    assertEquals(BIRTH, h.birthDate());
    assertEquals("F", h.sex());
    assertEquals(
        List.of(
            new PersonHistory.Event(
                "EMPLOYED",
                LocalDate.of(2020, 5, 6),
                20L,
                "500118001",
                "FLEXIBLE",
                "H1",
                List.of("GRADUATE"),
                true)),
        h.events());
    assertEquals(
        new PersonHistory.RosterRow(
            24246, 30L, 2020, LocalDate.of(2020, 7, 1), "500118002", "EMPLOYED"),
        h.rosterRow(24246, 2020));
    assertEquals(
        List.of(
            new PersonHistory.Training(
                "VOCATIONAL", true, "COMPLETED", LocalDate.of(2020, 3, 2), null, "500118003")),
        h.training());
    assertEquals(List.of("500118004"), List.copyOf(h.townsIn(24245)));
  }

  @Test
  void anEventWithoutGroupsOrAbilityKeepsThemUnknown() {
    PersonHistory.Builder b = new PersonHistory.Builder(7L);
    PersonInput.addTo(
        b,
        row(
            PersonInput.EVENT,
            1L,
            Map.of("event_type", "UNEMPLOYED", "event_date", LocalDate.of(2020, 1, 2))));
    PersonHistory.Event e = b.build().events().get(0);
    assertNull(e.groups());
    assertNull(e.able());
  }
}
