package org.employmentmonitor.indicators;

import java.util.Map;
import java.util.TreeMap;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.Event;
import org.employmentmonitor.indicators.person.PersonHistory.FirstEmployment;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.model.Scope;

/**
 * 城镇新增就业人数 (SPEC 4.1) = newly employed − natural attrition in the year to date.
 *
 * <ul>
 *   <li>Newly employed: counted once a year, from the month of the person's first employment
 *       ({@link PersonHistory#firstEmployment}), in the district, the town of that event, its
 *       employment form, and each key group flagged by the month-end.
 *   <li>Natural attrition: persons with a RETIRED or DECEASED event in the year to date, once in
 *       the district and once in each town where they have such an event.
 *   <li>Also output: the cross-check of registration against insurance (大数据比对, task 64) — newly
 *       employed with registration only, insurance only, or both by the month-end — and the
 *       insurance starts that could not be decided (their look-back is not delivered).
 * </ul>
 */
public final class NewUrbanEmployment implements PersonIndicator {
  public static final String ID = "new_urban_employment";

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    FirstEmployment first = h.firstEmployment(c);
    if (first != null) {
      for (int m = Math.max(first.month(), c.first()); m <= c.last(); m++) {
        for (String id : new String[] {"newly_employed", ID}) {
          out.countDistrict(id, m);
          out.count(id, m, Scope.TOWN, first.town());
          for (String g : h.groupsBy(c, m)) {
            out.count(id, m, Scope.GROUP, g);
          }
        }
        out.count("newly_employed", m, Scope.FORM, first.form());
        boolean registered = first.firstRegistration() <= m;
        boolean insured = first.firstStart() <= m;
        String check =
            registered && insured
                ? "employment_check_both"
                : registered
                    ? "employment_check_registration_only"
                    : "employment_check_insurance_only";
        out.countDistrict(check, m);
        out.count(check, m, Scope.TOWN, first.town());
      }
    }
    attrition(h, c, out);
    undecidableStarts(h, c, out);
  }

  private static void attrition(PersonHistory h, PersonContext c, Cells out) {
    int firstMonth = Integer.MAX_VALUE;
    Map<String, Integer> firstByTown = new TreeMap<>();
    for (Event e : h.events()) {
      boolean leaving = e.type().equals("RETIRED") || e.type().equals("DECEASED");
      if (leaving && !e.date().isBefore(c.yearStart()) && !e.date().isAfter(c.periodEnd())) {
        firstMonth = Math.min(firstMonth, e.month());
        firstByTown.merge(e.town(), e.month(), Math::min);
      }
    }
    for (int m = firstMonth; m <= c.last(); m++) {
      out.countDistrict("natural_attrition", m);
      out.add(ID, m, Scope.DISTRICT, "", Measures.NUM, -1);
      for (String g : h.groupsBy(c, m)) {
        out.count("natural_attrition", m, Scope.GROUP, g);
        out.add(ID, m, Scope.GROUP, g, Measures.NUM, -1);
      }
    }
    for (Map.Entry<String, Integer> t : firstByTown.entrySet()) {
      for (int m = t.getValue(); m <= c.last(); m++) {
        out.count("natural_attrition", m, Scope.TOWN, t.getKey());
        out.add(ID, m, Scope.TOWN, t.getKey(), Measures.NUM, -1);
      }
    }
  }

  /** SPEC 4.1: a start whose look-back is not delivered is not counted; the count is reported. */
  private static void undecidableStarts(PersonHistory h, PersonContext c, Cells out) {
    for (int m = c.first(); m <= c.last(); m++) {
      if (h.startsIn(m) && !c.decidable(m)) {
        String town = h.townsIn(m).first();
        for (int k = m; k <= c.last(); k++) {
          out.countDistrict("insurance_starts_undecidable", k);
          out.count("insurance_starts_undecidable", k, Scope.TOWN, town);
        }
        return;
      }
    }
  }
}
