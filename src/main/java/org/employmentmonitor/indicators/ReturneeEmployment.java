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
 * 返乡就业创业人数 (SPEC 4.4, tasks 25 and 31): newly employed persons (SPEC 4.1) flagged MIGRANT_RETURNEE
 * on a registration event by the month-end; town of the counting event.
 */
public final class ReturneeEmployment implements PersonIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of("returnee_employment", "返乡就业创业人数", "Returnees employed", Unit.PERSONS)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition("新就业人员中曾被标记为返乡农民工的人数。");

  private static final String ID = DEFINITION.id();

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    FirstEmployment first = h.firstEmployment(c);
    if (first == null) {
      return;
    }
    for (int m = first.month(); m <= c.last(); m++) {
      if (h.flaggedBy(c, "MIGRANT_RETURNEE", m)) {
        out.countDistrict(ID, m);
        out.count(ID, m, Scope.TOWN, first.town());
      }
    }
  }
}
