package org.employmentmonitor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.AlertRow.State;

/**
 * The report's view of the alerts (SPEC 7 "Presentation", issue 17): the alerts of one rule and
 * indicator across subjects form one group ("登记失业人员每月跟踪服务覆盖率低于目标：全区及22个镇街…"), so a leader reads a
 * handful of lines instead of one per town. Groups with a red member come first, then groups with a
 * new or worsened member; inside a group red, then new and worsened members come first, otherwise
 * the alert table's order is kept. Resolved alerts are kept apart. alerts.csv stays one row per
 * subject.
 */
final class AlertGroups {
  private AlertGroups() {}

  /** One rule × indicator across its subjects; {@code members} are active alerts only. */
  record Group(String rule, String indicatorId, List<AlertRow> members) {
    Severity severity() {
      return members.stream().map(AlertRow::severity).min(Comparator.naturalOrder()).orElseThrow();
    }

    List<AlertRow> red() {
      return members.stream().filter(a -> a.severity() == Severity.RED).toList();
    }

    long count(Severity s) {
      return members.stream().filter(a -> a.severity() == s).count();
    }

    boolean hasNews() {
      return members.stream().anyMatch(AlertGroups::isNews);
    }

    /** The lead units of the members, in order of first appearance. */
    String leadUnits() {
      LinkedHashSet<String> units = new LinkedHashSet<>();
      for (AlertRow a : members) {
        if (a.leadUnit() != null && !a.leadUnit().isBlank()) {
          units.add(a.leadUnit());
        }
      }
      return String.join("、", units);
    }
  }

  /** New or worsened this period: what a leader has not seen before. */
  static boolean isNews(AlertRow a) {
    return a.state() == State.NEW || a.state() == State.WORSENED;
  }

  /** Red before yellow, then new and worsened first; stable otherwise. */
  static final Comparator<AlertRow> ATTENTION =
      Comparator.comparing(AlertRow::severity).thenComparing(a -> isNews(a) ? 0 : 1);

  /** The active alerts grouped by rule and indicator, most urgent group first. */
  static List<Group> of(List<AlertRow> alerts) {
    Map<List<String>, List<AlertRow>> byKey = new LinkedHashMap<>();
    for (AlertRow a : alerts) {
      if (!a.active()) {
        continue;
      }
      List<String> key = java.util.Arrays.asList(a.rule(), Objects.toString(a.indicatorId(), ""));
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<List<String>, List<AlertRow>> e : byKey.entrySet()) {
      List<AlertRow> members = new ArrayList<>(e.getValue());
      members.sort(ATTENTION);
      groups.add(new Group(e.getKey().get(0), e.getKey().get(1), List.copyOf(members)));
    }
    groups.sort(Comparator.comparing(Group::severity).thenComparing(g -> g.hasNews() ? 0 : 1));
    return groups;
  }

  /** The alerts resolved this period (active last period, not now). */
  static List<AlertRow> resolved(List<AlertRow> alerts) {
    return alerts.stream().filter(a -> !a.active()).toList();
  }

  /** The active alerts of one severity. */
  static long active(List<AlertRow> alerts, Severity s) {
    return alerts.stream().filter(a -> a.active() && a.severity() == s).count();
  }

  /**
   * {@link #title(ReportData, String, String)} of the group; a DATA_QUALITY group without an
   * indicator is named by what its members are (quarantine shares, missing deliveries, unrecognised
   * files: issues 18 and 19 added the last two to the rule).
   */
  static String title(ReportData d, Group g) {
    if ("CEILING".equals(g.rule()) && g.severity() == Severity.YELLOW) {
      return nearCeiling(d, g);
    }
    if ("TASK".equals(g.rule())) {
      boolean red = g.count(Severity.RED) > 0;
      boolean yellow = g.count(Severity.YELLOW) > 0;
      return red && yellow ? "重点任务红色督办、黄色关注" : red ? "重点任务红色督办" : "重点任务黄色关注";
    }
    if (!"DATA_QUALITY".equals(g.rule()) || AlertText.def(g.members().get(0)) != null) {
      return title(d, g.rule(), g.indicatorId());
    }
    java.util.Set<AlertText.QualityKind> kinds = new java.util.HashSet<>();
    g.members().forEach(a -> kinds.add(AlertText.qualityKind(a)));
    if (kinds.size() > 1) {
      return "报送数据质量问题";
    }
    return switch (kinds.iterator().next()) {
      case QUARANTINE -> title(d, g.rule(), g.indicatorId());
      case MISSING -> "数据未报送";
      case UNRECOGNISED -> "报送文件夹中有未识别的文件";
    };
  }

