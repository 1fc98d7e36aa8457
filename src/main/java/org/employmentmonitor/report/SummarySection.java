package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.AlertRow.State;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Status;

/**
 * 综述, the first printed page and the first screen (issue 17): a few sentences, every red alert
 * (grouped by rule and indicator, new and worsened first, each with its lead unit), the resolved
 * alerts in one line, the cumulative targets with this month's increment, the gap, the monthly pace
 * now needed and the pace of the last three months, and the rate and ceiling targets with how many
 * months of the year missed them. A leader who reads only this page knows what to act on.
 */
final class SummarySection {
  private SummarySection() {}

  static void write(Html h, ReportData d) {
    h.raw("<section id=\"summary\"><h2>综述</h2>");
    List<AlertGroups.Group> groups = AlertGroups.of(d.alerts());
    lede(h, d);
    TargetYearText.write(h, d); // issue 26: a year without targets says so
    RevisionText.write(h, d); // issue 26: revised month-ends of the headline indicators
    TaskSection.opening(h, d); // issue 28: the counts and the red tasks
    red(h, d, groups);
    yellowNews(h, d, groups);
    resolved(h, d);
    cumulative(h, d);
    rates(h, d);
    h.raw("</section>");
  }

  /** The opening's paragraphs ({@link Opening}), the sentences a leader quotes. */
  private static void lede(Html h, ReportData d) {
    for (String p : Opening.paragraphs(d)) {
      h.el("p", "lede", p);
    }
  }

  /** Every red alert, grouped; the group names its subjects. */
  private static void red(Html h, ReportData d, List<AlertGroups.Group> groups) {
    // Ranked by their red members only: a yellow newcomer does not lift a lasting red group.
    // The red tasks are named once, in the 重点任务 paragraph above (TaskSection.opening, with their
    // lead units and reasons): the list does not repeat them (issue 29, docs/report.md).
    boolean tasksAbove = TaskSection.rated(d);
    List<AlertGroups.Group> red =
        groups.stream()
            .filter(g -> g.severity() == Severity.RED)
            .filter(g -> !(tasksAbove && "TASK".equals(g.rule())))
            .sorted(
                Comparator.comparing(g -> g.red().stream().anyMatch(AlertGroups::isNews) ? 0 : 1))
            .toList();
    h.raw("<h3>红色预警（需立即处置）</h3>");
    if (red.isEmpty()) {
      boolean redTasks = tasksAbove && groups.stream().anyMatch(g -> g.severity() == Severity.RED);
      h.el("p", "", redTasks ? "除上述重点任务外，本月无红色预警。" : "本月无红色预警。");
      return;
    }
    h.raw("<ol class=\"red-items\">");
    for (AlertGroups.Group g : red) {
      List<AlertRow> members = g.red();
      h.raw(members.stream().anyMatch(AlertGroups::isNews) ? "<li class=\"news\">" : "<li>");
      groupTag(h, members);
      AlertGroups.Group reds = new AlertGroups.Group(g.rule(), g.indicatorId(), members);
      h.el("b", "", AlertGroups.title(d, reds));
      h.text("：");
      if (members.size() > 1) {
        h.text(AlertGroups.extent(d, reds) + "——");
      }
      h.text(members(members));
      List<String> responsible = Expectation.responsible(members);
      String units =
          (responsible.isEmpty() ? "" : "责任单位：" + String.join("、", responsible) + "；")
              + "牵头单位："
              + reds.leadUnits()
              + "；要求："
              + Expectation.of(d, g.rule(), g.indicatorId());
      h.el("span", "lead", units);
      h.raw("</li>");
    }
    h.raw("</ol>");
  }

