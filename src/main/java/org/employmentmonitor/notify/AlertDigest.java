package org.employmentmonitor.notify;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.employmentmonitor.alerts.AlertRule;
import org.employmentmonitor.alerts.Subjects;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.AlertRow.State;

/**
 * The month's alerts as one short markdown message for a group chat (docs/alerts.md "Delivery"): a
 * count line, then every RED alert and the NEW or WORSENED YELLOW ones, one line per group of one
 * rule and indicator (towns listed inside it), then one line for the resolved ones. Subjects are
 * Chinese names; the message holds only what alerts.csv holds (no personal data), and it fits the
 * robots' 4,096-byte limit: groups that do not fit are counted, never silently dropped.
 */
public final class AlertDigest {
  /** Below the enterprise-WeChat limit of 4,096 UTF-8 bytes, with room for the footer. */
  static final int MAX_BYTES = 4000;

  /** How many subjects a group line names before "等N个". */
  static final int NAMES_SHOWN = 10;

  private AlertDigest() {}

  /** The digest's title and markdown body. */
  public record Message(String title, String markdown, int itemsSent) {}

  /** {@code period}'s digest, or null when there is no RED, NEW or WORSENED alert to send. */
  public static Message of(List<AlertRow> alerts, YearMonth period, String district) {
    List<AlertRow> sent = new ArrayList<>();
    Map<String, Integer> resolved = new LinkedHashMap<>();
    int red = 0;
    int yellow = 0;
    Map<Severity, Map<State, Integer>> counts = new EnumMap<>(Severity.class);
    for (AlertRow a : alerts) {
      if (!a.active()) {
        resolved.merge(ruleLabel(a.rule()), 1, Integer::sum);
        continue;
      }
      counts
          .computeIfAbsent(a.severity(), s -> new EnumMap<>(State.class))
          .merge(a.state(), 1, Integer::sum);
      if (a.severity() == Severity.RED) {
        red++;
      } else {
        yellow++;
      }
      if (a.severity() == Severity.RED || changed(a)) {
        sent.add(a);
      }
    }
    if (sent.isEmpty()) {
      return null;
    }
    String month = period.getYear() + "年" + period.getMonthValue() + "月";
    String title = district + "稳就业监测预警（" + month + "）";
    StringBuilder head = new StringBuilder();
    head.append("### ").append(safe(title)).append('\n');
    head.append("红色预警**")
        .append(red)
        .append("**项")
        .append(newAndWorse(counts.get(Severity.RED)))
        .append("，黄色预警")
        .append(yellow)
        .append("项")
        .append(newAndWorse(counts.get(Severity.YELLOW)));
    int resolvedTotal = resolved.values().stream().mapToInt(Integer::intValue).sum();
    if (resolvedTotal > 0) {
      head.append("，已解除").append(resolvedTotal).append("项");
    }
    head.append("。\n");

    Map<GroupKey, List<AlertRow>> groups = new LinkedHashMap<>();
    for (AlertRow a : sent) {
      groups.computeIfAbsent(GroupKey.of(a), k -> new ArrayList<>()).add(a);
    }
    List<Map.Entry<GroupKey, List<AlertRow>>> ordered = new ArrayList<>(groups.entrySet());
    // within a severity, groups holding a new or worsened alert first (stable otherwise)
    ordered.sort(
        java.util.Comparator.comparing(
                (Map.Entry<GroupKey, List<AlertRow>> g) -> g.getKey().severity())
            .thenComparing(g -> g.getValue().stream().noneMatch(AlertDigest::changed)));
    List<String> lines = new ArrayList<>();
    Severity section = null;
    for (Map.Entry<GroupKey, List<AlertRow>> g : ordered) {
      if (g.getKey().severity() != section) {
        section = g.getKey().severity();
        lines.add(section == Severity.RED ? "\n**红色预警**" : "\n**黄色预警（新增或加重）**");
      }
      lines.add(line(g.getValue()));
    }
    StringBuilder tail = new StringBuilder();
    if (resolvedTotal > 0) {
      tail.append("\n已解除：");
      List<String> parts = new ArrayList<>();
      resolved.forEach((rule, n) -> parts.add(rule + n + "项"));
      tail.append(String.join("、", parts)).append("。\n");
    }
    tail.append("\n完整清单见 reports/").append(period).append("/alerts.csv 和 report.html。");

    StringBuilder body = new StringBuilder(head);
    int shownGroups = 0;
    for (String l : lines) {
      String candidate = l + "\n";
      if (bytes(body) + bytes(candidate) + bytes(tail) + 60 > MAX_BYTES) {
        break;
      }
      body.append(candidate);
      if (!l.startsWith("\n**")) {
        shownGroups++;
      }
    }
    int left = groups.size() - shownGroups;
    if (left > 0) {
      body.append("……另有").append(left).append("组预警未列出（消息长度限制）。\n");
    }
    body.append(tail);
    // every sent alert is in exactly one group
    return new Message(title, body.toString(), sent.size());
  }

