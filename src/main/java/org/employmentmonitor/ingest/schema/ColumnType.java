package org.employmentmonitor.ingest.schema;

/** How a column's text is validated and what it becomes in staging. */
public enum ColumnType {
  /** Free text, kept as is after trimming. */
  TEXT,
  /** Read for the header check only, never staged (a person's name). */
  DROPPED,
  /** GB 11643 number: staged as person_key, birth_date and sex, never as the number. */
  ID_NUMBER,
  /** GB 32100 code, upper-cased. */
  CREDIT_CODE,
  /** A code of reference/towns.csv. */
  TOWN,
  /** A task number of the task register (SPEC 2.2 task_progress); else INVALID_NUMBER (SPEC 9). */
  TASK_NO,
  /**
   * A lead unit (牵头单位) of the row's task, the {@link #TASK_NO} column declared before it; else
   * INVALID_ENUM (SPEC 9).
   */
  LEAD_UNIT,
  /** One code of the column's {@link CodeList}. */
  ENUM,
  /** A list of codes split on ';', '、' or ','. */
  CODE_LIST,
  BOOLEAN,
  DATE,
  /** A month, staged as its first day. */
  MONTH,
  /** A four-digit year. */
  YEAR,
  INTEGER,
  DECIMAL
}
