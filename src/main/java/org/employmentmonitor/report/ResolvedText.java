package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.employmentmonitor.alerts.Subjects;
import org.employmentmonitor.alerts.SurveyCeiling;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.tasks.TaskRow;

/**
 * A resolved alert named by the problem that ended and where its value stands now (issue 29:
 * "青峰镇招聘岗位数降幅已收窄至12.0%"), read off this run's own tables: the indicator table for target, rate,
 * ceiling, projection, insured and recruitment alerts, the data-quality counts for the quarantine
 * share, the task table for a task. The RESOLVED row itself keeps its last active month's value
 * (docs/alerts.md); only the report says where the value is now. Where the run has no current value
 * (a layoff: an employer is no cell of the indicator table) the sentence says what ended without
 * one (docs/report.md).
 */
final class ResolvedText {
  private ResolvedText() {}

  /** A cell without a value at P: the alert ended for want of data, not because it was met. */
  static final String NO_DATA = "本月无数据，预警未再触发";

  static String of(ReportData d, AlertRow a) {
    String who = AlertText.subject(a.subject());
    IndicatorDefinition def = AlertText.def(a);
    String name = def == null ? "" : def.nameZh();
    IndicatorRow now = def == null ? null : cell(d, def.id(), a, 0);
    BigDecimal v = now == null ? null : now.value();
    return switch (a.rule()) {
      case "TARGET_PROGRESS" ->
          now == null || now.completion() == null
              ? who + name + NO_DATA
              : who
                  + name
                  + "已追上时间进度（完成率"
                  + Display.percent(now.completion())
                  + "，时间进度"
                  + Display.percent(now.timeProgress())
                  + "）";
      case "RATE" ->
          v == null
              ? who + name + NO_DATA
              : who + name + "已达到目标（" + Display.value(def.id(), def.unit(), v) + "）";
      case "CEILING" -> ceiling(d, who, def, a, v);
      case "PROJECTION" ->
          now == null || now.projection() == null
              ? who + name + NO_DATA
              : who
                  + name
                  + "全年预计已达到目标（预计"
                  + Display.estimate(def.id(), def.unit(), now.projection())
                  + "）";
      case "INSURED_DROP" -> drop(d, who, def, a, 1);
      case "RECRUITMENT_DROP" -> drop(d, who, def, a, d.config().alerts().recruitmentDropMonths());
      case "LAYOFF" -> who + "参保职工本月未再大幅减少，规模性裁员风险解除";
      case "TASK" -> task(d, a);
      case "DATA_QUALITY" -> quality(d, a, def);
      default -> who + AlertText.rule(a) + "预警本月未再触发";
    };
  }

  /**
   * "城镇调查失业率回落至4.4%（预警线4.5%）" — the surveyed rate's yellow line, the one it is now below, even when
   * the alert that ended was red (its threshold then the 5% line) — "松溉镇零就业家庭已清零".
   */
  private static String ceiling(
      ReportData d, String who, IndicatorDefinition def, AlertRow a, BigDecimal v) {
    String name = def == null ? "" : def.nameZh();
    if (v == null) {
      return who + name + NO_DATA;
    }
    if (v.signum() == 0 && a.threshold() != null && a.threshold().signum() == 0) {
      return who + name + "已清零";
    }
    BigDecimal below =
        SurveyCeiling.INDICATOR.equals(def.id())
            ? d.config().alerts().surveyYellowAbove()
            : a.threshold();
    String line = below == null ? "" : "（预警线" + AlertText.number(a, below) + "）";
    return who + name + "回落至" + Display.value(def.id(), def.unit(), v) + line;
  }

