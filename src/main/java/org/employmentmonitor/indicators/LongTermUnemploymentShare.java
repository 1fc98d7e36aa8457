package org.employmentmonitor.indicators;

import java.time.LocalDate;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.Event;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;
import org.employmentmonitor.staging.MonthWindow;

/**
 * 长期失业人员占比 (SPEC 4.4, 9; tasks 48, 56–59): of the registered unemployed at the month-end (as {@link
 * RegisteredUnemployment} counts them, in the town of the UNEMPLOYED status event), the share whose
 * current spell began six or more months before: month(d) − month(spell start) ≥ 6, March →
 * September being six. The spell starts at the earliest UNEMPLOYED event after the latest EMPLOYED,
 * RETIRED or DECEASED one ({@link PersonHistory#unemployedSince}).
 */
public final class LongTermUnemploymentShare implements PersonIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "long_term_unemployment_share",
              "长期失业人员占比",
              "Long-term unemployed among the registered unemployed",
              Unit.RATIO)
          .withSources(Extracts.REGISTRATION)
          .withDefinition(
              "月末登记失业人员中，本次失业已满6个月（起始月份至本月相差6个月及以上）的人员所占比例；" + "本次失业自最近一次就业、退休或死亡登记之后的首次失业登记起算。");

  /** SPEC 9: long-term from six whole calendar months on. */
  static final int LONG_TERM_MONTHS = 6;

  private static final String ID = DEFINITION.id();

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    Event spellOf = null;
    int since = 0;
    for (int m = c.first(); m <= c.last(); m++) {
      Event status = h.statusAt(c, m);
      if (status == null || !status.type().equals("UNEMPLOYED")) {
        continue;
      }
      if (status != spellOf) {
        // Only non-status events follow the status event up to the month-end: its spell holds
        // until the status changes.
        LocalDate start = h.unemployedSince(MonthWindow.monthEnd(m));
        since = PersonContext.month(start);
        spellOf = status;
      }
      boolean longTerm = m - since >= LONG_TERM_MONTHS;
      for (Scope s : new Scope[] {Scope.DISTRICT, Scope.TOWN}) {
        String key = s == Scope.DISTRICT ? "" : status.town();
        out.add(ID, m, s, key, Measures.DEN, 1);
        if (longTerm) {
          out.count(ID, m, s, key);
        }
      }
    }
  }
}
