package org.employmentmonitor.config;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The built-in register (SPEC 2.2): the 67 numbered tasks of the seed document (永川区应对新冠肺炎疫情影响进一步
 * 做好稳定和扩大就业工作重点任务分工, 2020), declared once. Section is the document's part (一、… 七、); lead and
 * responsible units are written exactly as the document names them; a due date only where the
 * task's text names one (tasks 1 and 42: 2020-12-31, SPEC 9), every other task falls due on 31
 * December of the year rated; the indicator links are those of SPEC 2.2. {@code DocumentTasksTest}
 * parses the seed text and checks this list against it. reference/tasks.csv replaces the whole list
 * for another year or another district's document.
 */
public final class DocumentTasks {
  private DocumentTasks() {}

  private static final String PART_1 = "一、支持企业稳定岗位";
  private static final String PART_2 = "二、开发更多就业岗位";
  private static final String PART_3 = "三、促进劳动者多渠道就业创业";
  private static final String PART_4 = "四、大规模开展职业技能培训";
  private static final String PART_5 = "五、做实就业创业服务";
  private static final String PART_6 = "六、做好基本生活保障";
  private static final String PART_7 = "七、加强组织保障";

  public static final TaskRegister BUILT_IN =
      new TaskRegister(
          List.of(
                  task(
                          1,
                          PART_1,
                          "降低社保费率、落实稳岗返还",
                          "区人力社保局",
                          "区发展改革委、区经济信息委、区财政局、区生态环境局、区国资管理中心、区税务局")
                      .due(2020, 12, 31),
                  task(2, PART_1, "普惠金融支持民营和小微企业融资", "人行永川中心支行、永川银保监分局", "区金融办、区内各银行金融机构"),
                  task(3, PART_1, "发挥中小企业工作领导小组作用", "区经济信息委", "各镇街"),
                  task(4, PART_1, "重点企业信贷计划、不盲目抽贷断贷", "永川银保监分局", "区金融办、人行永川中心支行、区内各银行金融机构"),
                  task(5, PART_1, "工业用地弹性供应", "区规划自然资源局", "区新城建管委、高新区管委会、各产业促进中心、各镇街"),
                  task(
                      6,
                      PART_1,
                      "降低物流用能成本、建设标准厂房",
                      "区发展改革委、区经济信息委、区商务委",
                      "区住房城乡建委、区新城建管委、高新区管委会、各产业促进中心"),
                  task(7, PART_1, "支持企业拓展国内市场", "区商务委", "区发展改革委、区经济信息委"),
                  task(8, PART_1, "集体协商稳定岗位", "区总工会", "区人力社保局、区工商联、区新城建管委、高新区管委会、各产业促进中心、各镇街"),
                  task(9, PART_1, "规范经济性裁员", "区人力社保局", "区总工会、区新城建管委、高新区管委会、各产业促进中心、各镇街"),
                  task(10, PART_2, "社区生活服务业和家政服务提质扩容", "区发展改革委、区商务委", "区人力社保局、各镇街"),
                  task(11, PART_2, "旅游、医疗和托育服务", "区文化旅游委、区卫生健康委", "各镇街"),
                  task(12, PART_2, "支持养老服务业发展", "区民政局、区财政局", "区发展改革委、区商务委、各镇街"),
                  task(13, PART_2, "鼓励汽车家电等更新消费", "区商务委", "区经济信息委、区公安局"),
                  task(14, PART_2, "培育国内服务外包市场", "区财政局", "区政府各部门、各镇街"),
                  task(15, PART_2, "扩大有效投资、发行专项债券", "区发展改革委、区财政局", "各镇街"),
                  task(16, PART_2, "老旧小区改造和物流枢纽建设", "区住房城乡建委", "各镇街"),
                  task(17, PART_2, "建设国际营销服务体系", "区商务委", "区发展改革委"),
                  task(18, PART_2, "5G和战略性新兴产业", "区经济信息委", "区发展改革委"),
                  task(19, PART_2, "科技型企业技术攻关和首台(套)政策", "区经济信息委", "区发展改革委、区科技局"),
                  task(20, PART_2, "促进平台经济发展", "区大数据发展局", "区发展改革委"),
                  task(21, PART_3, "降低创业担保贷款申请门槛", "区人力社保局", "区财政局、人行永川中心支行"),
                  task(
                          22,
                          PART_3,
                          "优化营商环境、新增市场主体",
                          "区发展改革委",
                          "区行政服务中心、区人力社保局、区市场监管局、区税务局、区民营经济促进中心")
                      .measuredBy("new_market_entities", "market_entity_jobs"),
                  task(23, PART_3, "创业担保贷款和创业补助", "区人力社保局", "区财政局、区金融办、人行永川中心支行")
                      .measuredBy("guarantee_loans_amount"),
                  task(24, PART_3, "“双创”支撑平台", "区科技局", "区发展改革委、区人力社保局、各镇街"),
                  task(25, PART_3, "支持返乡创业", "区人力社保局", "区规划自然资源局、区农业农村委、区商务委、区供销社、渝邮管七分局、区交通局、各镇街"),
                  task(26, PART_3, "返乡创业和电商人员培训", "区人力社保局", "区农业农村委、区商务委、各镇街")
                      .measuredBy("entrepreneurship_training", "ecommerce_training"),
                  task(27, PART_3, "支持灵活就业", "区人力社保局、区市场监管局、区城市管理局", "区财政局、区商务委、各镇街"),
                  task(28, PART_3, "灵活就业和新就业形态权益保障", "区人力社保局", "区发展改革委"),
                  task(29, PART_3, "贫困劳动力就业帮扶", "区人力社保局", "区农业农村委、区财政局、各镇街")
                      .measuredBy("poverty_employment_rate"),
                  task(30, PART_3, "农业基础设施和以工代赈", "区农业农村委、区住房城乡建委", "区交通局、区水利局、各镇街"),
                  task(31, PART_3, "农民工就地就近就业", "区人力社保局", "高新区管委会、区农业农村委、区商务委、各镇街"),
                  task(
                          32,
                          PART_3,
                          "基层服务项目、区属国企招聘高校毕业生",
                          "区人力社保局",
                          "区委组织部、区委编办、区农业农村委、区国资管理中心、区水利局、区卫生健康委、团区委")
                      .measuredBy("soe_graduate_position_share"),
                  task(33, PART_3, "基层公共管理和社会服务岗位", "区人力社保局", "区财政局、区委编办、区教委、区卫生健康委、区民政局、各镇街"),
                  task(34, PART_3, "大学生应征入伍", "区征兵办", "区教委、高新区管委会、各镇街"),
                  task(35, PART_3, "扩大就业见习规模", "区人力社保局", "区财政局、区经济信息委、区科技局、区国资管理中心、区商务委、团区委、区工商联"),
                  task(36, PART_3, "吸纳应届高校毕业生就业补贴", "区人力社保局、高新区管委会", "区教委、区经济信息委、区财政局")
                      .measuredBy("graduate_placement_rate"),
                  task(37, PART_4, "职业培训补贴和生活费补贴", "区人力社保局", "区财政局"),
                  task(
                          38,
                          PART_4,
                          "重点群体职业技能培训",
                          "区人力社保局",
                          "区财政局、区经济信息委、区扶贫办、区农业农村委、区商务委、高新区管委会、区住房城乡建委、区交通局、区民政局、区退役军人事务局、区审计局、区应急局、区国资管理中心、区总工会、团区委、区妇联、区残联")
                      .measuredBy("subsidized_training"),
                  task(39, PART_4, "职业院校承担培训任务", "高新区管委会", "区人力社保局"),
                  task(40, PART_4, "职业院校奖助学金", "区财政局", "高新区管委会、区人力社保局"),
                  task(41, PART_4, "技工院校纳入统一招生平台", "区教委、高新区管委会", "区人力社保局"),
                  task(42, PART_4, "劳动预备制培训", "区人力社保局", "区财政局").due(2020, 12, 31),
                  task(43, PART_4, "企业新型学徒制培训", "区人力社保局", "区财政局"),
                  task(44, PART_4, "线上职业技能培训", "区人力社保局", ""),
                  task(45, PART_4, "公共实训基地和产教融合", "区人力社保局", "区发展改革委、区教委、高新区管委会"),
                  task(46, PART_4, "职工培训中心和继续教育基地", "区人力社保局", "区教委、高新区管委会"),
                  task(47, PART_4, "急需紧缺职业目录发布", "区人力社保局", ""),
                  task(48, PART_5, "失业登记", "区人力社保局", "各镇街"),
                  task(49, PART_5, "就业信息监测和线上失业登记", "区人力社保局", "各镇街"),
                  task(50, PART_5, "重大项目就业影响跟踪应对", "区发展改革委、区经济信息委", "区国资管理中心、区人力社保局、各镇街"),
                  task(51, PART_5, "公开发布岗位信息", "区人力社保局", "区政府各部门、各产业促进中心、各镇街"),
                  task(52, PART_5, "企业用工信息共享联动", "区人力社保局", "区经济信息委、区商务委、区新城建管委、高新区管委会、各产业促进中心"),
                  task(53, PART_5, "岗位信息公共发布平台", "区人力社保局", ""),
                  task(54, PART_5, "登记失业人员每月跟踪服务", "区人力社保局", "各镇街")
                      .measuredBy("unemployed_follow_up_rate"),
                  task(55, PART_5, "重点企业跟踪服务", "区人力社保局", ""),
                  task(56, PART_6, "发放失业保险金", "区人力社保局", ""),
                  task(57, PART_6, "一次性临时生活补助", "区人力社保局", "区财政局、各镇街"),
                  task(58, PART_6, "困难失业人员社会救助", "区民政局", "各镇街"),
                  task(59, PART_6, "低保渐退", "区人力社保局", "区民政局、各镇街"),
                  task(60, PART_6, "就业援助、零就业家庭动态清零", "区人力社保局", "高新区管委会、区教委、区财政局、各镇街")
                      .measuredBy("zero_employment_households"),
                  task(61, PART_7, "就业工作领导小组机制", "区人力社保局", "区就业工作领导小组成员单位"),
                  task(62, PART_7, "就业资金和失业保险基金保障", "区财政局", "区人力社保局"),
                  task(63, PART_7, "就业常规统计和监测", "国家统计局永川调查队", "区人力社保局、区统计局、各镇街"),
                  task(64, PART_7, "大数据比对和形势研判", "区人力社保局", "区发展改革委、区交通局、区大数据发展局、区经济信息委"),
                  task(
                      65,
                      PART_7,
                      "规模性失业突发事件处置",
                      "区人力社保局",
                      "区信访办、区公安局、区委网信办、区经济信息委、区新城建管委、高新区管委会、各产业促进中心、各镇街"),
                  task(66, PART_7, "稳就业宣传和典型选树", "区委宣传部", "区委网信办、区融媒体中心、区政府各部门、各镇街"),
                  task(67, PART_7, "舆情监测和应急处置", "区委宣传部", "区委网信办、区政府各部门、各镇街"))
              .stream()
              .map(Builder::build)
              .toList(),
          "built-in");

