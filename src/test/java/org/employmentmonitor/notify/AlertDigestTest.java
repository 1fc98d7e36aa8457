package org.employmentmonitor.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.AlertRow.State;
import org.junit.jupiter.api.Test;

/** The group-chat digest of a month's alerts, on hand-made rows. */
class AlertDigestTest {
  private static final YearMonth SEPTEMBER = YearMonth.of(2020, 9);

  private static AlertRow a(
      Severity s, String rule, String indicator, String subject, String message, State state) {
    return new AlertRow(
            SEPTEMBER,
            s,
            rule,
            indicator,
            subject,
            BigDecimal.ONE,
            BigDecimal.ONE,
            message,
            "区人力社保局")
        .withLifecycle(state, state == State.NEW ? SEPTEMBER : YearMonth.of(2020, 8), 1);
  }

  @Test
  void redAndNewOrWorseAlertsAreGroupedByRuleAndIndicator() {
    List<AlertRow> alerts =
        List.of(
            a(Severity.RED, "LAYOFF", null, "91500118MA0000001K 双石精密*机械", "参保职工减少81人", State.NEW),
            a(Severity.RED, "RATE", "unemployed_follow_up_rate", "DISTRICT", "m1", State.WORSENED),
            a(
                Severity.RED,
                "RATE",
                "unemployed_follow_up_rate",
                "500118001 中山路街道",
                "m2",
                State.ONGOING),
            a(
                Severity.YELLOW,
                "RECRUITMENT_DROP",
                "job_postings",
                "500118103 何埂镇",
                "岗位减少47.7%",
                State.NEW),
            a(
                Severity.YELLOW,
                "RATE",
                "graduate_placement_rate",
                "DISTRICT",
                "ongoing yellow",
                State.ONGOING),
            a(
                Severity.YELLOW,
                "DATA_QUALITY",
                null,
                "recruitment/2020-09",
                "隔离2.0%",
                State.WORSENED),
            a(
                Severity.RED,
                "RECRUITMENT_DROP",
                "job_postings",
                "500118100 青峰镇",
                "上月",
                State.RESOLVED),
            a(
                Severity.YELLOW,
                "RECRUITMENT_DROP",
                "job_postings",
                "500118005 大安街道",
                "上月",
                State.RESOLVED));

    AlertDigest.Message m = AlertDigest.of(alerts, SEPTEMBER, "永川区");

    assertEquals("永川区稳就业监测预警（2020年9月）", m.title());
    assertEquals(5, m.itemsSent());
    assertEquals(
        "### 永川区稳就业监测预警（2020年9月）\n"
            + "红色预警**3**项（新增1、加重1），黄色预警3项（新增1、加重1），已解除2项。\n"
            + "\n**红色预警**\n"
            + "- 双石精密＊机械【新增】：参保职工减少81人（牵头单位：区人力社保局）\n"
            + "- 登记失业人员每月跟踪服务覆盖率（比率未达目标）：全区及1个镇街——全区【加重】、中山路街道（牵头单位：区人力社保局）\n"
            + "\n**黄色预警（新增或加重）**\n"
            + "- 何埂镇【新增】：岗位减少47.7%（牵头单位：区人力社保局）\n"
            + "- 招聘岗位 2020年9月【加重】：隔离2.0%（牵头单位：区人力社保局）\n"
            + "\n已解除：招聘岗位下降2项。\n"
            + "\n完整清单见 reports/2020-09/alerts.csv 和 report.html。",
        m.markdown());
  }

  @Test
  void nothingRedNewOrWorseMeansNothingToSend() {
    assertNull(
        AlertDigest.of(
            List.of(
                a(
                    Severity.YELLOW,
                    "RATE",
                    "graduate_placement_rate",
                    "DISTRICT",
                    "m",
                    State.ONGOING),
                a(Severity.RED, "LAYOFF", null, "X 公司", "m", State.RESOLVED)),
            SEPTEMBER,
            "永川区"));
  }

  @Test
  void aLongMonthFitsTheRobotLimitAndCountsWhatItLeftOut() {
    List<AlertRow> alerts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      alerts.add(
          a(
              Severity.RED,
              "LAYOFF",
              null,
              "91500118MA00000" + i + " 某某有限公司" + i,
              "参保职工由8月的468人降至9月的387人，减少81人（下降17.3%），存在规模性裁员风险，请核实并指导企业依法依规做好职工安置",
              State.NEW));
      alerts.add(
          a(Severity.RED, "RATE", "indicator_" + i, "500118" + i + " 镇" + i, "m", State.NEW));
    }
    AlertDigest.Message m = AlertDigest.of(alerts, SEPTEMBER, "永川区");
    int bytes = m.markdown().getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes <= AlertDigest.MAX_BYTES, bytes + " bytes");
    java.util.regex.Matcher left =
        java.util.regex.Pattern.compile("……另有(\\d+)组预警未列出（消息长度限制）。").matcher(m.markdown());
    assertTrue(left.find(), m.markdown());
    long shown = m.markdown().lines().filter(l -> l.startsWith("- ")).count();
    assertTrue(shown > 10, m.markdown());
    assertEquals(61, shown + Integer.parseInt(left.group(1)), "every group shown or counted");
    assertTrue(m.markdown().contains("- 疑似规模性裁员：60家单位——某某有限公司0【新增】"), m.markdown());
    assertTrue(m.markdown().contains("某某有限公司9【新增】等（牵头单位：区人力社保局）"), m.markdown());
    assertTrue(m.markdown().endsWith("完整清单见 reports/2020-09/alerts.csv 和 report.html。"));
  }
}
