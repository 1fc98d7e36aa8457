package org.employmentmonitor.ingest.schema;

/**
 * Why a row was quarantined (SPEC 2.3) or why a value was nulled or flagged (a warning). The first
 * nine are the quarantine reasons of the spec; on an optional column they are warnings.
 */
public enum Issue {
  MALFORMED_ROW("行格式错误", "the record breaks RFC 4180 or has the wrong number of fields"),
  MISSING_REQUIRED("必填项缺失", "a required value is empty"),
  INVALID_ID_NUMBER(
      "身份证号无效",
      "not a valid GB 11643 citizen ID number (birth date a real date from 1900 on, not after the"
          + " extract month)"),
  INVALID_CREDIT_CODE(
      "信用代码无效",
      "not a valid GB 32100 unified social credit code (18 characters as delivered; lower-case a–z"
          + " are accepted as capitals)"),
  UNKNOWN_TOWN("镇街代码未知", "town_code is not in reference/towns.csv"),
  INVALID_DATE("日期无效", "not a date in an accepted format, or not a real date"),
  DATE_AFTER_EXTRACT("日期晚于报送月", "the date lies after the extract month"),
  INVALID_ENUM("代码值无效", "not one of the listed codes or Chinese labels"),
  INVALID_NUMBER("数值无效", "not a number, or outside the allowed range"),
  // Warning-only codes (the row stays).
  SALARY_MIN_ABOVE_MAX("最低月薪高于最高月薪", "salary_min is greater than salary_max"),
  LOAN_ABOVE_CAP("贷款超过额度", "a person's loan above the 200,000 yuan cap of task 23"),
  END_DATE_BEFORE_START("结业日期早于开班日期", "end_date before start_date on a training not completed"),
  // File-level warnings (issue 18): counted, the file is read.
  HEADER_ONLY("仅有表头无数据", "the file holds a header row and no data rows"),
  NUL_STRIPPED("含空字符已删除", "NUL characters in the record were removed"),
  BLANK_LINE("空白行", "a line of white space alone, not read as a row");

  private final String labelZh;
  private final String description;

  Issue(String labelZh, String description) {
    this.labelZh = labelZh;
    this.description = description;
  }

  public String labelZh() {
    return labelZh;
  }

  public String description() {
    return description;
  }

  /** The nine reason codes a row can be quarantined with (SPEC 2.3), in spec order. */
  public static final Issue[] QUARANTINE_REASONS = {
    MALFORMED_ROW,
    MISSING_REQUIRED,
    INVALID_ID_NUMBER,
    INVALID_CREDIT_CODE,
    UNKNOWN_TOWN,
    INVALID_DATE,
    DATE_AFTER_EXTRACT,
    INVALID_ENUM,
    INVALID_NUMBER
  };
}
