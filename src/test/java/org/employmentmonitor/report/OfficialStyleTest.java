package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Official style (issue 29): no Latin word — file or folder name, indicator code, machine word —
 * anywhere in the report a leader reads, outside the technical appendix (运行信息). Data that comes in
 * Latin letters (an employer's name) is the data's; the fixture here has none.
 */
public class OfficialStyleTest {
  /**
   * Two or more Latin letters not part of an identifier with digits (a credit code is not a word).
   */
  private static final Pattern LATIN =
      Pattern.compile("(?<![0-9A-Za-z])[A-Za-z]{2,}(?![0-9A-Za-z])");

  public static List<String> latinWordsOutsideTheTechnicalAppendix(String html) {
    String body =
        html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<head>.*?</head>", "");
    int tech = body.indexOf("运行信息（技术附录）");
    if (tech >= 0) {
      int end = body.indexOf("</section>", tech);
      body = body.substring(0, tech) + (end < 0 ? "" : body.substring(end));
    }
    String text = body.replaceAll("(?s)<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<");
    List<String> out = new ArrayList<>();
    Matcher m = LATIN.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 20);
      out.add(
          m.group() + " … " + text.substring(from, Math.min(text.length(), m.end() + 20)).strip());
    }
    return out;
  }

  @Test
  void noLatinWordOutsideTheTechnicalAppendix() {
    String html = HtmlReport.render(ReportFixtures.data(List.of()));
    List<String> found = latinWordsOutsideTheTechnicalAppendix(html);
    assertEquals(List.of(), found, "Latin words outside 运行信息");
    // the check itself sees what it must: a file name outside the appendix is listed
    assertFalse(latinWordsOutsideTheTechnicalAppendix("<p>见 alerts.csv</p>").isEmpty());
    assertTrue(html.contains("运行信息（技术附录）"));
  }

  @Test
  void officialWordsForTargetsDatesAndTheRegistrationProxy() {
    String html = HtmlReport.render(ReportFixtures.data(List.of()));
    assertTrue(html.contains("全年不低于2.4万人"), "targets in words");
    assertTrue(html.contains("每月不低于100%"));
    assertTrue(html.contains("全年不低于8000万元"));
    assertTrue(html.contains("数据截至2020年9月30日"));
    assertFalse(html.contains("≥"), "no ≥ in the report");
    assertFalse(html.contains("≤"));
    assertTrue(html.contains("登记失业人员占比（参考口径）"));
    assertFalse(html.contains("登记失业率（参考）"));
    // the proxy stays out of the brief
    String brief =
        html.substring(
            html.indexOf("<div class=\"brief\">"), html.indexOf("<div class=\"annex\">"));
    assertFalse(brief.contains("登记失业人员占比"), "the proxy is not in the brief");
    assertTrue(
        html.indexOf("<h2 class=\"annex-head\">附件</h2>") > html.indexOf("<div class=\"brief\">"));
  }

  @Test
  void syntheticInputSaysSoInTheTitleBlock() {
    ReportData plain = ReportFixtures.data(List.of());
    assertFalse(HtmlReport.render(plain).contains(ReportData.SYNTHETIC_NOTE));
    ReportData.RunInfo r = plain.run();
    ReportData synthetic =
        new ReportData(
            plain.period(),
            plain.config(),
            plain.indicators(),
            plain.alerts(),
            plain.quality(),
            plain.towns(),
            new ReportData.RunInfo(
                r.runId(), r.startedAt(), r.generatedAt(), r.input(), r.configSource(), true));
    String html = HtmlReport.render(synthetic);
    int title = html.indexOf("</h1>");
    assertTrue(html.indexOf("演示数据（虚构）", title) - title < 80, "right under the title");
  }
}
