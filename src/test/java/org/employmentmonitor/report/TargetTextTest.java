package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.model.Status;
import org.junit.jupiter.api.Test;

class TargetTextTest {
  private static TargetSpec spec(TargetKind kind) {
    return new TargetSpec("x", BigDecimal.ONE, kind, 12, "区人力社保局", "");
  }

  @Test
  void cumulativeTargetsKeepTheirProgressWords() {
    assertEquals("已完成", TargetText.status(spec(TargetKind.CUMULATIVE), Status.MET, 9));
    assertEquals("进度滞后", TargetText.status(spec(TargetKind.CUMULATIVE), Status.AT_RISK, 9));
  }

  @Test
  void aYearEndTargetNotYetDueIsNeverDone() {
    assertEquals("目前已达标", TargetText.status(spec(TargetKind.RATE_DUE), Status.MET, 9));
    assertEquals("已达标", TargetText.status(spec(TargetKind.RATE_DUE), Status.MET, 12));
    assertEquals("暂低于目标", TargetText.status(spec(TargetKind.RATE_DUE), Status.AT_RISK, 9));
    assertEquals("未达标", TargetText.status(spec(TargetKind.RATE_DUE), Status.BEHIND, 12));
  }

  @Test
  void monthlyRatesAndCeilingsAreJudgedForTheMonth() {
    assertEquals("本月达标", TargetText.status(spec(TargetKind.MONTHLY_RATE), Status.MET, 9));
    assertEquals("本月未达标", TargetText.status(spec(TargetKind.MONTHLY_RATE), Status.AT_RISK, 9));
    assertEquals("本月未达标，差距较大", TargetText.status(spec(TargetKind.MONTHLY_RATE), Status.BEHIND, 9));
    assertEquals("本月达标", TargetText.status(spec(TargetKind.CEILING), Status.MET, 9));
    assertEquals("本月超出上限", TargetText.status(spec(TargetKind.CEILING), Status.BREACHED, 9));
    assertEquals("无数据", TargetText.status(spec(TargetKind.CEILING), Status.NOT_AVAILABLE, 9));
  }

  @Test
  void monthsAreShownAsRanges() {
    assertEquals("1—6月", Display.months(java.util.List.of(1, 2, 3, 4, 5, 6)));
    assertEquals("2月、5—6月、9月", Display.months(java.util.List.of(2, 5, 6, 9)));
  }
}
