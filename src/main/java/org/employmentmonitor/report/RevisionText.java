package org.employmentmonitor.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.model.RevisionRow;
import org.employmentmonitor.model.Scope;

/**
 * The report's words for revised figures (SPEC 6 revisions.csv, issue 26): which month-ends of the
 * headline indicators changed since last month's report, from what to what, and why — "8月城镇新增就业由
 * 14,805人修订为14,817人，系9月补报参保记录" — and how many other cells changed. The headline indicators are
 * those with a target in P's year (all headline indicators in a year without targets), at most
 * {@value #MAX_CLAUSES} named.
 */
final class RevisionText {
  private RevisionText() {}

  static final int MAX_CLAUSES = 6;

  /** The sentence, or "" when nothing published was revised. */
  static String sentence(ReportData d) {
    List<RevisionRow> rows = d.revisions();
    if (rows.isEmpty()) {
      return "";
    }
    Set<String> headline = new HashSet<>();
    for (IndicatorDefinition def : d.targeted()) {
      headline.add(def.id());
    }
    if (headline.isEmpty()) {
      for (IndicatorDefinition def : IndicatorCatalog.ALL) {
        if (!def.isSubIndicator()) {
          headline.add(def.id());
        }
      }
    }
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    int named = 0;
    int more = 0;
    for (RevisionRow r : rows) {
      if (r.scope() != Scope.DISTRICT || !headline.contains(r.indicatorId())) {
        continue;
      }
      if (named == MAX_CLAUSES) {
        more++;
        continue;
      }
      byReason
          .computeIfAbsent(reason(r.reason(), d.period()), k -> new ArrayList<>())
          .add(clause(r, d.period()));
      named++;
    }
    StringBuilder s = new StringBuilder("数据修订：");
    List<String> parts = new ArrayList<>();
    byReason.forEach((why, clauses) -> parts.add(String.join("，", clauses) + "，系" + why));
    s.append(String.join("；", parts));
    int others = rows.size() - named - more;
    if (named > 0) {
      if (more > 0) {
        s.append("；另有").append(more).append("项全区主要指标修订");
      }
      s.append("。");
      if (others > 0) {
        s.append("另有").append(others).append("个镇街、群体或其他指标的数据修订。");
      }
    } else {
      s.append("较上月报告，").append(rows.size()).append("个镇街、群体或其他指标的数据有修订（全区主要指标未变）。");
    }
    s.append("明细见本月报表工作簿的「修订」表。");
    return s.toString();
  }

  /** "8月城镇新增就业由14,805人修订为14,817人". */
  static String clause(RevisionRow r, YearMonth period) {
    return month(YearMonth.from(r.monthEnd()), period)
        + r.indicatorName()
        + "由"
        + Display.value(r.indicatorId(), r.unit(), r.previousValue())
        + "修订为"
        + Display.value(r.indicatorId(), r.unit(), r.value());
  }

  /** A reason of revisions.csv in words: "9月补报参保记录", "8月参保缴费明细重新报送", joined by "、". */
  static String reason(String reason, YearMonth period) {
    if (reason == null || reason.isBlank()) {
      return "原因未记录";
    }
    switch (reason) {
      case "deliveries_unchanged":
        return "报送数据未变，系程序或配置调整后重新计算";
      case "deliveries_unknown":
        return "上月运行记录（manifest.json）缺失，无法判定报送变化";
      default:
        break;
    }
    List<String> out = new ArrayList<>();
    for (String token : reason.split("; ")) {
      int space = token.indexOf(' ');
      int slash = token.indexOf('/');
      if (space < 0 || slash < space) {
        out.add(token);
        continue;
      }
      String cause = token.substring(0, space);
      String source = token.substring(space + 1, slash);
      YearMonth m = YearMonth.parse(token.substring(slash + 1));
      String when = month(m, period);
      out.add(
          switch (cause) {
            case "redelivered" -> when + TargetText.source(source) + "重新报送";
            case "withdrawn" -> when + TargetText.source(source) + "撤回";
            case "delivered_late" -> when + TargetText.source(source) + "补充报送";
            case "dated_back" -> when + "补报" + records(source);
            default -> token;
          });
    }
    return String.join("、", out);
  }

  /** What a delivery's rows dated back are called: 参保记录, 就业失业登记记录, …. */
  private static String records(String source) {
    return switch (source) {
      case "social_insurance" -> "参保记录";
      default -> TargetText.source(source) + "记录";
    };
  }

  /** "8月", or "2019年12月" for a month of another year than P's. */
  static String month(YearMonth m, YearMonth period) {
    return (m.getYear() == period.getYear() ? "" : m.getYear() + "年") + m.getMonthValue() + "月";
  }

  /** The sentence as a paragraph of the 综述, if there is one. */
  static void write(Html h, ReportData d) {
    String s = sentence(d);
    if (!s.isEmpty()) {
      h.el("p", "note", s);
    }
  }
}
