package org.employmentmonitor.ingest.schema;

/** The enumerations of SPEC 2.2, codes with their Chinese labels. */
public final class Codes {
  private Codes() {}

  public static final CodeList EVENT_TYPE =
      CodeList.of(
          "event_type",
          "EMPLOYED",
          "就业登记",
          "UNEMPLOYED",
          "失业登记",
          "FOLLOW_UP",
          "跟踪服务",
          "JOB_SEEKING",
          "求职登记",
          "RETIRED",
          "退休",
          "DECEASED",
          "死亡");

  public static final CodeList EMPLOYMENT_FORM =
      CodeList.of(
          "employment_form",
          "EMPLOYER",
          "单位就业",
          "SELF_EMPLOYED",
          "自主创业",
          "FLEXIBLE",
          "灵活就业",
          "PUBLIC_WELFARE",
          "公益性岗位");

  public static final CodeList GROUP =
      CodeList.of(
          "groups",
          "GRADUATE",
          "高校毕业生",
          "MIGRANT_RETURNEE",
          "返乡农民工",
          "POVERTY",
          "建卡贫困人员",
          "HARDSHIP",
          "就业困难人员",
          "VETERAN",
          "退役军人",
          "DISABLED",
          "残疾人");

  /** GB/T 4754-2017 sections; the section names are accepted as labels. */
  public static final CodeList INDUSTRY =
      CodeList.of(
          "industry_code",
          "A",
          "农、林、牧、渔业",
          "B",
          "采矿业",
          "C",
          "制造业",
          "D",
          "电力、热力、燃气及水生产和供应业",
          "E",
          "建筑业",
          "F",
          "批发和零售业",
          "G",
          "交通运输、仓储和邮政业",
          "H",
          "住宿和餐饮业",
          "I",
          "信息传输、软件和信息技术服务业",
          "J",
          "金融业",
          "K",
          "房地产业",
          "L",
          "租赁和商务服务业",
          "M",
          "科学研究和技术服务业",
          "N",
          "水利、环境和公共设施管理业",
          "O",
          "居民服务、修理和其他服务业",
          "P",
          "教育",
          "Q",
          "卫生和社会工作",
          "R",
          "文化、体育和娱乐业",
          "S",
          "公共管理、社会保障和社会组织",
          "T",
          "国际组织");

  public static final CodeList ENTERPRISE_SIZE =
      CodeList.of("enterprise_size", "LARGE", "大型", "MEDIUM", "中型", "SMALL", "小型", "MICRO", "微型");

  public static final CodeList INSURANCE_TYPE =
      CodeList.of(
          "insurance_type", "PENSION", "养老", "UNEMPLOYMENT", "失业", "INJURY", "工伤", "MEDICAL", "医疗");

  public static final CodeList PAYMENT_STATUS =
      CodeList.of("payment_status", "PAID", "已缴", "DEFERRED", "缓缴", "ARREARS", "欠缴");

  public static final CodeList PROGRAM_TYPE =
      CodeList.of(
          "program_type",
          "SKILL_UPGRADE",
          "岗位技能提升",
          "REEMPLOYMENT",
          "转岗转业培训",
          "PRE_EMPLOYMENT",
          "劳动预备制",
          "APPRENTICESHIP",
          "新型学徒制",
          "ENTREPRENEURSHIP",
          "创业培训",
          "E_COMMERCE",
          "电商培训");

  public static final CodeList TRAINING_STATUS =
      CodeList.of("status", "ENROLLED", "在训", "COMPLETED", "结业", "DROPPED", "退出");

  /** A lead unit's report on a task (SPEC 2.2 task_progress, 4.7). */
  public static final CodeList TASK_STATUS =
      CodeList.of(
          "status", "DONE", "已完成", "ON_SCHEDULE", "按序时推进", "BEHIND", "滞后", "NOT_STARTED", "未启动");

  public static final CodeList CERTIFICATE =
      CodeList.of(
          "certificate",
          "NONE",
          "无",
          "SPECIAL",
          "专项能力",
          "JUNIOR",
          "初级工",
          "INTERMEDIATE",
          "中级工",
          "SENIOR",
          "高级工");

  public static final CodeList EDUCATION_LEVEL =
      CodeList.of(
          "education_level", "ASSOCIATE", "专科", "BACHELOR", "本科", "MASTER", "硕士", "DOCTOR", "博士");

  public static final CodeList REPORTED_STATUS =
      CodeList.of(
          "reported_status",
          "UNPLACED",
          "未就业",
          "EMPLOYED",
          "单位就业",
          "SELF_EMPLOYED",
          "自主创业",
          "FLEXIBLE",
          "灵活就业",
          "ENLISTED",
          "应征入伍",
          "FURTHER_STUDY",
          "升学",
          "NOT_SEEKING",
          "暂不就业");

  public static final CodeList ENTITY_TYPE =
      CodeList.of(
          "entity_type", "ENTERPRISE", "企业", "INDIVIDUAL", "个体工商户", "COOPERATIVE", "农民专业合作社");

  public static final CodeList TOWN_KIND = CodeList.of("kind", "STREET", "街道", "TOWN", "镇");
}
