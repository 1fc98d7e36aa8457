package org.employmentmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.employmentmonitor.ingest.id.IdNumber;
import org.junit.jupiter.api.Test;

/** Persons' ID numbers: unique, valid, consistent with birth date and sex, legacy form too. */
class PopulationTest {
  @Test
  void sampleIdNumbersAreUniqueValidAndMatchTheCore() {
    Months months = Months.defaults();
    Population pop = new Population(GenerateData.DEFAULT_SEED, Scale.SAMPLE, months);
    Set<String> seen = new HashSet<>();
    LocalDate first = months.first.atDay(1);
    int legacy = 0;
    for (int i = 0; i < pop.size(); i++) {
      String id = pop.idNumber(i);
      assertTrue(seen.add(id), "duplicate ID number for person " + i);
      IdNumber.Result r = IdNumber.parse(id, first);
      assertTrue(r.valid(), id + ": " + r.error());
      assertEquals(LocalDate.ofEpochDay(pop.birthDay(i)), r.birthDate());
      assertEquals(pop.male(i), r.male());
      assertTrue(pop.age(i, (int) first.toEpochDay()) >= 16, "too young: " + id);
      String old = pop.legacyIdNumber(i);
      if (old != null) {
        legacy++;
        assertEquals(id, IdNumber.parse(old, first).canonical());
      }
    }
    assertTrue(legacy > pop.size() / 2, "most persons were born in the 1900s");
  }
}
