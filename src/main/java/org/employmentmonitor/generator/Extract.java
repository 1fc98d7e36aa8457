package org.employmentmonitor.generator;

/** The eight extracts of SPEC 2.2: file name, canonical columns (in table order), aliases. */
enum Extract {
  REGISTRATION(
      "registration",
      "record_id:记录编号 id_number:公民身份号码 name:姓名 town_code:镇街代码 household_id:户编号"
          + " event_type:登记类型 event_date:登记日期 employment_form:就业形式"
          + " employer_credit_code:统一社会信用代码 groups:重点群体"
          + " able_and_willing:有劳动能力和就业意愿"),
  SOCIAL_INSURANCE(
      "social_insurance",
      "id_number:公民身份号码 employer_credit_code:统一社会信用代码 employer_name:单位名称"
          + " town_code:镇街代码 industry_code:行业门类 enterprise_size:企业规模"
          + " is_soe:是否区属国有企业 contribution_month:费款所属期 insurance_type:险种"
          + " contribution_base:缴费基数 payment_status:缴费状态"),
  RECRUITMENT(
      "recruitment",
      "posting_id:岗位编号 employer_credit_code:统一社会信用代码 employer_name:单位名称"
          + " town_code:镇街代码 industry_code:行业门类 is_soe:是否区属国有企业 positions:招聘人数"
          + " for_graduates:面向高校毕业生 posted_date:发布日期 channel:发布渠道"
          + " salary_min:最低月薪 salary_max:最高月薪"),
  TRAINING(
      "training",
      "record_id:记录编号 id_number:公民身份号码 town_code:镇街代码 program_type:培训类型"
          + " subsidized:是否补贴性培训 start_date:开班日期 end_date:结业日期 status:培训状态"
          + " certificate:证书等级 groups:重点群体"),
  GRADUATES(
      "graduates",
      "id_number:公民身份号码 graduation_year:毕业年份 school:毕业院校 education_level:学历"
          + " registered_date:登记日期 town_code:镇街代码 reported_status:就业状态"
          + " status_date:状态日期"),
  SURVEY("survey", "month:月份 rate:调查失业率"),
  LOANS(
      "loans",
      "loan_id:贷款编号 id_number:公民身份号码 employer_credit_code:统一社会信用代码"
          + " amount:贷款金额 issue_date:发放日期 groups:重点群体"),
  MARKET_ENTITIES(
      "market_entities",
      "employer_credit_code:统一社会信用代码 name:名称 entity_type:主体类型"
          + " registered_date:成立日期 town_code:镇街代码 jobs_created:带动就业人数");

  final String fileName;
  final String[] columns;
  final String[] aliases;

  Extract(String fileName, String spec) {
    this.fileName = fileName;
    String[] parts = spec.split(" ");
    columns = new String[parts.length];
    aliases = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      int colon = parts[i].indexOf(':');
      columns[i] = parts[i].substring(0, colon);
      aliases[i] = parts[i].substring(colon + 1);
    }
  }

  int column(String name) {
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name + " is not a column of " + fileName);
  }

  int width() {
    return columns.length;
  }
}
