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
    for (int m = c.first(); m <= c.last(); m++) {
      addInsured(h, m, DEFINITION.id(), Measures.NUM, out);
    }
  }

  /**
   * +1 to {@code part} of {@code id} in the district and in each employer town of month {@code m}
   * if the person is insured in it: this indicator's count, and the insured part of {@link
   * RegisteredUnemployment#RATE}'s denominator.
   */
  static void addInsured(PersonHistory h, int m, String id, String part, Cells out) {
    if (h.insuredIn(m)) {
      out.add(id, m, Scope.DISTRICT, "", part, 1);
      for (String town : h.townsIn(m)) {
        out.add(id, m, Scope.TOWN, town, part, 1);
      }
    }
  }
}
