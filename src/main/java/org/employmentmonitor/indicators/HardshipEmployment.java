package org.employmentmonitor.indicators;

import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.FirstEmployment;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;

/**
 * 就业困难人员实现就业人数 (SPEC 4.4, 9; tasks 54 and 60, 就业援助): newly employed persons (SPEC 4.1) flagged
 * HARDSHIP on a registration event dated by the month-end; town of the counting event.
 */
public final class HardshipEmployment implements PersonIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "hardship_employment",
              "就业困难人员实现就业人数",
              "Persons with employment difficulties employed",
              Unit.PERSONS)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition("新就业人员中，截至月末曾被标记为就业困难人员的人数。");

  private static final String ID = DEFINITION.id();

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    FirstEmployment first = h.firstEmployment(c);
    if (first == null) {
      return;
    }
    for (int m = first.month(); m <= c.last(); m++) {
      if (h.flaggedBy(c, "HARDSHIP", m)) {
        out.countDistrict(ID, m);
        out.count(ID, m, Scope.TOWN, first.town());
      }
    }
  }
}
