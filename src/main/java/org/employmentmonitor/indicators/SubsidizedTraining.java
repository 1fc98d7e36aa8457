package org.employmentmonitor.indicators;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.Training;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.model.Scope;

/**
 * 补贴性职业技能培训人次 (SPEC 4.3, task 38): distinct (person, program_type, start_date) over the latest
 * version of each training record with subsidized = Y, status COMPLETED and end_date in the year to
 * date — counted from the month of its first such end date, once in the district, in its programme,
 * and in each town it has a record in. Sub-indicators of task 26: 创业培训 (distinct persons,
 * ENTREPRENEURSHIP) and 电商培训 (person-times, E_COMMERCE).
 */
public final class SubsidizedTraining implements PersonIndicator {
  public static final String ID = "subsidized_training";

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
          out.countDistrict("ecommerce_training", m);
        }
      }
      for (Map.Entry<String, Integer> t : firstByTown.get(e.getKey()).entrySet()) {
        for (int m = t.getValue(); m <= c.last(); m++) {
          out.count(ID, m, Scope.TOWN, t.getKey());
          if (program.equals("E_COMMERCE")) {
            out.count("ecommerce_training", m, Scope.TOWN, t.getKey());
          }
        }
      }
    }
    for (int m = entrepreneur; m <= c.last(); m++) {
      out.countDistrict("entrepreneurship_training", m);
    }
    for (Map.Entry<String, Integer> t : entrepreneurByTown.entrySet()) {
      for (int m = t.getValue(); m <= c.last(); m++) {
        out.count("entrepreneurship_training", m, Scope.TOWN, t.getKey());
      }
    }
  }

  private static final java.util.Comparator<PersonTime> ORDER =
      java.util.Comparator.comparing(PersonTime::program).thenComparing(PersonTime::start);
}
