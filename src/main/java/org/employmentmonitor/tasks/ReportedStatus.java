package org.employmentmonitor.tasks;

/** What a lead unit reports of a task in a month (SPEC 2.2 task_progress {@code status}). */
public enum ReportedStatus {
  DONE("已完成"),
  ON_SCHEDULE("按序时推进"),
  BEHIND("滞后"),
  NOT_STARTED("未启动");

  private final String labelZh;

  ReportedStatus(String labelZh) {
    this.labelZh = labelZh;
  }

  public String labelZh() {
    return labelZh;
  }
}
