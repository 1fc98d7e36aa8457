package org.employmentmonitor.indicators;

import java.util.TreeSet;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.Event;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;

/**
 * 求职人数 (SPEC 4.4, 9): distinct persons with a JOB_SEEKING event in the month, once in the district
 * and once in each town where they sought work that month. They are also the denominator of 求人倍率
 * (positions posted ÷ job seekers, see {@link Recruitment}).
 */
public final class JobSeekers implements PersonIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of("job_seekers", "求职人数", "Job seekers", Unit.PERSONS)
          .withSources(Extracts.REGISTRATION)
          .withDefinition("本月有求职登记的人数。");

  private static final String ID = DEFINITION.id();

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    for (int m = c.first(); m <= c.last(); m++) {
      TreeSet<String> towns = new TreeSet<>();
      for (Event e : h.events()) {
        if (e.type().equals("JOB_SEEKING") && e.month() == m) {
          towns.add(e.town());
        }
      }
      if (towns.isEmpty()) {
        continue;
      }
      out.countDistrict(ID, m);
      out.add(Recruitment.DEMAND_SUPPLY_RATIO.id(), m, Scope.DISTRICT, "", Measures.DEN, 1);
      for (String t : towns) {
        out.count(ID, m, Scope.TOWN, t);
        out.add(Recruitment.DEMAND_SUPPLY_RATIO.id(), m, Scope.TOWN, t, Measures.DEN, 1);
      }
    }
  }
}
