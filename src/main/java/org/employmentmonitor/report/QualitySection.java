package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.ingest.schema.Issue;
import org.employmentmonitor.tasks.Rating;
import org.employmentmonitor.tasks.ReportedStatus;
import org.employmentmonitor.tasks.TaskRow;

/**
 * Section 六: the data-quality summary (SPEC 2.3, 6): the period's own deliveries in detail (rows
 * read, accepted, quarantined by reason, warnings), then every source by month with P's month
 * highlighted. Shares above the DATA_QUALITY alert thresholds are coloured.
 */
final class QualitySection {
  private QualitySection() {}

  static void write(Html h, ReportData d) {
    String p = d.period().toString();
    h.raw("<section id=\"quality\"><h2>五、数据质量</h2>");
    h.el("h3", "", "本月（" + d.period().getYear() + "年" + d.period().getMonthValue() + "月）报送数据");
    h.raw("<table class=\"grid quality keep\">");
    // file names are in 运行信息 (the technical appendix), not here (issue 29)
    h.head("数据来源", "读取行数", "接收行数", "隔离行数", "隔离率", "警告", "隔离原因");
    h.raw("<tbody>");
    long read = 0;
    long accepted = 0;
    long quarantined = 0;
    long warnings = 0;
    for (Extract e : Extracts.MONTHLY) {
      IngestState s = find(d, e.name(), p);
      if (s == null) {
        h.raw("<tr class=\"muted\">").el("td", "", e.titleZh());
        h.raw("<td colspan=\"6\">本月未报送").text(consequence(e));
        h.raw("</td></tr>");
        continue;
      }
      row(h, d.config(), e.titleZh(), s);
      read += s.read;
      accepted += s.accepted;
      quarantined += s.quarantined;
      warnings += s.warnings;
    }
    IngestState towns = find(d, "towns", null);
    if (towns != null) {
      row(h, d.config(), TargetText.source("towns"), towns);
    }
    h.raw("</tbody><tfoot><tr>").el("td", "", "本月合计");
    h.el("td", "num", Display.count(read));
    h.el("td", "num", Display.count(accepted));
    h.el("td", "num", Display.count(quarantined));
    h.el("td", "num", Display.percent(share(quarantined, read), 2));
    h.el("td", "num", Display.count(warnings)).raw("<td></td></tr></tfoot></table>");
    h.el("p", "note", "读取行数 = 接收行数 + 隔离行数。被隔离的行不参与计算，明细可向数据管理员调取，请在源系统更正后重新报送。");
    String unreported = unreportedNote(d);
    if (unreported != null) {
      h.el("p", "note", unreported);
    }
    archivedNote(h, d);
    matrix(h, d);
    h.raw("</section>");
  }

  /**
   * What a missing delivery of P means: a mandatory extract is required; task reports missing mean
   * every lead unit is rated as not having reported (SPEC 4.7, 9), not indicators without data.
   */
  static String consequence(Extract e) {
    if (e.isMandatory()) {
      return "（必报）";
    }
    if (e == Extracts.TASK_PROGRESS) {
      return "，各牵头单位均按本月未报送评级";
    }
    return "，相关指标显示为无数据";
  }

