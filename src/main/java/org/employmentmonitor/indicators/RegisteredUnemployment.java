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
 * 登记失业人员 and 登记失业率 (proxy) (SPEC 4.4, 9): registered unemployed = persons whose status at the
 * month-end is UNEMPLOYED (town of that event); rate = unemployed ÷ (unemployed + insured), the
 * insured counted as {@link InsuredEmployment} counts them (once in the district and once in each
 * employer town), a person who is both counting in both.
 */
public final class RegisteredUnemployment implements PersonIndicator {
  public static final IndicatorDefinition RATE =
      IndicatorDefinition.of(
              "registered_unemployment_rate",
              "登记失业率",
              "Registered unemployment rate (proxy)",
              Unit.RATIO)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition("登记失业人员 ÷（登记失业人员 + 本月参保人数），本系统推算的参考口径，不是城镇登记失业率。");

  public static final IndicatorDefinition UNEMPLOYED =
      IndicatorDefinition.of(
              "registered_unemployed", "登记失业人员", "Registered unemployed", Unit.PERSONS)
          .withSources(Extracts.REGISTRATION)
          .withDefinition("月末登记状态为失业的人数（最近一次就业、失业、退休、死亡登记为失业登记）。");

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    String rate = RATE.id();
    for (int m = c.first(); m <= c.last(); m++) {
      Event status = h.statusAt(c, m);
      if (status != null && status.type().equals("UNEMPLOYED")) {
        for (Scope s : new Scope[] {Scope.DISTRICT, Scope.TOWN}) {
          String key = s == Scope.DISTRICT ? "" : status.town();
          out.count(UNEMPLOYED.id(), m, s, key);
          out.count(rate, m, s, key);
          out.add(rate, m, s, key, Measures.DEN, 1);
        }
      }
      InsuredEmployment.addInsured(h, m, rate, Measures.DEN, out);
    }
  }
}