  private static String newAndWorse(Map<State, Integer> byState) {
    if (byState == null) {
      return "";
    }
    int fresh = byState.getOrDefault(State.NEW, 0);
    int worse = byState.getOrDefault(State.WORSENED, 0);
    if (fresh == 0 && worse == 0) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (fresh > 0) {
      parts.add("新增" + fresh);
    }
    if (worse > 0) {
      parts.add("加重" + worse);
    }
    return "（" + String.join("、", parts) + "）";
  }

  /**
   * One group: a single alert shows its own message; several show the rule, the indicator, how many
   * subjects and their names with their state.
   */
  static String line(List<AlertRow> group) {
    AlertRow first = group.get(0);
    String what = ruleLabel(first.rule());
    if (first.indicatorId() != null) {
      what = indicatorName(first.indicatorId()) + "（" + what + "）";
    }
    if (group.size() == 1) {
      return "- "
          + safe(Subjects.label(first.subject()))
          + mark(first.state())
          + "："
          + safe(first.message())
          + "（牵头单位："
          + safe(first.leadUnit())
          + "）";
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < group.size() && i < NAMES_SHOWN; i++) {
      AlertRow a = group.get(i);
      names.add(safe(Subjects.label(a.subject())) + mark(a.state()));
    }
    String more = group.size() > NAMES_SHOWN ? "等" : "";
    List<String> units = group.stream().map(AlertRow::leadUnit).distinct().toList();
    return "- "
        + safe(what)
        + "："
        + howMany(group)
        + "——"
        + String.join("、", names)
        + more
        + "（牵头单位："
        + safe(String.join("、", units))
        + "）";
  }

  /** {@code 全区及10个镇街}, {@code 3家单位}, {@code 2个数据来源}. */
  static String howMany(List<AlertRow> group) {
    String rule = group.get(0).rule();
    if (AlertRule.LAYOFF.name().equals(rule)) {
      return group.size() + "家单位";
    }
    if (AlertRule.DATA_QUALITY.name().equals(rule)) {
      return group.size() + "项数据";
    }
    long district =
        group.stream().filter(a -> Subjects.DISTRICT.equals(Subjects.key(a.subject()))).count();
    long towns = group.size() - district;
    if (district == 0) {
      return towns + "个镇街";
    }
    return towns == 0 ? "全区" : "全区及" + towns + "个镇街";
  }

  private static boolean changed(AlertRow a) {
    return changed(a.state());
  }

  private static boolean changed(State s) {
    return s == State.NEW || s == State.WORSENED;
  }

  private static String mark(State s) {
    return changed(s) ? "【" + s.labelZh() + "】" : "";
  }

  private static String ruleLabel(String rule) {
    try {
      return AlertRule.valueOf(rule).labelZh();
    } catch (IllegalArgumentException e) {
      return rule;
    }
  }

  private static String indicatorName(String id) {
    try {
      return IndicatorCatalog.byId(id).nameZh();
    } catch (IllegalArgumentException e) {
      return id;
    }
  }

  /**
   * Text from the data (employer names) cannot change the markdown: the characters the robots treat
   * as markup become their full-width forms.
   */
  static String safe(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '*', '_', '`', '[', ']', '<', '>', '#', '~', '|' -> b.append((char) (c + 0xFEE0));
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static int bytes(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  private record GroupKey(Severity severity, String rule, String indicatorId) {
    static GroupKey of(AlertRow a) {
      return new GroupKey(a.severity(), a.rule(), Objects.requireNonNullElse(a.indicatorId(), ""));
    }
  }
}
