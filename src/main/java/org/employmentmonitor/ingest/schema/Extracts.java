package org.employmentmonitor.ingest.schema;

import static org.employmentmonitor.ingest.schema.ColumnType.BOOLEAN;
import static org.employmentmonitor.ingest.schema.ColumnType.CREDIT_CODE;
import static org.employmentmonitor.ingest.schema.ColumnType.DATE;
import static org.employmentmonitor.ingest.schema.ColumnType.DECIMAL;
import static org.employmentmonitor.ingest.schema.ColumnType.DROPPED;
import static org.employmentmonitor.ingest.schema.ColumnType.ID_NUMBER;
import static org.employmentmonitor.ingest.schema.ColumnType.INTEGER;
import static org.employmentmonitor.ingest.schema.ColumnType.LEAD_UNIT;
import static org.employmentmonitor.ingest.schema.ColumnType.MONTH;
import static org.employmentmonitor.ingest.schema.ColumnType.TASK_NO;
import static org.employmentmonitor.ingest.schema.ColumnType.TEXT;
import static org.employmentmonitor.ingest.schema.ColumnType.TOWN;
import static org.employmentmonitor.ingest.schema.ColumnType.YEAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The extracts of SPEC 2.2 and reference/towns.csv, declared once. Column order is the spec's table
 * order: it decides which reason a row with several problems is quarantined for (SPEC 9).
 */
public final class Extracts {
  private Extracts() {}

  /** Task 23: a person's guarantee loan above this is a warning. */
  public static final BigDecimal PERSON_LOAN_CAP = new BigDecimal("200000");

  private static final BigDecimal ZERO = BigDecimal.ZERO;

  public static final Extract TOWNS =
      new Extract(
          "towns",
          "镇街代码表",
          true,
          List.of(
              Column.of("town_code", "镇街代码", TEXT).required(),
              Column.of("town_name", "镇街名称", TEXT).required(),
              Column.enumeration("kind", "类型", Codes.TOWN_KIND).rule("STREET 街道 or TOWN 镇")),
          List.of("town_code"),
          List.of());

  public static final Extract REGISTRATION =
      new Extract(
          "registration",
          "就业失业登记",
          true,
          List.of(
              Column.of("record_id", "记录编号", TEXT).required(),
              Column.of("id_number", "公民身份号码", ID_NUMBER).required(),
              Column.of("name", "姓名", DROPPED).rule("dropped at ingest, never stored"),
              Column.of("town_code", "镇街代码", TOWN).required(),
              Column.of("household_id", "户编号", TEXT),
              Column.enumeration("event_type", "登记类型", Codes.EVENT_TYPE).required(),
              Column.of("event_date", "登记日期", DATE).required().notAfterExtract(),
              Column.enumeration("employment_form", "就业形式", Codes.EMPLOYMENT_FORM)
                  .rule("required when event_type is EMPLOYED"),
              Column.of("employer_credit_code", "统一社会信用代码", CREDIT_CODE).rule("valid when present"),
              Column.codeList("groups", "重点群体", Codes.GROUP),
              Column.of("able_and_willing", "有劳动能力和就业意愿", BOOLEAN).defaultValue(true)),
          List.of("record_id"),
          List.of(Extracts::employmentFormWhenEmployed));

