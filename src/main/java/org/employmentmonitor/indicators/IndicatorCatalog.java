package org.employmentmonitor.indicators;

import static org.employmentmonitor.model.Scope.DISTRICT;
import static org.employmentmonitor.model.Scope.FORM;
import static org.employmentmonitor.model.Scope.GROUP;
import static org.employmentmonitor.model.Scope.PROGRAM;
import static org.employmentmonitor.model.Scope.TOWN;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;

/**
 * Every indicator the table holds, in report order: SPEC 4.1–4.4 and the "also output" counts. The
 * definitions in words live in docs/indicators.md; the code of each is the class named in its
 * comment.
 */
public final class IndicatorCatalog {
  private IndicatorCatalog() {}

  private static final String REG = "registration";
  private static final String SI = "social_insurance";
  private static final List<Scope> DT = List.of(DISTRICT, TOWN);
  private static final List<Scope> D = List.of(DISTRICT);

  private static IndicatorDef def(
      String id, String zh, String en, Unit unit, List<Scope> scopes, List<String> sources) {
    return new IndicatorDef(id, zh, en, unit, scopes, sources, null);
  }

  private static IndicatorDef sub(
      String parent,
      String id,
      String zh,
      String en,
      Unit unit,
      List<Scope> scopes,
      List<String> sources) {
    return new IndicatorDef(id, zh, en, unit, scopes, sources, parent);
  }