  /**
   * The yellow groups with a new or worsened member and no red one, one line each with only those
   * members (issue 29: the brief names what changed; every alert is in the 附件's list).
   */
  private static void yellowNews(Html h, ReportData d, List<AlertGroups.Group> groups) {
    // A PROJECTION of a target that already has a TARGET_PROGRESS alert says the same thing (the
    // one projection agrees with the status): the progress item and its 要求 stand for both.
    java.util.Set<String> behind = new java.util.HashSet<>();
    for (AlertRow a : d.alerts()) {
      if (a.active() && "TARGET_PROGRESS".equals(a.rule())) {
        behind.add(a.indicatorId());
      }
    }
    List<AlertGroups.Group> news =
        groups.stream()
            .filter(g -> g.severity() == Severity.YELLOW && g.hasNews())
            .filter(g -> !("PROJECTION".equals(g.rule()) && behind.contains(g.indicatorId())))
            .toList();
    if (news.isEmpty()) {
      return;
    }
    h.raw("<h3>新增或加重的黄色预警</h3><ul class=\"yellow-items\">");
    for (AlertGroups.Group g : news) {
      List<AlertRow> members = g.members().stream().filter(AlertGroups::isNews).toList();
      AlertGroups.Group changed = new AlertGroups.Group(g.rule(), g.indicatorId(), members);
      h.raw("<li>");
      groupTag(h, members);
      h.el("b", "", AlertGroups.title(d, changed));
      h.text("：");
      if (members.size() > 1) {
        h.text(AlertGroups.extent(d, changed) + "——");
      }
      h.text(members(members));
      h.el("span", "lead", "牵头单位：" + changed.leadUnits());
      h.raw("</li>");
    }
    h.raw("</ul>");
  }

  /** "新增" / "加重" / "持续" tag of a group, from its most newsworthy member. */
  private static void groupTag(Html h, List<AlertRow> members) {
    State state =
        members.stream()
            .map(AlertRow::state)
            .min(Comparator.comparingInt(SummarySection::rank))
            .orElse(State.ONGOING);
    h.el("span", "tag " + state.name().toLowerCase(java.util.Locale.ROOT), state.labelZh());
  }

  private static int rank(State s) {
    return switch (s) {
      case NEW -> 0;
      case WORSENED -> 1;
      case IMPROVED -> 2;
      case ONGOING -> 3;
      case RESOLVED -> 4;
    };
  }

  /**
   * Page one's compact list: "全区 94.9%、中山路街道 93.7%" when every member is in the same state (the
   * group's tag says which), else one run per state, news first: "加重：全区 94.9%；持续：中山路街道 93.7%". The
   * 附件's list (附录一) gives each member its own since/months.
   */
  static String members(List<AlertRow> members) {
    java.util.Map<State, List<String>> byState = new java.util.EnumMap<>(State.class);
    for (AlertRow a : members) {
      byState
          .computeIfAbsent(a.state(), k -> new ArrayList<>())
          .add(AlertText.subject(a.subject()) + " " + AlertText.measured(a));
    }
    if (byState.size() == 1) {
      return String.join("、", byState.values().iterator().next());
    }
    List<String> runs = new ArrayList<>();
    for (State s : List.of(State.NEW, State.WORSENED, State.IMPROVED, State.ONGOING)) {
      if (byState.containsKey(s)) {
        runs.add(s.labelZh() + "：" + String.join("、", byState.get(s)));
      }
    }
    return String.join("；", runs);
  }

  /** "本月已解除：…" when alerts were resolved this period (page one). */
  private static void resolved(Html h, ReportData d) {
    List<AlertRow> resolved = AlertGroups.resolved(d.alerts());
    if (resolved.isEmpty()) {
      return;
    }
    h.raw("<p class=\"resolved\"><b>本月已解除" + resolved.size() + "条：</b>");
    h.text(resolvedList(d, resolved)).raw("</p>");
  }

  /**
   * "青峰镇招聘岗位数比前3个月月均降幅已收窄至12.0%；全区城镇调查失业率回落至4.4%（预警线4.5%）。": each resolved alert named by the
   * problem that ended and where its value stands now ({@link ResolvedText}, issue 29).
   */
  static String resolvedList(ReportData d, List<AlertRow> resolved) {
    List<String> parts = new ArrayList<>();
    for (AlertRow a : resolved) {
      parts.add(ResolvedText.of(d, a));
    }
    return String.join("；", parts) + "。";
  }

