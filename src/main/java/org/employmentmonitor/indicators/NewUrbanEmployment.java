package org.employmentmonitor.indicators;

import java.util.Map;
import java.util.TreeMap;
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
 * 城镇新增就业人数 (SPEC 4.1) = newly employed − natural attrition in the year to date.
 *
 * <ul>
 *   <li>Newly employed: counted once a year, from the month of the person's first employment
 *       ({@link PersonHistory#firstEmployment}), in the district, the town of that event, its
 *       employment form, and each key group flagged by the month-end.
 *   <li>Natural attrition: persons with a RETIRED or DECEASED event in the year to date, once in
 *       the district and once in each town where they have such an event.
 *   <li>Also output: the cross-check of registration against insurance (大数据比对, task 64) — newly
 *       employed with registration only, insurance only, or both by the month-end — and the
 *       insurance starts that could not be decided (their look-back is not delivered).
 * </ul>
 */
public final class NewUrbanEmployment implements PersonIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "new_urban_employment", "城镇新增就业人数", "New urban employment", Unit.PERSONS)
          .withScopes(Scope.DISTRICT, Scope.TOWN, Scope.GROUP)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition(
              "城镇累计新就业人数减去自然减员人数（1月1日至月末）。新就业人员指年内有就业登记，或年内新参保"
                  + "（当月参保且前3个月均未参保）的人员，每人每年计一次，按最早的日期及其镇街计算。");

  public static final IndicatorDefinition NEWLY_EMPLOYED =
      IndicatorDefinition.of("newly_employed", "城镇累计新就业人数", "Newly employed", Unit.PERSONS)
          .withParent(DEFINITION)
          .withScopes(Scope.DISTRICT, Scope.TOWN, Scope.GROUP, Scope.FORM)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition("年内首次实现就业（就业登记或新参保）的人数，每人每年计一次。");

  public static final IndicatorDefinition NATURAL_ATTRITION =
      IndicatorDefinition.of("natural_attrition", "自然减员人数", "Natural attrition", Unit.PERSONS)
          .withParent(DEFINITION)
          .withScopes(Scope.DISTRICT, Scope.TOWN, Scope.GROUP)
          .withSources(Extracts.REGISTRATION)
          .withDefinition("年内有退休或死亡登记的人数。");

  /** 大数据比对 (task 64): newly employed with registration only. */
  public static final IndicatorDefinition CHECK_REGISTRATION_ONLY =
      IndicatorDefinition.of(
              "employment_check_registration_only",
              "仅有就业登记（未见参保）",
              "Newly employed: registration only",
              Unit.PERSONS)
          .withParent(DEFINITION)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition("新就业人员中，只有就业登记、没有新参保记录的人数（大数据比对）。");

  public static final IndicatorDefinition CHECK_INSURANCE_ONLY =
      IndicatorDefinition.of(
              "employment_check_insurance_only",
              "仅有参保（未办就业登记）",
              "Newly employed: insurance only",
              Unit.PERSONS)
          .withParent(DEFINITION)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition("新就业人员中，只有新参保记录、未办理就业登记的人数（大数据比对）。");

  public static final IndicatorDefinition CHECK_BOTH =
      IndicatorDefinition.of(
              "employment_check_both", "就业登记与参保均有", "Newly employed: both", Unit.PERSONS)
          .withParent(DEFINITION)
          .withSources(Extracts.REGISTRATION, Extracts.SOCIAL_INSURANCE)
          .withDefinition("新就业人员中，就业登记与新参保记录都有的人数（大数据比对）。");

  /** SPEC 4.1: starts whose 3-month look-back is not delivered (a data-quality alert reads it). */
  public static final IndicatorDefinition STARTS_UNDECIDABLE =
      IndicatorDefinition.of(
              "insurance_starts_undecidable",
              "无法判定的参保起始",
              "Insurance starts not decidable (look-back not covered)",
              Unit.PERSONS)
          .withParent(DEFINITION)
          .withSources(Extracts.SOCIAL_INSURANCE)
          .withDefinition("参保记录向前不足3个月、无法判断是否为新参保的人数；这些人员不计入新就业，需补齐历史参保数据。");

  private static final String ID = DEFINITION.id();

  @Override
  public void measure(PersonHistory h, PersonContext c, Cells out) {
    FirstEmployment first = h.firstEmployment(c);
    if (first != null) {
      for (int m = Math.max(first.month(), c.first()); m <= c.last(); m++) {
        for (String id : new String[] {NEWLY_EMPLOYED.id(), ID}) {
          out.countDistrict(id, m);
          out.count(id, m, Scope.TOWN, first.town());
          for (String g : h.groupsBy(c, m)) {
            out.count(id, m, Scope.GROUP, g);
          }
        }
        out.count(NEWLY_EMPLOYED.id(), m, Scope.FORM, first.form());
        boolean registered = first.firstRegistration() <= m;
        boolean insured = first.firstStart() <= m;
        String check =
            (registered && insured
                    ? CHECK_BOTH
                    : registered ? CHECK_REGISTRATION_ONLY : CHECK_INSURANCE_ONLY)
                .id();
        out.countDistrict(check, m);
        out.count(check, m, Scope.TOWN, first.town());
      }
    }
    attrition(h, c, out);
    undecidableStarts(h, c, out);
  }

  private static void attrition(PersonHistory h, PersonContext c, Cells out) {
    int firstMonth = Integer.MAX_VALUE;
    Map<String, Integer> firstByTown = new TreeMap<>();
    for (Event e : h.events()) {
      boolean leaving = e.type().equals("RETIRED") || e.type().equals("DECEASED");
      if (leaving && !e.date().isBefore(c.yearStart()) && !e.date().isAfter(c.periodEnd())) {
        firstMonth = Math.min(firstMonth, e.month());
        firstByTown.merge(e.town(), e.month(), Math::min);
      }
    }
    for (int m = firstMonth; m <= c.last(); m++) {
      leaving(out, m, Scope.DISTRICT, "");
      for (String g : h.groupsBy(c, m)) {
        leaving(out, m, Scope.GROUP, g);
      }
    }
    for (Map.Entry<String, Integer> t : firstByTown.entrySet()) {
      for (int m = t.getValue(); m <= c.last(); m++) {
        leaving(out, m, Scope.TOWN, t.getKey());
      }
    }
  }

  /** One person of natural attrition in a cell: +1 attrition, −1 new urban employment. */
  private static void leaving(Cells out, int m, Scope scope, String key) {
    out.count(NATURAL_ATTRITION.id(), m, scope, key);
    out.add(ID, m, scope, key, Measures.NUM, -1);
  }

  /** SPEC 4.1: a start whose look-back is not delivered is not counted; the count is reported. */
  private static void undecidableStarts(PersonHistory h, PersonContext c, Cells out) {
    for (int m = c.first(); m <= c.last(); m++) {
      if (h.startsIn(m) && !c.decidable(m)) {
        String town = h.townsIn(m).first();
        for (int k = m; k <= c.last(); k++) {
          out.countDistrict(STARTS_UNDECIDABLE.id(), k);
          out.count(STARTS_UNDECIDABLE.id(), k, Scope.TOWN, town);
        }
        return;
      }
    }
  }
}
