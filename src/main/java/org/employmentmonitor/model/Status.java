package org.employmentmonitor.model;

/** Where an indicator stands against its target (SPEC 4.5). */
public enum Status {
  MET("已完成"),
  ON_TRACK("进度正常"),
  AT_RISK("进度滞后"),
  BEHIND("严重滞后"),
  BREACHED("超出上限"),
  NO_TARGET("无目标"),
  NOT_AVAILABLE("无数据");

  private final String labelZh;

  Status(String labelZh) {
    this.labelZh = labelZh;
  }

  public String labelZh() {
    return labelZh;
  }
}
