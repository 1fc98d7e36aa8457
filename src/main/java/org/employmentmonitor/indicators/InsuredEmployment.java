package org.employmentmonitor.indicators;

import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;

/**
 * 参保就业人数 (SPEC 4.4, 9): persons insured in the month (any contribution row, deferred and owed
 * included), once in the district and once in each employer town of the month. The same persons are
 * the insured part of the denominator of {@link RegisteredUnemployment#RATE}; the insured-drop
 * alert reads this indicator.
 */
public final class InsuredEmployment implements PersonIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of("insured_employment", "参保就业人数", "Insured employment", Unit.PERSONS)
          .withSources(Extracts.SOCIAL_INSURANCE)
          .withDefinition("本月有参保缴费记录（含缓缴、欠缴）的人数。");

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    String id = DEFINITION.id();
    for (int m = c.first(); m <= c.last(); m++) {
      if (h.insuredIn(m)) {
        out.countDistrict(id, m);
        for (String town : h.townsIn(m)) {
          out.count(id, m, Scope.TOWN, town);
        }
      }
    }
  }
}
