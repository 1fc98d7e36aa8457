package org.employmentmonitor.generator;

/** Enumerations of SPEC 2.2 with their Chinese labels; a file may use either (SPEC 2). */
final class Vocabulary {
  private Vocabulary() {}

  /** An enumeration value with its canonical code and Chinese label. */
  interface Coded {
    String name();

    String label();
  }

  enum EventType implements Coded {
    EMPLOYED("就业登记"),
    UNEMPLOYED("失业登记"),
    FOLLOW_UP("跟踪服务"),
    JOB_SEEKING("求职登记"),
    RETIRED("退休"),
    DECEASED("死亡");
    private final String label;

    EventType(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  enum Form implements Coded {
    EMPLOYER("单位就业"),
    SELF_EMPLOYED("自主创业"),
    FLEXIBLE("灵活就业"),
    PUBLIC_WELFARE("公益性岗位");
    private final String label;

    Form(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** Key groups, used as bits of a mask (bit = ordinal). */
  enum Group implements Coded {
    GRADUATE("高校毕业生"),
    MIGRANT_RETURNEE("返乡农民工"),
    POVERTY("建卡贫困人员"),
    HARDSHIP("就业困难人员"),
    VETERAN("退役军人"),
    DISABLED("残疾人");
    private final String label;

    Group(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }

    int bit() {
      return 1 << ordinal();
    }
  }

  enum InsuranceType implements Coded {
    PENSION("养老"),
    MEDICAL("医疗"),
    UNEMPLOYMENT("失业"),
    INJURY("工伤");
    private final String label;

    InsuranceType(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  enum PaymentStatus implements Coded {
    PAID("已缴"),
    DEFERRED("缓缴"),
    ARREARS("欠缴");
    private final String label;

    PaymentStatus(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  enum Size implements Coded {
    LARGE("大型"),
    MEDIUM("中型"),
    SMALL("小型"),
    MICRO("微型");
    private final String label;

    Size(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  enum Program implements Coded {
    SKILL_UPGRADE("岗位技能提升"),
    REEMPLOYMENT("转岗转业培训"),
    PRE_EMPLOYMENT("劳动预备制"),
    APPRENTICESHIP("新型学徒制"),
    ENTREPRENEURSHIP("创业培训"),
    E_COMMERCE("电商培训");
    private final String label;

    Program(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  enum TrainingStatus implements Coded {
    ENROLLED("在训"),
    COMPLETED("结业"),
    DROPPED("退出");
    private final String label;

    TrainingStatus(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  enum Certificate implements Coded {
    NONE("无"),
    SPECIAL("专项能力"),
    JUNIOR("初级工"),
    INTERMEDIATE("中级工"),
    SENIOR("高级工");
    private final String label;

    Certificate(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  enum Education implements Coded {
    ASSOCIATE("专科"),
    BACHELOR("本科"),
    MASTER("硕士"),
    DOCTOR("博士");
    private final String label;

    Education(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  enum GraduateStatus implements Coded {
    UNPLACED("未就业"),
    EMPLOYED("单位就业"),
    SELF_EMPLOYED("自主创业"),
    FLEXIBLE("灵活就业"),
    ENLISTED("应征入伍"),
    FURTHER_STUDY("升学"),
    NOT_SEEKING("暂不就业");
    private final String label;

    GraduateStatus(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  enum EntityType implements Coded {
    ENTERPRISE("企业"),
    INDIVIDUAL("个体工商户"),
    COOPERATIVE("农民专业合作社");
    private final String label;

    EntityType(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** GB/T 4754-2017 sections A–T with a weight for an industrial district. */
  static final String INDUSTRIES = "ABCDEFGHIJKLMNOPQRST";

  static final double[] INDUSTRY_WEIGHT = {
    1.5, 0.6, 36, 0.8, 11, 13, 5, 4, 3, 1.5, 1.5, 2.5, 2, 2.5, 1.5, 2, 4, 3.5, 1, 0.6
  };
}
