package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.GraduatePlacementRate;
import org.employmentmonitor.indicators.HardshipEmployment;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.indicators.LongTermUnemploymentShare;
import org.employmentmonitor.indicators.NewUrbanEmployment;
import org.employmentmonitor.indicators.ReemploymentOfUnemployed;
import org.employmentmonitor.indicators.SurveyedUnemploymentRate;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.AlertRow.State;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;

/**
 * The opening of the 综述 (issue 29): the sentences a leader quotes, in the style of a 统计分析月报 — each
 * cumulative target with its figure (in 万 from 10,000 on: 1.71万人), 完成率 and the gap to 时间进度 in 个百分点;
 * the national triad beside 城镇新增就业; the surveyed unemployment rate and the graduate placement rate
 * with its evidenced-only rate beside it; 同比 where the table has last year's value; the caveat that
 * moves a headline. Every figure is read from the indicator table.
 *
 * <p>The opening is a list of paragraphs, each from one {@link Paragraph} in {@link #PARAGRAPHS}:
 * another part of the report (target revisions, targets not configured, red tasks) adds its
 * sentence by adding a provider there, without touching the others.
 */
final class Opening {
  private Opening() {}

  /** One paragraph of the opening, or empty when it has nothing to say for this report. */
  @FunctionalInterface
  interface Paragraph {
    Optional<String> text(ReportData d);
  }

  /** The opening's paragraphs, in reading order. Add a provider here to add a sentence. */
  static final List<Paragraph> PARAGRAPHS =
      List.of(Opening::targets, Opening::rates, Opening::caveats, Opening::alerts);

  /** The national indicators read beside 城镇新增就业, by id; absent ones are skipped silently. */
  static final List<String> NATIONAL =
      List.of(
          ReemploymentOfUnemployed.DEFINITION.id(),
          HardshipEmployment.DEFINITION.id(),
          LongTermUnemploymentShare.DEFINITION.id());

  /** What the opening says when the table has no value of last year. */
  static final String NO_YEAR_AGO = "上年同期数据未接入";