  /**
   * The lead units that sent no report on a task they lead in P, although the task reports of P
   * were delivered (SPEC 4.7): who has not reported, in the register's order, with the number of
   * their tasks without a report. Not a data error: their rows are not quarantined, nothing is
   * missing from the extract; the rating of those tasks says it. Null when every unit reported,
   * when P's task reports were not delivered (the table's row says so) or no task was rated.
   */
  static String unreportedNote(ReportData d) {
    if (find(d, Extracts.TASK_PROGRESS.name(), d.period().toString()) == null) {
      return null;
    }
    Map<String, Integer> units = new LinkedHashMap<>();
    for (TaskRow t : d.tasks()) {
      if (t.rating() == Rating.NO_REPORT || t.rating() == Rating.DONE) {
        continue; // unrated, or done for the year: no report is expected
      }
      for (Map.Entry<String, ReportedStatus> e : t.reported().entrySet()) {
        if (e.getValue() == null) {
          units.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    if (units.isEmpty()) {
      return null;
    }
    List<String> named = new ArrayList<>();
    units.forEach((u, n) -> named.add(u + "（" + n + "项）"));
    return "重点任务进展：本月已报送，但"
        + units.size()
        + "个牵头单位未报送其牵头任务的进展："
        + String.join("、", named)
        + "。未报送属报送不全，不是数据差错，不计入隔离；相关任务已据此评级（本月未报送为黄色关注，连续两月未报送为红色督办），见重点任务推进情况。";
  }

  /**
   * Months used from staging whose file is no longer in the input folder (SPEC 2: kept and counted
   * as delivered, and said so); for a delivery in parts of which only some parts are gone, how many
   * (issue 27; the files are named in 运行信息 and data_quality.csv).
   */
  private static void archivedNote(Html h, ReportData d) {
    List<String> months = new ArrayList<>();
    for (IngestState s : d.quality()) {
      if (s.stagedWithoutInput) {
        months.add(TargetText.source(s.source) + " " + s.extractMonth);
      } else if (!s.partsWithoutInput.isEmpty()) {
        months.add(
            TargetText.source(s.source)
                + " "
                + s.extractMonth
                + "（"
                + s.parts.size()
                + "个分批文件中的"
                + s.partsWithoutInput.size()
                + "个）");
      }
    }
    if (!months.isEmpty()) {
      h.el(
          "p",
          "note",
          "以下数据沿用此前入库的副本，输入目录中已无对应文件（已归档或移出）：" + String.join("、", months) + "。如需撤回某月数据，请按运维文档办理。");
    }
  }

  private static void row(Html h, MonitorConfig config, String title, IngestState s) {
    BigDecimal share = share(s.quarantined, s.read);
    h.raw("<tr>").el("td", "", title);
    h.el("td", "num", Display.count(s.read));
    h.el("td", "num", Display.count(s.accepted));
    h.el("td", "num", Display.count(s.quarantined));
    h.el("td", "num " + level(config, share), Display.percent(share, 2));
    h.el("td", "num", Display.count(s.warnings));
    h.el("td", "", reasons(s)).raw("</tr>");
  }

  /** "身份证号无效 3、日期无效 1"; quarantined rows without a recorded reason are named so. */
  static String reasons(IngestState s) {
    List<String> parts = new ArrayList<>();
    long named = 0;
    for (Map.Entry<String, Long> e : s.byReason.entrySet()) {
      if (e.getValue() == null || e.getValue() == 0) {
        continue;
      }
      String label;
      try {
        label = Issue.valueOf(e.getKey()).labelZh();
      } catch (IllegalArgumentException unknown) {
        label = e.getKey();
      }
      parts.add(label + " " + Display.count(e.getValue()));
      named += e.getValue();
    }
    if (s.quarantined > named) {
      parts.add("原因未记录 " + Display.count(s.quarantined - named));
    }
    return parts.isEmpty() ? "—" : String.join("、", parts);
  }

  /** Every source by month: rows read, and rows quarantined where there are any. */
  private static void matrix(Html h, ReportData d) {
    TreeSet<String> months = new TreeSet<>();
    Map<String, Map<String, IngestState>> bySource = new LinkedHashMap<>();
    for (IngestState s : d.quality()) {
      if (s.extractMonth == null || !s.extractMonth.matches("\\d{4}-\\d{2}")) {
        continue; // the towns list is not monthly
      }
      months.add(s.extractMonth);
      bySource.computeIfAbsent(s.source, k -> new LinkedHashMap<>()).put(s.extractMonth, s);
    }
    if (months.isEmpty()) {
      return;
    }
    String p = d.period().toString();
    h.el("h3", "", "各数据来源逐月读取行数（含隔离行数）");
    h.raw("<table class=\"grid matrix keep\"><thead><tr><th>数据来源</th>");
    for (String m : months) {
      h.raw(m.equals(p) ? "<th class=\"cur\">" : "<th>").text(m).raw("</th>");
    }
    h.raw("</tr></thead><tbody>");
    for (Map.Entry<String, Map<String, IngestState>> e : bySource.entrySet()) {
      h.raw("<tr>").el("td", "", TargetText.source(e.getKey()));
      for (String m : months) {
        IngestState s = e.getValue().get(m);
        String cls = "num" + (m.equals(p) ? " cur" : "");
        if (s == null) {
          h.el("td", cls + " muted", "—");
          continue;
        }
        cls += " " + level(d.config(), share(s.quarantined, s.read));
        h.raw("<td class=\"" + cls.trim() + "\">").text(Display.count(s.read));
        if (s.quarantined > 0) {
          h.raw("<small>隔离 ").text(Display.count(s.quarantined)).raw("</small>");
        }
        h.raw("</td>");
      }
      h.raw("</tr>");
    }
    h.raw("</tbody></table>");
  }

  private static IngestState find(ReportData d, String source, String month) {
    for (IngestState s : d.quality()) {
      if (s.source.equals(source) && (month == null || month.equals(s.extractMonth))) {
        return s;
      }
    }
    return null;
  }

  static BigDecimal share(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 8, RoundingMode.HALF_EVEN);
  }

  /** c-bad above the red threshold, c-warn above the yellow one (SPEC 7 DATA_QUALITY). */
  private static String level(MonitorConfig config, BigDecimal share) {
    if (share == null) {
      return "";
    }
    if (share.compareTo(config.alerts().dataQualityRed()) > 0) {
      return "c-bad";
    }
    return share.compareTo(config.alerts().dataQualityYellow()) > 0 ? "c-warn" : "";
  }
}
