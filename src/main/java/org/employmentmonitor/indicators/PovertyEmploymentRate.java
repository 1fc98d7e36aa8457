package org.employmentmonitor.indicators;

import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.Event;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;

/**
 * 建卡贫困人员就业率 (SPEC 4.4, task 29): of the persons flagged POVERTY by the month-end whose latest
 * registration event (any type) says able and willing, the share with status EMPLOYED at the
 * month-end or insured in the month. Cells by the town of that latest event (SPEC 9).
 */
public final class PovertyEmploymentRate implements PersonIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "poverty_employment_rate",
              "建卡贫困人员就业率",
              "Employment rate of registered poor",
              Unit.RATIO)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition("有劳动能力和就业意愿的建卡贫困人员中，月末为就业状态或本月有参保记录的比例。");

  private static final String ID = DEFINITION.id();

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    for (int m = c.first(); m <= c.last(); m++) {
      Event latest = h.latestAt(c, m);
      if (latest == null || !Boolean.TRUE.equals(latest.able()) || !h.flaggedBy(c, "POVERTY", m)) {
        continue;
      }
      Event status = h.statusAt(c, m);
      boolean employed = (status != null && status.type().equals("EMPLOYED")) || h.insuredIn(m);
      for (Scope s : new Scope[] {Scope.DISTRICT, Scope.TOWN}) {
        String key = s == Scope.DISTRICT ? "" : latest.town();
        out.add(ID, m, s, key, Measures.DEN, 1);
        if (employed) {
          out.count(ID, m, s, key);
        }
      }
    }
  }
}