  public static final Extract SOCIAL_INSURANCE =
      new Extract(
          "social_insurance",
          "参保缴费明细",
          true,
          List.of(
              Column.of("id_number", "公民身份号码", ID_NUMBER).required(),
              Column.of("employer_credit_code", "统一社会信用代码", CREDIT_CODE).required(),
              Column.of("employer_name", "单位名称", TEXT),
              Column.of("town_code", "镇街代码", TOWN).required().rule("the employer's town"),
              Column.enumeration("industry_code", "行业门类", Codes.INDUSTRY)
                  .rule("GB/T 4754-2017 section letter A-T"),
              Column.enumeration("enterprise_size", "企业规模", Codes.ENTERPRISE_SIZE),
              Column.of("is_soe", "是否区属国有企业", BOOLEAN).defaultValue(false),
              Column.of("contribution_month", "费款所属期", MONTH)
                  .required()
                  .notAfterExtract()
                  .rule("not after the extract month; back payments allowed"),
              Column.enumeration("insurance_type", "险种", Codes.INSURANCE_TYPE).required(),
              Column.of("contribution_base", "缴费基数", DECIMAL)
                  .range(ZERO, false, null)
                  .rule("decimal >= 0"),
              Column.enumeration("payment_status", "缴费状态", Codes.PAYMENT_STATUS)
                  .rule("all statuses count as insured")),
          List.of(
              Extract.PERSON_KEY, "employer_credit_code", "contribution_month", "insurance_type"),
          List.of());

  public static final Extract RECRUITMENT =
      new Extract(
          "recruitment",
          "招聘岗位",
          false,
          List.of(
              Column.of("posting_id", "岗位编号", TEXT).required(),
              Column.of("employer_credit_code", "统一社会信用代码", CREDIT_CODE).required(),
              Column.of("employer_name", "单位名称", TEXT),
              Column.of("town_code", "镇街代码", TOWN).required(),
              Column.enumeration("industry_code", "行业门类", Codes.INDUSTRY)
                  .rule("GB/T 4754-2017 section letter A-T"),
              Column.of("is_soe", "是否区属国有企业", BOOLEAN).defaultValue(false),
              Column.of("positions", "招聘人数", INTEGER)
                  .required()
                  .range(BigDecimal.ONE, false, new BigDecimal("100000"))
                  .rule("integer 1..100000"),
              Column.of("for_graduates", "面向高校毕业生", BOOLEAN).defaultValue(false),
              Column.of("posted_date", "发布日期", DATE).required().notAfterExtract(),
              Column.of("channel", "发布渠道", TEXT),
              Column.of("salary_min", "最低月薪", DECIMAL),
              Column.of("salary_max", "最高月薪", DECIMAL)
                  .rule("salary_min above salary_max is a warning")),
          List.of("posting_id"),
          List.of(Extracts::salaryRange));

  public static final Extract TRAINING =
      new Extract(
          "training",
          "职业技能培训",
          false,
          List.of(
              Column.of("record_id", "记录编号", TEXT).required(),
              Column.of("id_number", "公民身份号码", ID_NUMBER).required(),
              Column.of("town_code", "镇街代码", TOWN).required(),
              Column.enumeration("program_type", "培训类型", Codes.PROGRAM_TYPE).required(),
              Column.of("subsidized", "是否补贴性培训", BOOLEAN).required(),
              Column.of("start_date", "开班日期", DATE).required(),
              Column.of("end_date", "结业日期", DATE)
                  .rule("required when COMPLETED; not before start_date"),
              Column.enumeration("status", "培训状态", Codes.TRAINING_STATUS).required(),
              Column.enumeration("certificate", "证书等级", Codes.CERTIFICATE),
              Column.codeList("groups", "重点群体", Codes.GROUP)),
          List.of("record_id"),
          List.of(Extracts::endDateOfTraining));

  public static final Extract GRADUATES =
      new Extract(
          "graduates",
          "离校未就业高校毕业生实名台账",
          false,
          List.of(
              Column.of("id_number", "公民身份号码", ID_NUMBER).required(),
              Column.of("graduation_year", "毕业年份", YEAR).required().rule("4-digit year"),
              Column.of("school", "毕业院校", TEXT),
              Column.enumeration("education_level", "学历", Codes.EDUCATION_LEVEL),
              Column.of("registered_date", "登记日期", DATE).required(),
              Column.of("town_code", "镇街代码", TOWN).required(),
              Column.enumeration("reported_status", "就业状态", Codes.REPORTED_STATUS).required(),
              Column.of("status_date", "状态日期", DATE)),
          List.of(Extract.PERSON_KEY),
          List.of());