  /**
   * The drop now, as the rule measures it: (mean of the {@code months} before P − P) ÷ that mean,
   * from the indicator's cells at those month-ends. "降幅已收窄至0.4%" or "已回升（本月45个，前3个月月均40个）".
   */
  private static String drop(
      ReportData d, String who, IndicatorDefinition def, AlertRow a, int months) {
    String name = def == null ? "" : def.nameZh();
    String ended = who + name + (months == 1 ? "环比" : "") + "降幅已回到预警线以内";
    if (def == null) {
      return ended;
    }
    IndicatorRow now = cell(d, def.id(), a, 0);
    if (now == null || now.value() == null) {
      return who + name + NO_DATA;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int back = 1; back <= months; back++) {
      IndicatorRow r = cell(d, def.id(), a, back);
      if (r == null || r.value() == null) {
        return ended;
      }
      sum = sum.add(r.value());
    }
    if (sum.signum() <= 0) {
      return ended;
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(months), 10, RoundingMode.HALF_EVEN);
    BigDecimal share = mean.subtract(now.value()).divide(mean, 10, RoundingMode.HALF_EVEN);
    String base = months == 1 ? "" : "比前" + months + "个月月均";
    if (share.signum() > 0) {
      return who + name + base + (months == 1 ? "环比" : "") + "降幅已收窄至" + Display.percent(share);
    }
    return who
        + name
        + (months == 1 ? "已止跌回升（本月" : "已回升（本月")
        + Display.value(def.id(), def.unit(), now.value())
        + (months == 1 ? "，上月" : "，前" + months + "个月月均")
        + Display.value(def.id(), def.unit(), mean.setScale(0, RoundingMode.HALF_UP))
        + "）";
  }

  private static String task(ReportData d, AlertRow a) {
    String key = Subjects.key(a.subject());
    for (TaskRow t : d.tasks()) {
      if (String.valueOf(t.taskNo()).equals(key)) {
        String what = "任务" + t.taskNo() + "（" + t.title() + "）";
        return switch (t.rating()) {
          case DONE -> what + "已完成";
          case GREEN -> what + "已转为正常推进";
          default -> what + "本月" + t.rating().labelZh();
        };
      }
    }
    return "任务" + AlertText.subject(a.subject()) + "解除督办";
  }

  private static String quality(ReportData d, AlertRow a, IndicatorDefinition def) {
    if (def != null) {
      return def.nameZh() + "的数据问题本月未再出现";
    }
    String label = AlertText.subject(a.subject());
    return switch (AlertText.qualityKind(a)) {
      case MISSING -> label + "已报送";
      case UNRECOGNISED -> "报送文件夹中未识别的文件已清理";
      case QUARANTINE -> {
        // the previous period's own month is judged again on P's own delivery (the alert's identity
        // is its source, docs/alerts.md); an earlier month's problem on that month as it stands now
        String key = Subjects.key(a.subject());
        int slash = key.indexOf('/');
        String source = slash < 0 ? key : key.substring(0, slash);
        YearMonth month = d.period();
        try {
          YearMonth named = YearMonth.parse(key.substring(slash + 1));
          month = named.equals(d.period().minusMonths(1)) ? d.period() : named;
        } catch (RuntimeException noMonth) {
          // keep P
        }
        IngestState s = find(d, source, month);
        if (s == null || s.read == 0) {
          yield label + "隔离行比例过高的问题本月未再出现";
        }
        String when =
            month.equals(d.period())
                ? "本月"
                : " " + month.getYear() + "年" + month.getMonthValue() + "月";
        BigDecimal share = QualitySection.share(s.quarantined, s.read);
        yield TargetText.source(source) + when + "隔离行比例降至" + Display.percent(share, 2);
      }
    };
  }

  private static IngestState find(ReportData d, String source, YearMonth month) {
    for (IngestState s : d.quality()) {
      if (s.source.equals(source) && month.toString().equals(s.extractMonth)) {
        return s;
      }
    }
    return null;
  }

  /** The alert's cell (DISTRICT or its town) {@code back} month-ends before P's. */
  private static IndicatorRow cell(ReportData d, String id, AlertRow a, int back) {
    String key = Subjects.key(a.subject());
    boolean district = key.isEmpty() || Subjects.DISTRICT.equals(key);
    return d.at(
        d.period().minusMonths(back).atEndOfMonth(),
        id,
        district ? Scope.DISTRICT : Scope.TOWN,
        district ? "" : key);
  }
}
