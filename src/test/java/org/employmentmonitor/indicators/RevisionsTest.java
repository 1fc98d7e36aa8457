package org.employmentmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.RevisionRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;
import org.junit.jupiter.api.Test;

/** SPEC 6 revisions.csv without Spark: which cells are revised and what their reason names. */
class RevisionsTest {
  private static final YearMonth SEP = YearMonth.of(2020, 9);
  private static final LocalDate AUG = LocalDate.of(2020, 8, 31);
  private static final LocalDate JUL = LocalDate.of(2020, 7, 31);

  private static IndicatorRow row(LocalDate end, String id, Scope scope, String value) {
    return new IndicatorRow(
        SEP,
        end,
        id,
        id,
        scope,
        scope == Scope.DISTRICT ? "" : "500118001",
        "x",
        value == null ? null : new BigDecimal(value),
        null,
        null,
        IndicatorCatalog.byId(id).unit(),
        null,
        "",
        null,
        null,
        null,
        value == null ? Status.NOT_AVAILABLE : Status.NO_TARGET,
        "区人力社保局");
  }

  private static Revisions.Cell cell(LocalDate end, String id, Scope scope) {
    return new Revisions.Cell(end, id, scope, scope == Scope.DISTRICT ? "" : "500118001");
  }

  private static final DeliveryChanges CHANGES =
      new DeliveryChanges(
          SEP,
          true,
          List.of(
              new DeliveryChanges.Change(
                  DeliveryChanges.Cause.REDELIVERED, "registration", YearMonth.of(2020, 7)),
              new DeliveryChanges.Change(
                  DeliveryChanges.Cause.WITHDRAWN, "loans", YearMonth.of(2020, 6))),
          Map.of("social_insurance", YearMonth.of(2020, 8), "registration", SEP));

  @Test
  void changedValuesAndNotAvailableAreRevisionsAnEqualValueOrPsOwnMonthEndIsNot() {
    Map<Revisions.Cell, Revisions.Published> published = new HashMap<>();
    published.put(
        cell(AUG, "insured_employment", Scope.DISTRICT),
        new Revisions.Published(new BigDecimal("2"), null, null));
    published.put(
        cell(AUG, "insured_employment", Scope.TOWN),
        new Revisions.Published(new BigDecimal("2.0000000000"), null, null));
    published.put(
        cell(JUL, "insured_employment", Scope.DISTRICT), new Revisions.Published(null, null, null));
    published.put(
        cell(JUL, "registered_unemployed", Scope.DISTRICT),
        new Revisions.Published(new BigDecimal("4"), null, null));
    List<IndicatorRow> now =
        List.of(
            row(JUL, "insured_employment", Scope.DISTRICT, "1"), // NOT_AVAILABLE → 1
            row(JUL, "registered_unemployed", Scope.DISTRICT, "5"),
            row(AUG, "insured_employment", Scope.DISTRICT, "3"),
            row(AUG, "insured_employment", Scope.TOWN, "2"), // same value, other scale
            row(AUG, "job_postings", Scope.DISTRICT, "7"), // not in P−1's table: not published
            row(SEP.atEndOfMonth(), "insured_employment", Scope.DISTRICT, "9")); // P itself
    List<RevisionRow> r = Revisions.revisions(SEP, now, published, CHANGES);
    assertEquals(3, r.size(), r.toString());
    // in the table's order: month-end, then catalogue order (registered_unemployed first)
    assertEquals(JUL, r.get(0).monthEnd());
    assertEquals("registered_unemployed", r.get(0).indicatorId());
    assertEquals("redelivered registration/2020-07", r.get(0).reason());
    assertEquals(0, BigDecimal.ONE.compareTo(r.get(0).change()));
    assertEquals("insured_employment", r.get(1).indicatorId());
    assertEquals(null, r.get(1).previousValue());
    assertEquals(null, r.get(1).change());
    // insured employment reads social_insurance only, and September's rows reach back to August,
    // not to July: no delivery of its source changed July
    assertEquals("deliveries_unchanged", r.get(1).reason());
    assertEquals(AUG, r.get(2).monthEnd());
    assertEquals(0, BigDecimal.ONE.compareTo(r.get(2).change()));
    assertEquals("dated_back social_insurance/2020-09", r.get(2).reason());
  }

  @Test
  void aReasonNamesTheChangesOfTheIndicatorsOwnSourcesOnly() {
    assertEquals(
        "withdrawn loans/2020-06",
        CHANGES.reason(IndicatorCatalog.byId("guarantee_loans_amount"), AUG));
    assertEquals(
        "redelivered registration/2020-07; dated_back social_insurance/2020-09",
        CHANGES.reason(IndicatorCatalog.byId("registered_unemployment_rate"), AUG));
    assertEquals(
        "deliveries_unknown",
        new DeliveryChanges(SEP, false, List.of(), Map.of())
            .reason(IndicatorCatalog.byId("insured_employment"), AUG));
  }

  @Test
  void deliveriesCompareByChecksumAndTheTownsListIsNoDelivery() {
    Map<String, String> before = new HashMap<>();
    before.put("registration/2020-07", "a");
    before.put("registration/2020-08", "b");
    before.put("social_insurance/2020-06", "c");
    before.put("towns/2020-09", "t");
    Map<String, String> now = new HashMap<>();
    now.put("registration/2020-07", "a2");
    now.put("registration/2020-08", "b");
    now.put("survey/2020-05", "s");
    now.put("towns/2020-09", "t2");
    assertEquals(
        List.of(
            new DeliveryChanges.Change(
                DeliveryChanges.Cause.REDELIVERED, "registration", YearMonth.of(2020, 7)),
            new DeliveryChanges.Change(
                DeliveryChanges.Cause.WITHDRAWN, "social_insurance", YearMonth.of(2020, 6)),
            new DeliveryChanges.Change(
                DeliveryChanges.Cause.DELIVERED_LATE, "survey", YearMonth.of(2020, 5))),
        DeliveryChanges.compare(before, now));
  }

  @Test
  void aJanuaryRunHasNoEarlierMonthEndOfItsYear() {
    YearMonth jan = YearMonth.of(2021, 1);
    Map<Revisions.Cell, Revisions.Published> published = new HashMap<>();
    LocalDate dec = LocalDate.of(2020, 12, 31);
    published.put(
        cell(dec, "insured_employment", Scope.DISTRICT),
        new Revisions.Published(BigDecimal.ONE, null, null));
    List<IndicatorRow> now =
        List.of(row(jan.atEndOfMonth(), "insured_employment", Scope.DISTRICT, "2"));
    assertEquals(List.of(), Revisions.revisions(jan, now, published, CHANGES));
  }

  @Test
  void everyExtractWithDatedRowsIsDatedByItsOwnColumn() {
    assertEquals(
        "event_date",
        DeliveryChanges.datedBy(org.employmentmonitor.ingest.schema.Extracts.REGISTRATION));
    assertEquals(
        "contribution_month",
        DeliveryChanges.datedBy(org.employmentmonitor.ingest.schema.Extracts.SOCIAL_INSURANCE));
    assertEquals(
        null, DeliveryChanges.datedBy(org.employmentmonitor.ingest.schema.Extracts.GRADUATES));
  }
}