  public static final Extract SURVEY =
      new Extract(
          "survey",
          "城镇调查失业率",
          false,
          List.of(
              Column.of("month", "月份", MONTH).required(),
              Column.of("rate", "调查失业率", DECIMAL)
                  .required()
                  .range(ZERO, false, new BigDecimal("100"))
                  .rule("percent in [0, 100], e.g. 5.2")),
          List.of("month"),
          List.of());

  public static final Extract LOANS =
      new Extract(
          "loans",
          "创业担保贷款发放",
          false,
          List.of(
              Column.of("loan_id", "贷款编号", TEXT).required(),
              Column.of("id_number", "公民身份号码", ID_NUMBER)
                  .rule("borrower person; this or employer_credit_code required"),
              Column.of("employer_credit_code", "统一社会信用代码", CREDIT_CODE)
                  .rule("borrower enterprise; this or id_number required"),
              Column.of("amount", "贷款金额", DECIMAL)
                  .required()
                  .range(ZERO, true, null)
                  .rule("yuan > 0; a person's loan above 200,000 is a warning"),
              Column.of("issue_date", "发放日期", DATE).required(),
              Column.codeList("groups", "重点群体", Codes.GROUP)),
          List.of("loan_id"),
          List.of(Extracts::borrower));

  public static final Extract MARKET_ENTITIES =
      new Extract(
          "market_entities",
          "新增市场主体",
          false,
          List.of(
              Column.of("employer_credit_code", "统一社会信用代码", CREDIT_CODE).required(),
              Column.of("name", "名称", TEXT).rule("the entity's registered name"),
              Column.enumeration("entity_type", "主体类型", Codes.ENTITY_TYPE).required(),
              Column.of("registered_date", "成立日期", DATE).required(),
              Column.of("town_code", "镇街代码", TOWN).required(),
              Column.of("jobs_created", "带动就业人数", INTEGER)
                  .range(ZERO, false, null)
                  .rule("integer >= 0")),
          List.of("employer_credit_code"),
          List.of());

  /**
   * Each lead unit's monthly report on its tasks of the document (SPEC 2.2, 4.7). task_no and unit
   * are checked against the task register ingest was given (built-in or reference/tasks.csv).
   */
  public static final Extract TASK_PROGRESS =
      new Extract(
          "task_progress",
          "重点任务进展",
          false,
          List.of(
              Column.of("task_no", "任务序号", TASK_NO).required().rule("a task of the register"),
              Column.of("unit", "报送单位", LEAD_UNIT)
                  .required()
                  .rule("a lead unit (牵头单位) of that task, as the register names it"),
              Column.enumeration("status", "进展状态", Codes.TASK_STATUS).required(),
              Column.of("progress", "工作进展", TEXT),
              Column.of("problems", "存在问题", TEXT),
              Column.of("next_steps", "下步措施", TEXT),
              Column.of("report_date", "报送日期", DATE).required().notAfterExtract()),
          List.of("task_no", "unit"),
          List.of());

  /**
   * reference/tasks.csv (SPEC 2.2), optional: the task register for another year or another
   * district's document. Units are lists split on 、 ; or , (read by {@code
   * ingest/TaskRegisterFile}).
   */
  public static final Extract TASK_REGISTER =
      new Extract(
          "tasks",
          "重点任务分工",
          false,
          List.of(
              Column.of("task_no", "任务序号", INTEGER)
                  .required()
                  .range(BigDecimal.ONE, false, null)
                  .rule("whole number >= 1, once per file"),
              Column.of("section", "部分", TEXT),
              Column.of("title", "任务", TEXT).required(),
              Column.of("lead_units", "牵头单位", TEXT)
                  .required()
                  .rule("list separated by `、` `;` or `,`"),
              Column.of("responsible_units", "责任单位", TEXT).rule("list separated by `、` `;` or `,`"),
              Column.of("due_date", "完成时限", DATE).rule("default 31 December of the year rated"),
              Column.of("indicator_ids", "关联指标", TEXT)
                  .rule("list of section 4 indicator ids separated by `、` `;` or `,`")),
          List.of("task_no"),
          List.of());

