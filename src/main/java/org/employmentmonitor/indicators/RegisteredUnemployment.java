package org.employmentmonitor.indicators;

import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.Event;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.model.Scope;

/**
 * 登记失业人员, 登记失业率 (proxy) and 参保就业人数 (SPEC 4.4, 9): registered unemployed = persons whose status at
 * the month-end is UNEMPLOYED (town of that event); insured = persons insured in the month, once in
 * the district and once in each employer town; rate = unemployed ÷ (unemployed + insured), a person
 * who is both counting in both.
 */
public final class RegisteredUnemployment implements PersonIndicator {
  static final String RATE = "registered_unemployment_rate";

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    for (int m = c.first(); m <= c.last(); m++) {
      Event status = h.statusAt(c, m);
      if (status != null && status.type().equals("UNEMPLOYED")) {
        for (Scope s : new Scope[] {Scope.DISTRICT, Scope.TOWN}) {
          String key = s == Scope.DISTRICT ? "" : status.town();
          out.count("registered_unemployed", m, s, key);
          out.count(RATE, m, s, key);
          out.add(RATE, m, s, key, Measures.DEN, 1);
        }
      }
      if (h.insuredIn(m)) {
        out.countDistrict("insured_employment", m);
        out.add(RATE, m, Scope.DISTRICT, "", Measures.DEN, 1);
        for (String town : h.townsIn(m)) {
          out.count("insured_employment", m, Scope.TOWN, town);
          out.add(RATE, m, Scope.TOWN, town, Measures.DEN, 1);
        }
      }
    }
  }
}