  /** Cumulative targets: behind the calendar first, with increment, gap, needed and recent pace. */
  private static void cumulative(Html h, ReportData d) {
    int m = d.period().getMonthValue();
    List<IndicatorDefinition> defs = new ArrayList<>();
    for (IndicatorDefinition def : d.targeted()) {
      if (d.target(def).kind() == TargetKind.CUMULATIVE) {
        defs.add(def);
      }
    }
    if (defs.isEmpty()) {
      return;
    }
    defs.sort(Comparator.comparing(def -> TargetText.lagging(status(d, def)) ? 0 : 1));
    h.raw("<h3 id=\"pace-head\">累计目标：进度与所需月均</h3>");
    h.raw("<div class=\"scroll\"><table class=\"grid pace\"><thead><tr>");
    h.el("th", "", "指标");
    h.raw("<th>1—").text(m + "月").raw("<wbr>累计</th><th>全年<wbr>目标</th>");
    h.raw("<th>完成率<small>时间进度 ")
        .text(
            Display.percent(
                d.district(defs.get(0).id()) == null
                    ? null
                    : d.district(defs.get(0).id()).timeProgress()))
        .raw("</small></th>");
    h.raw("<th>本月新增</th><th>近").text(Pace.RECENT_MONTHS + "个月").raw("<wbr>月均</th>");
    h.raw("<th>剩余").text((12 - m) + "个月").raw("<wbr>每月需</th>");
    h.raw("<th>全年预计<small>按1—").text(m + "月月均").raw("</small></th>");
    h.raw("<th>状态</th><th>牵头单位</th></tr></thead><tbody>");
    for (IndicatorDefinition def : defs) {
      TargetSpec spec = d.target(def);
      IndicatorRow r = d.district(def.id());
      Status s = status(d, def);
      Pace p = Pace.of(d, def.id(), spec.target());
      String id = def.id();
      h.raw(TargetText.lagging(s) ? "<tr class=\"behind\">" : "<tr>");
      td(h, "", "", def.nameZh());
      td(h, "num", "累计", Display.brief(id, def.unit(), r == null ? null : r.value()));
      td(h, "num", "全年目标", Display.brief(id, def.unit(), spec.target()));
      td(h, "num", "完成率", Display.percent(r == null ? null : r.completion()));
      td(h, "num", "本月新增", p == null ? Display.NOT_AVAILABLE : signed(id, def, p.thisMonth()));
      td(
          h,
          "num",
          "近" + Pace.RECENT_MONTHS + "个月月均",
          p == null ? Display.NOT_AVAILABLE : Display.brief(id, def.unit(), p.recentMonthly()));
      String needed;
      if (p == null || p.gap() == null) {
        needed = Display.NOT_AVAILABLE;
      } else if (p.gap().signum() == 0) {
        needed = "已完成";
      } else if (p.neededMonthly() == null) {
        needed = "差" + Display.brief(id, def.unit(), p.gap());
      } else {
        needed = Display.brief(id, def.unit(), p.neededMonthly());
      }
      td(h, "num" + (p != null && p.recentTooSlow() ? " c-bad" : ""), "每月需", needed);
      h.raw("<td class=\"num\" data-label=\"全年预计\">");
      BigDecimal projection = r == null ? null : r.projection();
      if (projection == null) {
        h.text(Display.NOT_AVAILABLE);
      } else {
        h.raw(short_(projection, spec) ? "<span class=\"short\">" : "<span>");
        h.text(Display.brief(id, def.unit(), projection)).raw("</span>");
      }
      h.raw("</td>");
      h.raw("<td data-label=\"状态\">")
          .el("span", "chip " + TargetText.css(s), TargetText.status(spec, s, m));
      h.raw("</td>");
      td(h, "", "牵头单位", spec.leadUnit());
      h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
    h.el(
        "p",
        "note",
        "近"
            + Pace.RECENT_MONTHS
            + "个月月均 =（本月累计 − "
            + Pace.RECENT_MONTHS
            + "个月前累计）÷ "
            + Pace.RECENT_MONTHS
            + "；剩余每月需 =（全年目标 − 本月累计）÷ 剩余月数；全年预计 = 本月累计 ÷ 已过月数 × 12，"
            + "与预警所用方法相同。红字：近期月均低于所需月均。");
  }

  /**
   * A cell with its column's name in {@code data-label}: below 600 px the progress tables stack,
   * one block per indicator, each value after its label (issue 29), so nothing scrolls sideways.
   */
  private static void td(Html h, String cls, String label, String text) {
    h.raw("<td");
    if (!cls.isEmpty()) {
      h.raw(" class=\"" + cls + "\"");
    }
    if (!label.isEmpty()) {
      h.raw(" data-label=\"" + Html.esc(label) + "\"");
    }
    h.raw(">").text(text).raw("</td>");
  }

  private static boolean short_(BigDecimal projection, TargetSpec spec) {
    return projection != null && projection.compareTo(spec.target()) < 0;
  }

  private static String signed(String id, IndicatorDefinition def, BigDecimal v) {
    if (v == null) {
      return Display.NOT_AVAILABLE;
    }
    return (v.signum() > 0 ? "+" : "") + Display.brief(id, def.unit(), v);
  }

  private static Status status(ReportData d, IndicatorDefinition def) {
    IndicatorRow r = d.district(def.id());
    return r == null ? Status.NOT_AVAILABLE : r.status();
  }

  /** Rates and ceilings: this month against the target, and the months of the year that missed. */
  private static void rates(Html h, ReportData d) {
    int m = d.period().getMonthValue();
    List<IndicatorDefinition> defs = new ArrayList<>();
    for (IndicatorDefinition def : d.targeted()) {
      if (d.target(def).kind() != TargetKind.CUMULATIVE) {
        defs.add(def);
      }
    }
    if (defs.isEmpty()) {
      return;
    }
    defs.sort(Comparator.comparing(def -> TargetText.lagging(status(d, def)) ? 0 : 1));
    h.raw("<h3 id=\"rates-head\">比率与上限目标</h3>");
    h.raw("<div class=\"scroll\"><table class=\"grid rates\">");
    h.head("指标", m + "月", "目标", "状态", "今年未达标的月份", "牵头单位");
    h.raw("<tbody>");
    for (IndicatorDefinition def : defs) {
      TargetSpec spec = d.target(def);
      IndicatorRow r = d.district(def.id());
      Status s = status(d, def);
      h.raw(TargetText.lagging(s) ? "<tr class=\"behind\">" : "<tr>");
      td(h, "", "", def.nameZh());
      td(h, "num", m + "月", Display.value(def.id(), def.unit(), r == null ? null : r.value()));
      td(h, "", "目标", TargetText.target(def, spec));
      h.raw("<td data-label=\"状态\">")
          .el("span", "chip " + TargetText.css(s), TargetText.status(spec, s, m));
      h.raw("</td>");
      td(h, "", "今年未达标月份", record(d, def, spec));
      td(h, "", "牵头单位", spec.leadUnit());
      h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
  }

  /** "9个月中6个月（1—6月）", "无", or for a rate due in December "12月底考核". */
  static String record(ReportData d, IndicatorDefinition def, TargetSpec spec) {
    if (spec.kind() == TargetKind.RATE_DUE) {
      return spec.dueMonth() + "月底考核";
    }
    ReportData.MonthRecord rec = d.monthRecord(def.id());
    if (rec.judged() == 0) {
      return Display.NOT_AVAILABLE;
    }
    if (rec.missed().isEmpty()) {
      return "无（" + rec.judged() + "个月均达标）";
    }
    return rec.judged() + "个月中" + rec.missed().size() + "个月（" + Display.months(rec.missed()) + "）";
  }
}