  private static Builder task(
      int number, String section, String title, String leadUnits, String responsibleUnits) {
    return new Builder(number, section, title, split(leadUnits), split(responsibleUnits));
  }

  private static List<String> split(String units) {
    return units.isEmpty() ? List.of() : Arrays.asList(units.split("、"));
  }

  private static final class Builder {
    private final int number;
    private final String section;
    private final String title;
    private final List<String> leadUnits;
    private final List<String> responsibleUnits;
    private LocalDate due;
    private List<String> indicatorIds = List.of();

    Builder(
        int number,
        String section,
        String title,
        List<String> leadUnits,
        List<String> responsibleUnits) {
      this.number = number;
      this.section = section;
      this.title = title;
      this.leadUnits = leadUnits;
      this.responsibleUnits = responsibleUnits;
    }

    /** A due date the task's own text names. */
    Builder due(int year, int month, int day) {
      this.due = LocalDate.of(year, month, day);
      return this;
    }

    /** The section 4 indicators that measure the task (SPEC 2.2). */
    Builder measuredBy(String... ids) {
      this.indicatorIds = List.of(ids);
      return this;
    }

    DocumentTask build() {
      return new DocumentTask(
          number, section, title, leadUnits, responsibleUnits, due, indicatorIds);
    }
  }
}