  public static final List<IndicatorDef> ALL =
      List.of(
          // NewUrbanEmployment (SPEC 4.1)
          def(
              "new_urban_employment",
              "城镇新增就业人数",
              "New urban employment",
              Unit.PERSONS,
              List.of(DISTRICT, TOWN, GROUP),
              List.of(REG, SI)),
          sub(
              "new_urban_employment",
              "newly_employed",
              "城镇累计新就业人数",
              "Newly employed",
              Unit.PERSONS,
              List.of(DISTRICT, TOWN, GROUP, FORM),
              List.of(REG, SI)),
          sub(
              "new_urban_employment",
              "natural_attrition",
              "自然减员人数",
              "Natural attrition",
              Unit.PERSONS,
              List.of(DISTRICT, TOWN, GROUP),
              List.of(REG)),
          sub(
              "new_urban_employment",
              "employment_check_registration_only",
              "仅有就业登记（未见参保）",
              "Newly employed: registration only",
              Unit.PERSONS,
              DT,
              List.of(REG, SI)),
          sub(
              "new_urban_employment",
              "employment_check_insurance_only",
              "仅有参保（未办就业登记）",
              "Newly employed: insurance only",
              Unit.PERSONS,
              DT,
              List.of(REG, SI)),
          sub(
              "new_urban_employment",
              "employment_check_both",
              "就业登记与参保均有",
              "Newly employed: both",
              Unit.PERSONS,
              DT,
              List.of(REG, SI)),
          sub(
              "new_urban_employment",
              "insurance_starts_undecidable",
              "无法判定的参保起始",
              "Insurance starts not decidable (look-back not covered)",
              Unit.PERSONS,
              DT,
              List.of(SI)),
          // GraduatePlacementRate (SPEC 4.2)
          def(
              "graduate_placement_rate",
              "离校未就业高校毕业生就业率",
              "Graduate placement rate",
              Unit.RATIO,
              DT,
              List.of("graduates")),
          sub(
              "graduate_placement_rate",
              "graduates_placed_by_report",
              "台账状态已就业人数",
              "Graduates placed by reported status",
              Unit.PERSONS,
              DT,
              List.of("graduates")),
          sub(
              "graduate_placement_rate",
              "graduates_placed_by_evidence",
              "有登记或参保佐证人数",
              "Graduates placed by evidence",
              Unit.PERSONS,
              DT,
              List.of("graduates")),
          sub(
              "graduate_placement_rate",
              "graduates_reported_without_evidence",
              "报告就业但无佐证（待核实）",
              "Reported employed without evidence (to verify)",
              Unit.PERSONS,
              DT,
              List.of("graduates")),
          // SubsidizedTraining (SPEC 4.3)
          def(
              "subsidized_training",
              "补贴性职业技能培训人次",
              "Subsidised training (person-times)",
              Unit.PERSON_TIMES,
              List.of(DISTRICT, TOWN, PROGRAM),
              List.of("training")),
          def(
              "entrepreneurship_training",
              "创业培训人数",
              "Entrepreneurship training (persons)",
              Unit.PERSONS,
              DT,
              List.of("training")),
          def(
              "ecommerce_training",
              "电商培训人次",
              "E-commerce training (person-times)",
              Unit.PERSON_TIMES,
              DT,
              List.of("training")),
          // SPEC 4.4
          def(
              "surveyed_unemployment_rate",
              "城镇调查失业率",
              "Surveyed urban unemployment rate",
              Unit.RATIO,
              D,
              List.of("survey")),
          def(
              "registered_unemployment_rate",
              "登记失业率",
              "Registered unemployment rate (proxy)",
              Unit.RATIO,
              DT,
              List.of(REG, SI)),
          def(
              "registered_unemployed",
              "登记失业人员",
              "Registered unemployed",
              Unit.PERSONS,
              DT,
              List.of(REG)),
          def(
              "unemployed_follow_up_rate",
              "登记失业人员每月跟踪服务覆盖率",
              "Monthly follow-up of the registered unemployed",
              Unit.RATIO,
              DT,
              List.of(REG)),
          def(
              "returnee_employment",
              "返乡就业创业人数",
              "Returnees employed",
              Unit.PERSONS,
              DT,
              List.of(REG, SI)),
          def(
              "poverty_employment_rate",
              "建卡贫困人员就业率",
              "Employment rate of registered poor",
              Unit.RATIO,
              DT,
              List.of(REG, SI)),
          def(
              "zero_employment_households",
              "零就业家庭",
              "Zero-employment households",
              Unit.HOUSEHOLDS,
              DT,
              List.of(REG, SI)),
          def(
              "soe_graduate_position_share",
              "区属国企面向毕业生岗位占比",
              "District SOE positions for graduates",
              Unit.RATIO,
              DT,
              List.of("recruitment")),
          def(
              "job_postings",
              "招聘岗位数",
              "Positions posted",
              Unit.POSITIONS,
              DT,
              List.of("recruitment")),
          def("job_seekers", "求职人数", "Job seekers", Unit.PERSONS, DT, List.of(REG)),
          def(
              "demand_supply_ratio",
              "求人倍率",
              "Demand-supply ratio",
              Unit.RATIO,
              DT,
              List.of("recruitment", REG)),
          def("insured_employment", "参保就业人数", "Insured employment", Unit.PERSONS, DT, List.of(SI)),
          def(
              "guarantee_loans_amount",
              "创业担保贷款发放额",
              "Business guarantee loans issued",
              Unit.YUAN,
              D,
              List.of("loans")),
          def(
              "new_market_entities",
              "新增市场主体",
              "New market entities",
              Unit.ENTITIES,
              DT,
              List.of("market_entities")),
          def(
              "market_entity_jobs",
              "新增市场主体带动就业人数",
              "Jobs created by new entities",
              Unit.PERSONS,
              DT,
              List.of("market_entities")));

  private static final Map<String, IndicatorDef> BY_ID =
      ALL.stream().collect(Collectors.toUnmodifiableMap(IndicatorDef::id, Function.identity()));

  public static IndicatorDef byId(String id) {
    IndicatorDef d = BY_ID.get(id);
    if (d == null) {
      throw new IllegalArgumentException("unknown indicator " + id);
    }
    return d;
  }

  /** Position in report order, for sorting. */
  public static int order(String id) {
    return ALL.indexOf(byId(id));
  }

  /** Every headline indicator must be configured, and nothing else (exit 2 otherwise). */
  public static void checkConfig(MonitorConfig config) {
    for (IndicatorDef d : ALL) {
      if (!d.isSubIndicator() && !config.targets().containsKey(d.id())) {
        throw MonitorException.usage(
            "configuration: indicators."
                + d.id()
                + " is missing (kind and lead_unit are required)");
      }
    }
    for (String id : config.targets().keySet()) {
      IndicatorDef d = BY_ID.get(id);
      if (d == null || d.isSubIndicator()) {
        throw MonitorException.usage(
            "configuration: indicators." + id + " is not an indicator of this product");
      }
    }
  }
}
