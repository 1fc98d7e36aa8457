package org.employmentmonitor.report;

/**
 * The report's sentence for a year whose targets are not configured (SPEC 4.4): every indicator is
 * computed and reported, none is judged, and the reader is told why and what the bureau does about
 * it. Empty when the year's targets are configured.
 */
final class TargetYearText {
  private TargetYearText() {}

  /** The sentence, or "" when P's year has targets. */
  static String sentence(ReportData d) {
    if (d.config().targetsConfigured()) {
      return "";
    }
    int year = d.period().getYear();
    return year
        + "年度目标尚未配置：各项指标照常计算，但不与目标比较，状态均为“无目标”，完成率和进度预警暂缺；"
        + "待"
        + year
        + "年目标任务下达后，在配置文件中增加 targets: "
        + year
        + " 并重新运行本月。";
  }

  /** The sentence as a paragraph of the 综述, if there is one. */
  static void write(Html h, ReportData d) {
    String s = sentence(d);
    if (!s.isEmpty()) {
      h.el("p", "note", s);
    }
  }
}