  static List<String> paragraphs(ReportData d) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : PARAGRAPHS) {
      p.text(d).filter(s -> !s.isBlank()).ifPresent(out::add);
    }
    return out;
  }

  // ---- cumulative targets ----

  private static Optional<String> targets(ReportData d) {
    int m = d.period().getMonthValue();
    List<String> parts = new ArrayList<>();
    boolean anyYearAgo = false;
    for (IndicatorDefinition def : d.targeted()) {
      TargetSpec spec = d.target(def);
      IndicatorRow r = d.district(def.id());
      if (spec.kind() != TargetKind.CUMULATIVE || r == null || r.value() == null) {
        continue;
      }
      StringBuilder s = new StringBuilder();
      s.append(shortName(def))
          .append(amount(def.unit(), r.value()))
          .append("，完成全年目标")
          .append(amount(def.unit(), spec.target()))
          .append("的")
          .append(Display.percent(r.completion()))
          .append(
              r.completion() != null && r.completion().compareTo(BigDecimal.ONE) >= 0
                  ? "，已完成全年目标"
                  : gap(r.completion(), r.timeProgress()));
      Optional<String> yoy = YearAgo.sentence(r);
      if (yoy.isPresent()) {
        anyYearAgo = true;
        s.append("，").append(yoy.get());
      }
      if (def.id().equals(NewUrbanEmployment.DEFINITION.id())) {
        national(d).ifPresent(n -> s.append("；").append(n));
      }
      parts.add(s.toString());
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    String text = "1—" + m + "月，全区" + String.join("；", parts) + "。";
    if (!anyYearAgo) {
      text += "（" + NO_YEAR_AGO + "，暂无同比。）";
    }
    return Optional.of(text);
  }

  /** "低于时间进度3.9个百分点", "高于时间进度2.0个百分点", "与时间进度持平", from the printed percentages. */
  static String gap(BigDecimal completion, BigDecimal timeProgress) {
    if (completion == null || timeProgress == null) {
      return "";
    }
    BigDecimal diff = shownPercent(completion).subtract(shownPercent(timeProgress));
    if (diff.signum() == 0) {
      return "，与时间进度持平";
    }
    return (diff.signum() < 0 ? "，低于" : "，高于") + "时间进度" + diff.abs().toPlainString() + "个百分点";
  }

  /** A fraction as the percentage the report prints, one decimal: 0.71116667 → 71.1. */
  private static BigDecimal shownPercent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
  }

  /** 失业人员再就业…、就业困难人员实现就业…、长期失业人员占比… where the table has them. */
  private static Optional<String> national(ReportData d) {
    List<String> parts = new ArrayList<>();
    for (String id : NATIONAL) {
      IndicatorRow r = d.district(id);
      if (r == null || r.value() == null) {
        continue;
      }
      String v = r.unit() == Unit.RATIO ? Display.percent(r.value()) : amount(r.unit(), r.value());
      parts.add(r.indicatorName() + v);
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("，", parts));
  }

  // ---- the two rates ----

  private static Optional<String> rates(ReportData d) {
    int m = d.period().getMonthValue();
    List<String> parts = new ArrayList<>();
    IndicatorRow survey = d.district(SurveyedUnemploymentRate.DEFINITION.id());
    if (survey != null && survey.value() != null && survey.target() != null) {
      String s =
          "城镇调查失业率"
              + Display.percent(survey.value())
              + (survey.value().compareTo(survey.target()) <= 0 ? "，控制在" : "，高于")
              + Display.percent(survey.target())
              + "的目标"
              + (survey.value().compareTo(survey.target()) <= 0 ? "以内" : "")
              + monthOnMonth(d, survey);
      parts.add(s);
    }
    IndicatorRow grad = d.district(GraduatePlacementRate.DEFINITION.id());
    if (grad != null && grad.value() != null && grad.target() != null) {
      StringBuilder s = new StringBuilder("离校未就业高校毕业生就业率").append(Display.percent(grad.value()));
      evidencedOnly(d, grad)
          .ifPresent(
              e ->
                  s.append("（剔除")
                      .append(e.without())
                      .append("名无就业登记或参保佐证的毕业生后为")
                      .append(Display.percent(e.rate()))
                      .append("）"));
      BigDecimal diff = shownPercent(grad.target()).subtract(shownPercent(grad.value()));
      TargetSpec spec = d.config().targets().get(GraduatePlacementRate.DEFINITION.id());
      String due = spec == null ? "" : spec.dueMonth() + "月底";
      if (diff.signum() > 0) {
        s.append("，距").append(due).append("目标").append(Display.percent(grad.target()));
        s.append("还差").append(diff.toPlainString()).append("个百分点");
      } else {
        s.append("，已达到").append(due).append("目标").append(Display.percent(grad.target()));
      }
      parts.add(s.toString());
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(m + "月末，全区" + String.join("；", parts) + "。");
  }

  /** "，比上月下降0.1个百分点" for a rate, from the printed percentages; "" without last month. */
  private static String monthOnMonth(ReportData d, IndicatorRow r) {
    if (d.period().getMonthValue() == 1) {
      return "";
    }
    IndicatorRow before =
        d.at(d.period().minusMonths(1).atEndOfMonth(), r.indicatorId(), Scope.DISTRICT, "");
    if (before == null || before.value() == null) {
      return "";
    }
    BigDecimal diff = shownPercent(r.value()).subtract(shownPercent(before.value()));
    if (diff.signum() == 0) {
      return "，与上月持平";
    }
    return (diff.signum() > 0 ? "，比上月上升" : "，比上月下降") + diff.abs().toPlainString() + "个百分点";
  }

  /** The graduate rate counting only graduates with evidence, and how many were left out. */
  record Evidenced(long without, BigDecimal rate) {}

  /**
   * (numerator − reported without evidence) ÷ denominator: the rate if the graduates reported
   * employed without a registration or insurance record were not counted (the sample: (1,070 − 169)
   * ÷ 1,300 = 69.3%). Empty when the table lacks a part or there is no such graduate.
   */
  static Optional<Evidenced> evidencedOnly(ReportData d, IndicatorRow grad) {
    IndicatorRow without = d.district(GraduatePlacementRate.REPORTED_WITHOUT_EVIDENCE.id());
    if (without == null
        || without.value() == null
        || without.value().signum() == 0
        || grad.numerator() == null
        || grad.denominator() == null
        || grad.denominator().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal rate =
        grad.numerator()
            .subtract(without.value())
            .divide(grad.denominator(), Unit.RATIO_DECIMALS, RoundingMode.HALF_EVEN);
    return Optional.of(new Evidenced(without.value().longValueExact(), rate));
  }

  // ---- caveats and alerts ----

  /**
   * The registration-only share of the newly employed, when it is large enough to change how the
   * headline is read (more than a fifth): the graduate caveat sits beside its rate above.
   */
  private static Optional<String> caveats(ReportData d) {
    IndicatorRow newly = d.district(NewUrbanEmployment.NEWLY_EMPLOYED.id());
    IndicatorRow regOnly = d.district(NewUrbanEmployment.CHECK_REGISTRATION_ONLY.id());
    if (newly == null
        || regOnly == null
        || newly.value() == null
        || regOnly.value() == null
        || newly.value().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal share =
        regOnly.value().divide(newly.value(), Unit.RATIO_DECIMALS, RoundingMode.HALF_EVEN);
    if (share.compareTo(new BigDecimal("0.2")) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "数据提示：今年新就业"
            + amount(Unit.PERSONS, newly.value())
            + "中，"
            + amount(Unit.PERSONS, regOnly.value())
            + "（"
            + Display.percent(share)
            + "）只有就业登记、没有参保记录，城镇新增就业等指标可能偏高，建议抽查核实。");
  }

  private static Optional<String> alerts(ReportData d) {
    long red = AlertGroups.active(d.alerts(), Severity.RED);
    long yellow = AlertGroups.active(d.alerts(), Severity.YELLOW);
    List<AlertGroups.Group> groups = AlertGroups.of(d.alerts());
    long redGroups = groups.stream().filter(g -> g.severity() == Severity.RED).count();
    long yellowGroups = groups.size() - redGroups;
    int resolved = AlertGroups.resolved(d.alerts()).size();
    long news =
        d.alerts().stream()
            .filter(a -> a.active() && a.severity() == Severity.RED && a.state() == State.NEW)
            .count();
    long worse =
        d.alerts().stream()
            .filter(a -> a.active() && a.severity() == Severity.RED && a.state() == State.WORSENED)
            .count();
    StringBuilder s = new StringBuilder("本月");
    if (red + yellow == 0) {
      s.append("无预警");
    } else {
      s.append("红色预警").append(redGroups).append("项（").append(red).append("条");
      if (news + worse > 0) {
        s.append("，其中新增").append(news).append("条、加重").append(worse).append("条");
      }
      // the red tasks are named in the 重点任务 paragraph, not in the red list (SummarySection): the
      // count says so, or a reader finds one item fewer in the list than this sentence promises
      long redTasks =
          !TaskSection.rated(d)
              ? 0
              : groups.stream()
                  .filter(g -> "TASK".equals(g.rule()))
                  .mapToLong(g -> g.red().size())
                  .sum();
      if (redTasks > 0) {
        s.append("；含重点任务").append(redTasks).append("条，见下文“重点任务”");
      }
      s.append("），黄色预警").append(yellowGroups).append("项（").append(yellow).append("条）");
    }
    if (resolved > 0) {
      s.append("，已解除").append(resolved).append("条");
    }
    s.append(red > 0 ? "。红色预警需立即处置，责任单位和要求见下。" : "。");
    return Optional.of(s.toString());
  }

  // ---- numbers in official style ----

  /** The name of a count in a sentence: 城镇新增就业人数 → 城镇新增就业 (the figure says 人). */
  static String shortName(IndicatorDefinition def) {
    String n = def.nameZh();
    for (String unit : List.of("人数", "人次")) {
      if (n.endsWith(unit)) {
        return n.substring(0, n.length() - unit.length());
      }
    }
    return n;
  }

  /**
   * A count or an amount as a statistical bulletin writes it: from 10,000 on in 万 with two
   * decimals, trailing zeros dropped (17,068人 → 1.71万人, 24,000人 → 2.4万人), below as a plain number
   * (7459人); amounts in 万元 (61,930,000元 → 6193万元).
   */
  static String amount(Unit unit, BigDecimal v) {
    if (unit == Unit.YUAN) {
      return plain(v.movePointLeft(4).setScale(2, RoundingMode.HALF_UP)) + "万元";
    }
    String label = unit.labelZh();
    if (v.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
      return plain(v.movePointLeft(4).setScale(2, RoundingMode.HALF_UP)) + "万" + label;
    }
    return plain(v.setScale(0, RoundingMode.HALF_UP)) + label;
  }

  /** No thousands separators, no trailing zeros: 8000, 1.71, 2.4. */
  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