  /**
   * A YELLOW ceiling alert (SPEC 7: the surveyed rate above its 4.5% line, not yet above 5%) says
   * the value approaches the ceiling, never that it exceeds it: "城镇调查失业率接近上限（高于预警线4.5%，目标不高于5%）";
   * the members then give the value ("全区 4.7%").
   */
  private static String nearCeiling(ReportData d, Group g) {
    IndicatorDefinition def = AlertText.def(g.indicatorId());
    TargetSpec spec = def == null ? null : d.config().targets().get(def.configId());
    AlertRow first = g.members().get(0);
    String name = def == null ? "" : def.nameZh();
    String line =
        first.threshold() == null ? "" : "高于预警线" + AlertText.number(first, first.threshold());
    String target = spec == null ? "" : "目标" + TargetText.target(def, spec);
    String inside = line + (line.isEmpty() || target.isEmpty() ? "" : "，") + target;
    return name + "接近上限" + (inside.isEmpty() ? "" : "（" + inside + "）");
  }

  /**
   * What the group is about, in words: "规模性裁员风险", "登记失业人员每月跟踪服务覆盖率低于目标（每月 ≥ 100.0%）", "城镇新增就业人数
   * 滞后于时间进度".
   */
  static String title(ReportData d, String rule, String indicatorId) {
    IndicatorDefinition def = AlertText.def(indicatorId);
    String name = def == null ? "" : def.nameZh();
    TargetSpec spec = def == null ? null : d.config().targets().get(def.configId());
    return switch (rule) {
      case "LAYOFF" -> "规模性裁员风险（单位参保职工减少）";
      case "INSURED_DROP" -> "参保就业人数环比下降";
      case "RECRUITMENT_DROP" -> "招聘岗位数比前几个月月均下降";
      case "TARGET_PROGRESS" -> name + "滞后于时间进度";
      case "RATE" -> name + "低于目标（" + TargetText.target(def, spec) + "）";
      case "CEILING" -> name + "超出上限（" + TargetText.target(def, spec) + "）";
      case "PROJECTION" -> name + "按当前进度全年完不成目标";
      case "DATA_QUALITY" -> def == null ? "报送数据隔离行比例过高" : name;
      case "TASK" -> "重点任务督办";
      default -> AlertText.RULES.getOrDefault(rule, rule) + (name.isEmpty() ? "" : "：" + name);
    };
  }

  /**
   * Who the members are, counted: "全区及22个镇街", "3家单位", "2个镇街". Town-level subjects are the subjects
   * whose key is a town code of the towns list.
   */
  static String extent(ReportData d, Group g) {
    java.util.Set<String> townCodes = new java.util.HashSet<>();
    d.towns().forEach(t -> townCodes.add(t.code()));
    boolean district = false;
    int towns = 0;
    int employers = 0;
    int others = 0;
    for (AlertRow a : g.members()) {
      String key = a.subject() == null ? "" : a.subject().split(" ", 2)[0];
      if (key.equals("DISTRICT") || key.isEmpty()) {
        district = true;
      } else if (g.rule().equals("LAYOFF")) {
        employers++;
      } else if (townCodes.contains(key)) {
        towns++;
      } else {
        others++;
      }
    }
    List<String> parts = new ArrayList<>();
    if (district) {
      parts.add("全区");
    }
    if (towns > 0) {
      parts.add(towns + "个镇街");
    }
    if (employers > 0) {
      parts.add(employers + "家单位");
    }
    if (others > 0) {
      parts.add(others + "项");
    }
    return String.join("及", parts);
  }
}
