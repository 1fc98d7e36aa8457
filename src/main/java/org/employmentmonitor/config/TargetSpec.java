package org.employmentmonitor.config;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One indicator's target as configured: the value (null for {@link TargetKind#NONE}), its kind, the
 * month a {@link TargetKind#RATE_DUE} target falls due, the lead unit (牵头单位) and the task number(s)
 * of the document it comes from.
 */
public record TargetSpec(
    String indicatorId,
    BigDecimal target,
    TargetKind kind,
    int dueMonth,
    String leadUnit,
    String task)
    implements Serializable {

  public boolean hasTarget() {
    return kind != TargetKind.NONE && target != null;
  }
}
