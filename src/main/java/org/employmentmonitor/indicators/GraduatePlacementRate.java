package org.employmentmonitor.indicators;

import java.util.List;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.RosterRow;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.staging.MonthWindow;

/**
 * 离校未就业高校毕业生就业率 (SPEC 4.2) = placed ÷ cohort. The cohort at a month-end: the persons of the latest
 * graduates snapshot delivered by then (their last row in it) with graduation_year = P's year.
 * Placed: reported EMPLOYED, SELF_EMPLOYED, FLEXIBLE, ENLISTED or FURTHER_STUDY, or evidence — an
 * EMPLOYED registration dated from registered_date to the month-end, or insurance in a month from
 * the registered month to the month-end. Cells by the roster's town_code.
 *
 * <p>Also output: placed by report, placed by evidence (a graduate placed both ways counts in
 * both), and reported employed (EMPLOYED, SELF_EMPLOYED, FLEXIBLE) without evidence — to verify.
 */
public final class GraduatePlacementRate implements PersonIndicator {
  public static final String ID = "graduate_placement_rate";

  static final List<String> PLACED =
      List.of("EMPLOYED", "SELF_EMPLOYED", "FLEXIBLE", "ENLISTED", "FURTHER_STUDY");
  static final List<String> REPORTED_EMPLOYED = List.of("EMPLOYED", "SELF_EMPLOYED", "FLEXIBLE");

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    for (int m = c.first(); m <= c.last(); m++) {
      int snapshot = c.snapshotOf(m);
      RosterRow r = snapshot == PersonContext.NONE ? null : h.rosterRow(snapshot);
      if (r == null || r.graduationYear() != c.year()) {
        continue;
      }
      boolean byReport = PLACED.contains(r.reportedStatus());
      boolean evidence =
          h.employedBetween(r.registeredDate(), MonthWindow.monthEnd(m))
              || h.insuredBetween(PersonContext.month(r.registeredDate()), m);
      for (Scope s : List.of(Scope.DISTRICT, Scope.TOWN)) {
        String key = s == Scope.DISTRICT ? "" : r.town();
        out.add(ID, m, s, key, Measures.DEN, 1);
        if (byReport || evidence) {
          out.count(ID, m, s, key);
        }
        if (byReport) {
          out.count("graduates_placed_by_report", m, s, key);
        }
        if (evidence) {
          out.count("graduates_placed_by_evidence", m, s, key);
        }
        if (REPORTED_EMPLOYED.contains(r.reportedStatus()) && !evidence) {
          out.count("graduates_reported_without_evidence", m, s, key);
        }
      }
    }
  }
}
