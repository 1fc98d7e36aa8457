package org.employmentmonitor.indicators;

import java.util.List;
import org.employmentmonitor.indicators.person.Cells;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.indicators.person.PersonHistory;
import org.employmentmonitor.indicators.person.PersonHistory.RosterRow;
import org.employmentmonitor.indicators.person.PersonIndicator;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;
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
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "graduate_placement_rate", "离校未就业高校毕业生就业率", "Graduate placement rate", Unit.RATIO)
          .withSources(Extracts.GRADUATES)
          .withDefinition(
              "当年毕业的离校未就业高校毕业生实名台账人员中已就业人员的比例。已就业指台账状态为单位就业、自主创业、"
                  + "灵活就业、应征入伍或升学，或登记之后有就业登记或参保记录佐证；以截至本月最新一期台账为准。");

  public static final IndicatorDefinition PLACED_BY_REPORT =
      IndicatorDefinition.of(
              "graduates_placed_by_report",
              "台账状态已就业人数",
              "Graduates placed by reported status",
              Unit.PERSONS)
          .withParent(DEFINITION)
          .withSources(Extracts.GRADUATES)
          .withDefinition("台账就业状态为已就业（含应征入伍、升学）的人数。");

  public static final IndicatorDefinition PLACED_BY_EVIDENCE =
      IndicatorDefinition.of(
              "graduates_placed_by_evidence",
              "有登记或参保佐证人数",
              "Graduates placed by evidence",
              Unit.PERSONS)
          .withParent(DEFINITION)
          .withSources(Extracts.GRADUATES)
          .withDefinition("台账登记日期之后有就业登记或参保记录佐证的人数。");

  public static final IndicatorDefinition REPORTED_WITHOUT_EVIDENCE =
      IndicatorDefinition.of(
              "graduates_reported_without_evidence",
              "报告就业但无佐证（待核实）",
              "Reported employed without evidence (to verify)",
              Unit.PERSONS)
          .withParent(DEFINITION)
          .withSources(Extracts.GRADUATES)
          .withDefinition("台账报告为单位就业、自主创业或灵活就业，但没有就业登记或参保记录佐证的人数，需逐一核实。");

  private static final String ID = DEFINITION.id();

  static final List<String> PLACED =
      List.of("EMPLOYED", "SELF_EMPLOYED", "FLEXIBLE", "ENLISTED", "FURTHER_STUDY");
  static final List<String> REPORTED_EMPLOYED = List.of("EMPLOYED", "SELF_EMPLOYED", "FLEXIBLE");

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    for (int m = c.first(); m <= c.last(); m++) {
      int snapshot = c.snapshotOf(m);
      RosterRow r = snapshot == PersonContext.NONE ? null : h.rosterRow(snapshot, c.year());
      if (r == null) {
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
          out.count(PLACED_BY_REPORT.id(), m, s, key);
        }
        if (evidence) {
          out.count(PLACED_BY_EVIDENCE.id(), m, s, key);
        }
        if (REPORTED_EMPLOYED.contains(r.reportedStatus()) && !evidence) {
          out.count(REPORTED_WITHOUT_EVIDENCE.id(), m, s, key);
        }
      }
    }
  }
}
