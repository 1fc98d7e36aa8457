package org.employmentmonitor.tasks;

/** A task's rating at a month-end (SPEC 4.7). */
public enum Rating {
  /** Every lead unit reported DONE at some month-end of the year: stays so for the year. */
  DONE("已完成"),
  RED("红色督办"),
  YELLOW("黄色关注"),
  GREEN("正常推进"),
  /** Before the year's first task_progress delivery: not rated. */
  NO_REPORT("未报送");

  private final String labelZh;

  Rating(String labelZh) {
    this.labelZh = labelZh;
  }

  public String labelZh() {
    return labelZh;
  }
}
