package org.employmentmonitor.report;

import java.util.Map;

/**
 * Each indicator's definition in Chinese, as the report's appendix prints it (SPEC 4; the full
 * rules in English are in docs/indicators.md). One place: change a wording here, and a test checks
 * every indicator of the catalogue has one.
 */
public final class IndicatorDefinitions {
  private IndicatorDefinitions() {}

  private static final Map<String, String> ZH =
      Map.ofEntries(
          Map.entry(
              "new_urban_employment",
              "城镇累计新就业人数减去自然减员人数（1月1日至月末）。新就业人员指年内有就业登记，或年内新参保"
                  + "（当月参保且前3个月均未参保）的人员，每人每年计一次，按最早的日期及其镇街计算。"),
          Map.entry("newly_employed", "年内首次实现就业（就业登记或新参保）的人数，每人每年计一次。"),
          Map.entry("natural_attrition", "年内有退休或死亡登记的人数。"),
          Map.entry("employment_check_registration_only", "新就业人员中，只有就业登记、没有新参保记录的人数（大数据比对）。"),
          Map.entry("employment_check_insurance_only", "新就业人员中，只有新参保记录、未办理就业登记的人数（大数据比对）。"),
          Map.entry("employment_check_both", "新就业人员中，就业登记与新参保记录都有的人数（大数据比对）。"),
          Map.entry(
              "insurance_starts_undecidable", "参保记录向前不足3个月、无法判断是否为新参保的人数；这些人员不计入新就业，需补齐历史参保数据。"),
          Map.entry(
              "graduate_placement_rate",
              "当年毕业的离校未就业高校毕业生实名台账人员中已就业人员的比例。已就业指台账状态为单位就业、自主创业、"
                  + "灵活就业、应征入伍或升学，或登记之后有就业登记或参保记录佐证；以截至本月最新一期台账为准。"),
          Map.entry("graduates_placed_by_report", "台账就业状态为已就业（含应征入伍、升学）的人数。"),
          Map.entry("graduates_placed_by_evidence", "台账登记日期之后有就业登记或参保记录佐证的人数。"),
          Map.entry(
              "graduates_reported_without_evidence",
              "台账报告为单位就业、自主创业或灵活就业，但没有就业登记或参保记录佐证的人数，需逐一核实。"),
          Map.entry("subsidized_training", "年内结业的补贴性职业技能培训人次；同一人员、同一培训类型、同一开班日期计一次。"),
          Map.entry("entrepreneurship_training", "年内结业的补贴性创业培训人数，按人去重。"),
          Map.entry("ecommerce_training", "年内结业的补贴性电商培训人次。"),
          Map.entry("surveyed_unemployment_rate", "国家统计局永川调查队提供的本月城镇调查失业率。"),
          Map.entry("registered_unemployment_rate", "登记失业人员 ÷（登记失业人员 + 本月参保人数），为登记失业率的近似口径。"),
          Map.entry("registered_unemployed", "月末登记状态为失业的人数（最近一次就业、失业、退休、死亡登记为失业登记）。"),
          Map.entry("unemployed_follow_up_rate", "本月之前已登记失业、月末仍为失业状态的人员中，本月有跟踪服务记录的比例。"),
          Map.entry("returnee_employment", "新就业人员中曾被标记为返乡农民工的人数。"),
          Map.entry("poverty_employment_rate", "有劳动能力和就业意愿的建卡贫困人员中，月末为就业状态或本月有参保记录的比例。"),
          Map.entry(
              "zero_employment_households",
              "家庭中有劳动年龄内（男16-59岁、女16-54岁）、有劳动能力和就业意愿的成员，且这些成员月末均为失业状态、" + "本月均未参保的家庭户数。"),
          Map.entry("soe_graduate_position_share", "年内区属国有企业发布的招聘岗位中，面向高校毕业生的岗位所占比例。"),
          Map.entry("job_postings", "本月发布的招聘岗位数。"),
          Map.entry("job_seekers", "本月有求职登记的人数。"),
          Map.entry("demand_supply_ratio", "本月招聘岗位数 ÷ 求职人数（求人倍率）。"),
          Map.entry("insured_employment", "本月有参保缴费记录（含缓缴、欠缴）的人数。"),
          Map.entry("guarantee_loans_amount", "年内发放的创业担保贷款金额。"),
          Map.entry("new_market_entities", "年内新登记成立的市场主体户数（企业、个体工商户、农民专业合作社）。"),
          Map.entry("market_entity_jobs", "年内新增市场主体申报的带动就业人数合计。"));

  /** The definition of an indicator id; a placeholder for an id without one. */
  public static String of(String indicatorId) {
    return ZH.getOrDefault(indicatorId, "（口径说明待补充）");
  }

  static boolean has(String indicatorId) {
    return ZH.containsKey(indicatorId);
  }
}
