package org.employmentmonitor.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.model.Status;

/** 附录: each indicator's definition and sources, how statuses are judged, and the run's facts. */
final class AppendixSection {
  private AppendixSection() {}

  /** Times are shown in the bureau's own zone. */
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

  static void write(Html h, ReportData d) {
    h.raw("<section id=\"appendix\"><h2>附录</h2>");
    AlertSection.table(h, d);
    definitions(h, d);
    statuses(h, d.config());
    run(h, d);
    h.raw("</section>");
  }

  private static void definitions(Html h, ReportData d) {
    h.el("h3", "", "二、指标口径与数据来源");
    h.raw("<table class=\"grid defs\">");
    h.head("指标", "口径", "目标", "数据来源", "牵头单位");
    h.raw("<tbody>");
    for (IndicatorDefinition def : IndicatorCatalog.ALL) {
      TargetSpec spec = d.config().targets().get(def.configId());
      h.raw(def.isSubIndicator() ? "<tr class=\"sub\"><td>" : "<tr><td>");
      h.text(TargetText.name(def)).raw("</td>");
      h.el("td", "", def.definitionZh());
      h.el("td", "", def.isSubIndicator() ? "—" : TargetText.target(def, spec));
      List<String> sources = new ArrayList<>();
      for (String s : def.sources()) {
        sources.add(TargetText.source(s));
      }
      h.el("td", "", String.join("、", sources));
      h.el("td", "", spec == null ? "" : spec.leadUnit()).raw("</tr>");
    }
    h.raw("</tbody></table>");
  }

  private static void statuses(Html h, MonitorConfig c) {
    String cum = Display.points(c.cumulativeBehindMargin());
    String rate = Display.points(c.monthlyRateBehindMargin());
    h.el("h3", "", "三、完成状态的判定");
    h.raw("<table class=\"grid keep\">");
    h.head("状态", "判定规则");
    h.raw("<tbody>");
    status(h, Status.MET, "已达到目标（上限类指标：未超出上限）。");
    status(h, Status.ON_TRACK, "累计指标完成率不低于时间进度（月份 ÷ 12）；年底达标的比率在年底前已达到目标。");
    status(h, Status.AT_RISK, "累计指标完成率低于时间进度；年底达标的比率在年底前低于目标；每月达标的比率低于目标。");
    status(
        h, Status.BEHIND, "累计指标完成率比时间进度低" + cum + "以上；年底达标的比率到期仍低于目标；每月达标的比率比目标低" + rate + "以上。");
    status(h, Status.BREACHED, "上限类指标超出上限。");
    status(h, Status.NOT_AVAILABLE, "所需数据本月未报送，或分母为零。");
    h.raw("</tbody></table>");
    h.el(
        "p",
        "note",
        "报告正文按目标类型措辞：累计目标用“已完成 / 进度正常 / 进度滞后 / 严重滞后”；年底考核的比率在到期前用“目前已达标 / 暂低于目标”，"
            + "从不写“已完成”；每月考核的比率和上限类指标按当月判定，写“本月达标 / 本月未达标 / 本月超出上限”，并注明今年有几个月未达标。");
  }

  private static void status(Html h, Status s, String rule) {
    h.raw("<tr><td>").el("span", "chip " + TargetText.css(s), s.labelZh()).raw("</td>");
    h.el("td", "", rule).raw("</tr>");
  }

  private static void run(Html h, ReportData d) {
    ReportData.RunInfo run = d.run();
    h.el("h3", "", "四、运行信息（技术附录）");
    h.raw("<table class=\"grid facts keep\"><tbody>");
    fact(h, "运行编号", run.runId());
    fact(h, "统计期", d.period() + "（数据截至 " + d.monthEnd() + "）");
    fact(h, "运行开始", time(run.startedAt()));
    fact(h, "报告生成", time(run.generatedAt()));
    fact(h, "输入目录", run.input());
    fact(h, "目标与阈值配置", run.configSource());
    long files = 0;
    long rows = 0;
    for (IngestState s : d.quality()) {
      files += s.parts == null || s.parts.isEmpty() ? 1 : s.parts.size(); // a delivery in parts
      rows += s.read;
    }
    fact(h, "输入文件", files + " 个，共读取 " + Display.count(rows) + " 行");
    h.raw("</tbody></table>");
    List<IngestState> current = new ArrayList<>();
    for (IngestState s : d.quality()) {
      if (d.period().toString().equals(s.extractMonth) || "towns".equals(s.source)) {
        current.add(s);
      }
    }
    if (!current.isEmpty()) {
      h.raw("<table class=\"grid inputs keep\">");
      h.head("本月输入文件", "大小（字节）", "编码", "SHA-256（前16位）");
      h.raw("<tbody>");
      for (IngestState s : current) {
        h.raw("<tr>").el("td", "file", s.file).el("td", "num", Display.count(s.size));
        h.el("td", "", s.encoding);
        String sha = s.sha256 == null ? "" : s.sha256.substring(0, Math.min(16, s.sha256.length()));
        h.el("td", "file", sha).raw("</tr>");
      }
      h.raw("</tbody></table>");
    }
    h.el("p", "note", "全部输入文件（含历史月份）的大小、校验和与各步骤耗时见同目录的 manifest.json。");
  }

  private static void fact(Html h, String label, String value) {
    h.raw("<tr>").el("th", "", label).el("td", "", value).raw("</tr>");
  }

  static String time(Instant t) {
    return t == null ? "" : TIME.format(t) + "（北京时间）";
  }

  private static final DateTimeFormatter DATE_TIME_ZH =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(BEIJING);

  /** A moment as an official document writes it: 2020年10月5日 10:03 (Beijing time). */
  static String timeZh(Instant t) {
    return t == null ? "" : DATE_TIME_ZH.format(t);
  }

  /** A date as an official document writes it: 2020年9月30日. */
  static String dateZh(java.time.LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
