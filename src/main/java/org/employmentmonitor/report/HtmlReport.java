package org.employmentmonitor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code report.html} (SPEC 6, issue 6): the leadership report in Chinese, one self-contained file
 * — styles and SVG charts inline, no script, no font or image fetched, and a Content Security
 * Policy that forbids both — so it opens offline, from a file or an e-mail attachment, and prints
 * on A4.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static final String FILE_NAME = "report.html";

  private static final String CSS_RESOURCE = "report.css";

  /** Nothing may load from anywhere: inline styles and data: images only, no script at all. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  public static String render(ReportData d) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
    h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.raw("<title>").text(d.title()).raw("</title>\n<style>\n").raw(css()).raw("</style></head>\n");
    h.raw("<body><main class=\"page\">");
    masthead(h, d);
    // 正文 (issue 29): the brief of two printed pages — the opening, the progress tables, the red
    // and the new or worsened items, each alert group once.
    h.raw("<div class=\"brief\">");
    SummarySection.write(h, d);
    h.raw("</div>");
    // 附件: everything else, under its own heading, from a new page; the flat alert list is in it.
    h.raw("<div class=\"annex\"><h2 class=\"annex-head\">附件</h2>");
    CaveatSection.write(h, d);
    HeadlineSection.write(h, d);
    TrendSection.write(h, d);
    TownSection.write(h, d);
    BreakdownSection.write(h, d);
    TaskSection.write(h, d); // issue 28: 重点任务推进情况
    QualitySection.write(h, d);
    AppendixSection.write(h, d);
    TaskSection.notices(h, d); // issue 28: one 督办单 per lead unit behind, each on its own page
    h.raw("</div>");
    h.raw("<footer>");
    h.text(
        d.config().districtName() + "就业监测系统生成　·　" + AppendixSection.timeZh(d.run().generatedAt()));
    h.raw("</footer></main></body></html>\n");
    return h.toString();
  }

  private static void masthead(Html h, ReportData d) {
    int m = d.period().getMonthValue();
    h.raw("<header class=\"masthead\">");
    h.el("div", "issuer", d.config().districtName() + "就业工作领导小组办公室");
    h.el("h1", "", d.title());
    if (d.synthetic()) {
      h.el("div", "synthetic", ReportData.SYNTHETIC_NOTE + "：本报告由程序生成的虚构数据计算，不反映任何真实地区、单位或人员。");
    }
    h.el(
        "div",
        "meta",
        "统计期："
            + d.period().getYear()
            + "年1月—"
            + m
            + "月　｜　数据截至"
            + AppendixSection.dateZh(d.monthEnd())
            + "　｜　生成于"
            + AppendixSection.timeZh(d.run().generatedAt()));
    h.raw("</header>");
  }

  static String css() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(CSS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("report stylesheet " + CSS_RESOURCE + " missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
