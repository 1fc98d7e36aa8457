package org.employmentmonitor.alerts;

/**
 * The alert rules of SPEC 7, in the order the alert table lists them within a severity: the targets
 * first, then the labour-market risks, then the data. The enum name is the {@code rule} column.
 */
public enum AlertRule {
  /** A cumulative target behind the calendar (SPEC 4.5): {@link TargetRules}. */
  TARGET_PROGRESS("目标进度滞后"),
  /** A rate below its target, due in December or every month: {@link TargetRules}. */
  RATE("比率未达目标"),
  /** A ceiling exceeded: {@link TargetRules}, {@link SurveyCeiling}. */
  CEILING("超出上限"),
  /** Year-end run-rate projection below a cumulative target: {@link ProjectionRule}. */
  PROJECTION("全年预计难以完成"),
  /** 规模性裁员 at one employer (tasks 9, 50, 65): {@link LayoffRule}. */
  LAYOFF("疑似规模性裁员"),
  /** Insured persons down month on month: {@link InsuredDropRule}. */
  INSURED_DROP("参保人数下降"),
  /** Positions posted down against the months before: {@link RecruitmentDropRule}. */
  RECRUITMENT_DROP("招聘岗位下降"),
  /** A task of the document rated RED or YELLOW (SPEC 4.7; issue 28): {@link TaskRule}. */
  TASK("重点任务督办"),
  /** An extract that cannot be fully trusted: {@link DataQualityRule}. */
  DATA_QUALITY("数据质量");

  private final String labelZh;

  AlertRule(String labelZh) {
    this.labelZh = labelZh;
  }

  public String labelZh() {
    return labelZh;
  }
}
