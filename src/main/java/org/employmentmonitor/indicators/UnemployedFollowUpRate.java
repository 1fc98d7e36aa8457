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
 * 登记失业人员每月跟踪服务覆盖率 (SPEC 4.4, task 54): of the persons UNEMPLOYED at the month-end whose UNEMPLOYED
 * event is dated before the month's first day, the share with a FOLLOW_UP event in the month. Cells
 * by the town of the UNEMPLOYED status event.
 */
public final class UnemployedFollowUpRate implements PersonIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "unemployed_follow_up_rate",
              "登记失业人员每月跟踪服务覆盖率",
              "Monthly follow-up of the registered unemployed",
              Unit.RATIO)
          .withSources(Extracts.REGISTRATION)
          .withDefinition("本月之前已登记失业、月末仍为失业状态的人员中，本月有跟踪服务记录的比例。");

  private static final String ID = DEFINITION.id();

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    for (int m = c.first(); m <= c.last(); m++) {
      Event status = h.statusAt(c, m);
      if (status == null || !status.type().equals("UNEMPLOYED") || status.month() >= m) {
        continue;
      }
      boolean followed = h.hasEventIn("FOLLOW_UP", m);
      for (Scope s : new Scope[] {Scope.DISTRICT, Scope.TOWN}) {
        String key = s == Scope.DISTRICT ? "" : status.town();
        out.add(ID, m, s, key, Measures.DEN, 1);
        if (followed) {
          out.count(ID, m, s, key);
        }
      }
    }
  }
}
