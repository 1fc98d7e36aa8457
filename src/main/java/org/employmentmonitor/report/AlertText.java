package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.employmentmonitor.alerts.DataQualityRule;
import org.employmentmonitor.alerts.Subjects;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.model.AlertRow;

/**
 * An alert as a leader reads it (issue 17): the subject's Chinese name instead of its machine key,
 * the value and threshold in the unit of what they measure, the rule in words. alerts.csv keeps the
 * machine keys and the raw numbers; only the report translates.
 */
final class AlertText {
  private AlertText() {}

  /** Chinese names of the alert rules; an unknown rule is shown by its code. */
  static final Map<String, String> RULES =
      Map.of(
          "TARGET_PROGRESS", "目标进度",
          "RATE", "比率目标",
          "CEILING", "上限指标",
          "PROJECTION", "全年预测",
          "LAYOFF", "规模性裁员",
          "INSURED_DROP", "参保人数下降",
          "RECRUITMENT_DROP", "招聘岗位下降",
          "TASK", "重点任务",
          "DATA_QUALITY", "数据质量");

  static String rule(AlertRow a) {
    return RULES.getOrDefault(a.rule(), a.rule());
  }

  /**
   * The subject for people: the name when there is one, 全区 for {@code DISTRICT}, the extract's
   * Chinese title and month for {@code source/YYYY-MM} ({@link Subjects#label}, which the alert
   * messages and the webhook digest use too), 全区 for an empty subject.
   */
  static String subject(String subject) {
    return subject == null || subject.isBlank() ? "全区" : Subjects.label(subject);
  }

  /** What the rule's value and threshold measure, so both are shown in that unit. */
  enum Measure {
    SHARE,
    PERSONS,
    FILES,
    INDICATOR,
    PLAIN
  }

  /** The kinds of DATA_QUALITY alert without an indicator (docs/alerts.md). */
  enum QualityKind {
    /** quarantined ÷ read of a source-month above its line */
    QUARANTINE,
    /** an extract not delivered (a missing month, an optional extract gone): no value */
    MISSING,
    /** files of P's folder that are no extract: value = their number */
    UNRECOGNISED
  }

  /** The kind of a DATA_QUALITY alert without an indicator. */
  static QualityKind qualityKind(AlertRow a) {
    String key = a.subject() == null ? "" : Subjects.key(a.subject());
    if (key.startsWith(DataQualityRule.UNRECOGNISED + "/")) {
      return QualityKind.UNRECOGNISED;
    }
    return a.value() == null ? QualityKind.MISSING : QualityKind.QUARANTINE;
  }

  /** What the alert's value and threshold measure (the workbook formats its cells by it). */
  static Measure measureOf(AlertRow a) {
    return measure(a);
  }

  /** True when the alert's value is in its indicator's own unit (rate, ceiling, projection). */
  static boolean isIndicatorMeasure(AlertRow a) {
    return measure(a) == Measure.INDICATOR;
  }

  private static Measure measure(AlertRow a) {
    return switch (a.rule()) {
      case "TARGET_PROGRESS", "INSURED_DROP", "RECRUITMENT_DROP" -> Measure.SHARE;
      case "LAYOFF" -> Measure.PERSONS;
      case "RATE", "CEILING", "PROJECTION" -> Measure.INDICATOR;
      case "DATA_QUALITY" ->
          def(a) != null
              ? Measure.INDICATOR
              : qualityKind(a) == QualityKind.UNRECOGNISED ? Measure.FILES : Measure.SHARE;
      default -> def(a) == null ? Measure.PLAIN : Measure.INDICATOR;
    };
  }

  /**
   * A value or threshold of the alert in its unit: completion and drop shares as percentages,
   * layoffs in persons, an indicator's value (rate, ceiling, projection) in the indicator's unit
   * (estimates rounded to whole persons), data-quality shares with two decimals.
   */
  static String number(AlertRow a, BigDecimal v) {
    if (v == null) {
      return "—";
    }
    IndicatorDefinition def = def(a);
    return switch (measure(a)) {
      case SHARE -> Display.percent(v, "DATA_QUALITY".equals(a.rule()) ? 2 : 1);
      case PERSONS -> Display.count(v.setScale(0, RoundingMode.HALF_UP)) + "人";
      case FILES -> Display.count(v.setScale(0, RoundingMode.HALF_UP)) + "个文件";
      case INDICATOR -> Display.estimate(def.id(), def.unit(), v);
      case PLAIN -> Display.plain(v);
    };
  }

  /**
   * The alert's value with the word that says what it is: "减少81人", "下降7.8%", "完成率71.1%",
   * "预计22,757人", or the value alone for a rate or a ceiling ("93.7%", "2户").
   */
  static String measured(AlertRow a) {
    String v = number(a, a.value());
    return switch (a.rule()) {
      case "LAYOFF" -> "减少" + v;
      case "INSURED_DROP", "RECRUITMENT_DROP" -> "下降" + v;
      case "TARGET_PROGRESS" -> "完成率" + v;
      case "PROJECTION" -> "预计" + v;
      case "TASK" -> "本年" + v + "个月";
      case "DATA_QUALITY" ->
          def(a) != null
              ? v
              : switch (qualityKind(a)) {
                case QUARANTINE -> "隔离" + v;
                case MISSING -> "未报送";
                case UNRECOGNISED -> v + "未读取";
              };
      default -> v;
    };
  }

  /** "7.8% / 3.0%": value and threshold for tables. */
  static String valueAndThreshold(AlertRow a) {
    return number(a, a.value()) + " / " + number(a, a.threshold());
  }

  static IndicatorDefinition def(AlertRow a) {
    return def(a.indicatorId());
  }

  /** The indicator of {@code indicatorId}, or null for none or one this build does not know. */
  static IndicatorDefinition def(String indicatorId) {
    if (indicatorId == null || indicatorId.isEmpty()) {
      return null;
    }
    try {
      return IndicatorCatalog.byId(indicatorId);
    } catch (IllegalArgumentException unknown) {
      return null; // an indicator this build does not know
    }
  }
}
