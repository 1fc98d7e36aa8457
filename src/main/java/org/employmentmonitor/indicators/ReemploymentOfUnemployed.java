package org.employmentmonitor.indicators;

import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.Event;
import org.employmentmonitor.indicators.person.PersonHistory.FirstEmployment;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;

/**
 * 失业人员再就业人数 (SPEC 4.4, 9; tasks 48 and 54, the national report's 城镇失业人员再就业): newly employed persons
 * (SPEC 4.1) whose status at the end of the day before the date they count at — an EMPLOYED event's
 * date, or the 1st of an insurance start's month — was UNEMPLOYED. Counted from the month of that
 * first employment, in the district, its town and each key group flagged by the month-end, as
 * {@link NewUrbanEmployment} counts the newly employed.
 */
public final class ReemploymentOfUnemployed implements PersonIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "reemployment_of_unemployed",
              "失业人员再就业人数",
              "Re-employment of the unemployed",
              Unit.PERSONS)
          .withScopes(Scope.DISTRICT, Scope.TOWN, Scope.GROUP)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition("新就业人员中，计入新就业之日的前一天登记状态为失业的人数（以就业登记或新参保实现再就业）。");

  private static final String ID = DEFINITION.id();

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    FirstEmployment first = h.firstEmployment(c);
    if (first == null) {
      return;
    }
    Event before = h.statusOn(first.date().minusDays(1));
    if (before == null || !before.type().equals("UNEMPLOYED")) {
      return;
    }
    for (int m = first.month(); m <= c.last(); m++) {
      out.countDistrict(ID, m);
      out.count(ID, m, Scope.TOWN, first.town());
      for (String g : h.groupsBy(c, m)) {
        out.count(ID, m, Scope.GROUP, g);
      }
    }
  }
}
