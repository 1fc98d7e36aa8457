package org.employmentmonitor.indicators;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.indicators.person.PersonIndicator;

/**
 * Every indicator the table holds, in report order (SPEC 4.1–4.4 and the "also output" counts), and
 * the rules that compute them. Each {@link IndicatorDefinition} is declared once, beside its rule;
 * this class only lists them. Adding an indicator: declare it in its rule class, add it to {@link
 * #ALL} (and the rule, if new, to {@link #PERSON_RULES} or {@link #SOURCE_RULES}), give it a test
 * and a configuration entry.
 */
public final class IndicatorCatalog {
  private IndicatorCatalog() {}

  /** The definitions in report order (the order of the tables' rows). */
  public static final List<IndicatorDefinition> ALL =
      List.of(
          NewUrbanEmployment.DEFINITION,
          NewUrbanEmployment.NEWLY_EMPLOYED,
          NewUrbanEmployment.NATURAL_ATTRITION,
          NewUrbanEmployment.CHECK_REGISTRATION_ONLY,
          NewUrbanEmployment.CHECK_INSURANCE_ONLY,
          NewUrbanEmployment.CHECK_BOTH,
          NewUrbanEmployment.STARTS_UNDECIDABLE,
          GraduatePlacementRate.DEFINITION,
          GraduatePlacementRate.PLACED_BY_REPORT,
          GraduatePlacementRate.PLACED_BY_EVIDENCE,
          GraduatePlacementRate.REPORTED_WITHOUT_EVIDENCE,
          SubsidizedTraining.DEFINITION,
          SubsidizedTraining.ENTREPRENEURSHIP,
          SubsidizedTraining.ECOMMERCE,
          SurveyedUnemploymentRate.DEFINITION,
          RegisteredUnemployment.RATE,
          RegisteredUnemployment.UNEMPLOYED,
          LongTermUnemploymentShare.DEFINITION,
          UnemployedFollowUpRate.DEFINITION,
          ReturneeEmployment.DEFINITION,
          ReemploymentOfUnemployed.DEFINITION,
          HardshipEmployment.DEFINITION,
          PovertyEmploymentRate.DEFINITION,
          ZeroEmploymentHouseholds.DEFINITION,
          Recruitment.SOE_SHARE,
          Recruitment.JOB_POSTINGS,
          JobSeekers.DEFINITION,
          Recruitment.DEMAND_SUPPLY_RATIO,
          InsuredEmployment.DEFINITION,
          GuaranteeLoans.DEFINITION,
          MarketEntities.NEW_ENTITIES,
          MarketEntities.JOBS);

  /**
   * The person engine's registry: the rules of the person-level definitions of {@link #ALL}, one
   * pass per person each ({@link org.employmentmonitor.indicators.person.PersonStream} is handed
   * this list; the households are grouped apart, {@link ZeroEmploymentHouseholds}).
   */
  public static final List<PersonIndicator> PERSON_RULES =
      List.of(
          new NewUrbanEmployment(),
          new GraduatePlacementRate(),
          new SubsidizedTraining(),
          new RegisteredUnemployment(),
          new UnemployedFollowUpRate(),
          new ReturneeEmployment(),
          new PovertyEmploymentRate(),
          new JobSeekers(),
          new InsuredEmployment(),
          new ReemploymentOfUnemployed(),
          new HardshipEmployment(),
          new LongTermUnemploymentShare());

  /** The rules over extracts that are not about persons. */
  public static final List<SourceIndicator> SOURCE_RULES =
      List.of(
          new SurveyedUnemploymentRate(),
          new Recruitment(),
          new GuaranteeLoans(),
          new MarketEntities());

  private static final Map<String, IndicatorDefinition> BY_ID =
      ALL.stream()
          .collect(Collectors.toUnmodifiableMap(IndicatorDefinition::id, Function.identity()));

  public static IndicatorDefinition byId(String id) {
    IndicatorDefinition d = BY_ID.get(id);
    if (d == null) {
      throw new IllegalArgumentException("unknown indicator " + id);
    }
    return d;
  }

  /**
   * The definition of an id, if there is one; none for null (the report's display helpers take ids,
   * and a workbook cell without an indicator passes none).
   */
  public static java.util.Optional<IndicatorDefinition> find(String id) {
    return java.util.Optional.ofNullable(id == null ? null : BY_ID.get(id));
  }

  /** Position in report order, for sorting. */
  public static int order(String id) {
    return ALL.indexOf(byId(id));
  }

  /** Every headline indicator must be configured, and nothing else (exit 2 otherwise). */
  public static void checkConfig(MonitorConfig config) {
    for (IndicatorDefinition d : ALL) {
      if (!d.isSubIndicator() && !config.targets().containsKey(d.id())) {
        throw MonitorException.usage(
            "configuration: indicators."
                + d.id()
                + " is missing (kind and lead_unit are required)");
      }
    }
    for (String id : config.targets().keySet()) {
      IndicatorDefinition d = BY_ID.get(id);
      if (d == null || d.isSubIndicator()) {
        throw MonitorException.usage(
            "configuration: indicators." + id + " is not an indicator of this product");
      }
    }
  }
}