  /** The monthly extracts in SPEC order. */
  public static final List<Extract> MONTHLY =
      List.of(
          REGISTRATION,
          SOCIAL_INSURANCE,
          RECRUITMENT,
          TRAINING,
          GRADUATES,
          SURVEY,
          LOANS,
          MARKET_ENTITIES,
          TASK_PROGRESS);

  private static final Map<String, Extract> BY_NAME =
      Stream.concat(MONTHLY.stream(), Stream.of(TOWNS))
          .collect(Collectors.toUnmodifiableMap(Extract::name, Function.identity()));

  public static Extract byName(String name) {
    Extract e = BY_NAME.get(name);
    if (e == null) {
      throw new IllegalArgumentException("unknown extract " + name);
    }
    return e;
  }

  // ---- two-column rules (SPEC 9) ----

  static void employmentFormWhenEmployed(RowView row) {
    if (!"EMPLOYED".equals(row.value("event_type"))) {
      return;
    }
    if (row.isEmpty("employment_form")) {
      row.quarantine(
          Issue.MISSING_REQUIRED, "employment_form", "employment_form is required on EMPLOYED");
    } else if (row.problem("employment_form") != null) {
      row.quarantine(
          Issue.INVALID_ENUM, "employment_form", "employment_form is not a listed code or label");
    }
  }

  static void endDateOfTraining(RowView row) {
    LocalDate start = (LocalDate) row.value("start_date");
    LocalDate end = (LocalDate) row.value("end_date");
    if ("COMPLETED".equals(row.value("status"))) {
      if (row.isEmpty("end_date")) {
        row.quarantine(Issue.MISSING_REQUIRED, "end_date", "end_date is required when COMPLETED");
      } else if (row.problem("end_date") != null) {
        row.quarantine(Issue.INVALID_DATE, "end_date", "end_date is not a valid date");
      } else if (end.isBefore(start)) {
        row.quarantine(Issue.INVALID_DATE, "end_date", "end_date is before start_date");
      }
    } else if (end != null && end.isBefore(start)) {
      row.warn(Issue.END_DATE_BEFORE_START, "end_date", "end_date before start_date; nulled", true);
    }
  }

  static void salaryRange(RowView row) {
    BigDecimal min = (BigDecimal) row.value("salary_min");
    BigDecimal max = (BigDecimal) row.value("salary_max");
    if (min != null && max != null && min.compareTo(max) > 0) {
      row.warn(Issue.SALARY_MIN_ABOVE_MAX, "salary_min", "salary_min above salary_max", false);
    }
  }

  static void borrower(RowView row) {
    boolean personOk = row.value("id_number") != null;
    boolean enterpriseOk = row.value("employer_credit_code") != null;
    if (!personOk && !enterpriseOk) {
      if (row.problem("id_number") != null) {
        row.quarantine(Issue.INVALID_ID_NUMBER, "id_number", "the borrower's ID number is invalid");
      } else if (row.problem("employer_credit_code") != null) {
        row.quarantine(
            Issue.INVALID_CREDIT_CODE,
            "employer_credit_code",
            "the borrower's credit code is invalid");
      } else {
        row.quarantine(
            Issue.MISSING_REQUIRED,
            "id_number",
            "a loan needs a borrower: id_number or employer_credit_code");
      }
      return;
    }
    BigDecimal amount = (BigDecimal) row.value("amount");
    if (personOk && amount != null && amount.compareTo(PERSON_LOAN_CAP) > 0) {
      row.warn(Issue.LOAN_ABOVE_CAP, "amount", "a person's loan above 200,000 yuan", false);
    }
  }
}
