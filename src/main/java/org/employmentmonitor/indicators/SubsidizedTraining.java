package org.employmentmonitor.indicators;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.Training;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;

/**
 * 补贴性职业技能培训人次 (SPEC 4.3, task 38): distinct (person, program_type, start_date) over the latest
 * version of each training record with subsidized = Y, status COMPLETED and end_date in the year to
 * date — counted from the month of its first such end date, once in the district, in its programme,
 * and in each town it has a record in. Sub-indicators of task 26: 创业培训 (distinct persons,
 * ENTREPRENEURSHIP) and 电商培训 (person-times, E_COMMERCE).
 */
public final class SubsidizedTraining implements PersonIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "subsidized_training",
              "补贴性职业技能培训人次",
              "Subsidised training (person-times)",
              Unit.PERSON_TIMES)
          .withScopes(Scope.DISTRICT, Scope.TOWN, Scope.PROGRAM)
          .withSources(Extracts.TRAINING)
          .withDefinition("年内结业的补贴性职业技能培训人次；同一人员、同一培训类型、同一开班日期计一次。");

  /** Task 26, with a target of its own. */
  public static final IndicatorDefinition ENTREPRENEURSHIP =
      IndicatorDefinition.of(
              "entrepreneurship_training",
              "创业培训人数",
              "Entrepreneurship training (persons)",
              Unit.PERSONS)
          .withSources(Extracts.TRAINING)
          .withDefinition("年内结业的补贴性创业培训人数，按人去重。");

  /** Task 26, with a target of its own. */
  public static final IndicatorDefinition ECOMMERCE =
      IndicatorDefinition.of(
              "ecommerce_training",
              "电商培训人次",
              "E-commerce training (person-times)",
              Unit.PERSON_TIMES)
          .withSources(Extracts.TRAINING)
          .withDefinition("年内结业的补贴性电商培训人次。");

  private static final String ID = DEFINITION.id();

  private record PersonTime(String program, LocalDate start) {}

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    Map<PersonTime, Integer> first = new TreeMap<>(ORDER);
    Map<PersonTime, Map<String, Integer>> firstByTown = new TreeMap<>(ORDER);
    int entrepreneur = Integer.MAX_VALUE;
    Map<String, Integer> entrepreneurByTown = new TreeMap<>();
    for (Training t : h.training()) {
      if (!t.subsidized()
          || !t.status().equals("COMPLETED")
          || t.end() == null
          || t.end().isBefore(c.yearStart())
          || t.end().isAfter(c.periodEnd())) {
        continue;
      }
      int m = PersonContext.month(t.end());
      PersonTime pt = new PersonTime(t.program(), t.start());
      first.merge(pt, m, Math::min);
      firstByTown.computeIfAbsent(pt, k -> new TreeMap<>()).merge(t.town(), m, Math::min);
      if (t.program().equals("ENTREPRENEURSHIP")) {
        entrepreneur = Math.min(entrepreneur, m);
        entrepreneurByTown.merge(t.town(), m, Math::min);
      }
    }
    for (Map.Entry<PersonTime, Integer> e : first.entrySet()) {
      String program = e.getKey().program();
      for (int m = e.getValue(); m <= c.last(); m++) {
        out.countDistrict(ID, m);
        out.count(ID, m, Scope.PROGRAM, program);
        if (program.equals("E_COMMERCE")) {
          out.countDistrict(ECOMMERCE.id(), m);
        }
      }
      for (Map.Entry<String, Integer> t : firstByTown.get(e.getKey()).entrySet()) {
        for (int m = t.getValue(); m <= c.last(); m++) {
          out.count(ID, m, Scope.TOWN, t.getKey());
          if (program.equals("E_COMMERCE")) {
            out.count(ECOMMERCE.id(), m, Scope.TOWN, t.getKey());
          }
        }
      }
    }
    for (int m = entrepreneur; m <= c.last(); m++) {
      out.countDistrict(ENTREPRENEURSHIP.id(), m);
    }
    for (Map.Entry<String, Integer> t : entrepreneurByTown.entrySet()) {
      for (int m = t.getValue(); m <= c.last(); m++) {
        out.count(ENTREPRENEURSHIP.id(), m, Scope.TOWN, t.getKey());
      }
    }
  }

  private static final java.util.Comparator<PersonTime> ORDER =
      java.util.Comparator.comparing(PersonTime::program).thenComparing(PersonTime::start);
}
