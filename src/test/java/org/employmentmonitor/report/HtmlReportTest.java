package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDef;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.model.Unit;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final ReportData DATA = ReportFixtures.data();
  private static final String HTML = HtmlReport.render(DATA);

  @Test
  void titleFollowsTheDocumentsPattern() {
    assertEquals("永川区稳就业重点任务监测月报（2020年9月）", DATA.title());
    assertTrue(HTML.contains("<title>永川区稳就业重点任务监测月报（2020年9月）</title>"));
    assertTrue(HTML.contains("<h1>永川区稳就业重点任务监测月报（2020年9月）</h1>"));
  }

  /** Every DISTRICT, P month-end, targeted row of indicators.csv, as the report formats it. */
  @Test
  void everyHeadlineValueOfIndicatorsCsvIsShown() {
    List<String> header = IndicatorTable.CSV_HEADER;
    int checked = 0;
    for (IndicatorRow r : DATA.indicators()) {
      List<String> csv = IndicatorTable.toCsv(r);
      if (!csv.get(header.indexOf("scope")).equals("DISTRICT")
          || !csv.get(header.indexOf("month_end")).equals("2020-09-30")
          || csv.get(header.indexOf("target")).isEmpty()) {
        continue;
      }
      String id = csv.get(header.indexOf("indicator_id"));
      Unit unit = Unit.valueOf(csv.get(header.indexOf("unit")).toUpperCase(Locale.ROOT));
      String value = csv.get(header.indexOf("value"));
      String shown = Display.number(id, unit, value.isEmpty() ? null : new BigDecimal(value));
      String card = card(id);
      assertTrue(card.contains(Html.esc(shown)), id + " shows " + shown + " in " + card);
      assertTrue(card.contains(Html.esc(csv.get(header.indexOf("lead_unit")))), id);
      checked++;
    }
    assertEquals(DATA.targeted().size(), checked);
  }

  @Test
  void notAvailableReadsAsNoData() {
    String card = card("surveyed_unemployment_rate");
    assertTrue(card.contains("<div class=\"big\">无数据</div>"), card);
    assertTrue(card.contains("st-not-available"), card);
  }

  @Test
  void cumulativePanelShowsCompletionAgainstTimeProgressAndProjection() {
    String card = card("new_urban_employment");
    IndicatorRow r = DATA.district("new_urban_employment");
    assertTrue(card.contains("完成率 " + Display.percent(r.completion())), card);
    assertTrue(card.contains("时间进度 75.0%"), card);
    assertTrue(
        card.contains(
            "全年预计 " + Display.estimate("new_urban_employment", Unit.PERSONS, r.projection())),
        card);
    assertTrue(card.contains("牵头单位：区人力社保局"), card);
  }

  @Test
  void everyAlertIsShownWithItsLeadUnitRedFirst() {
    for (AlertRow a : DATA.alerts()) {
      assertTrue(HTML.contains(Html.esc(a.message())), a.message());
      assertTrue(HTML.contains(Html.esc(a.subject())), a.subject());
    }
    String alerts = section("alerts");
    int lastRed = alerts.lastIndexOf("<tr class=\"sev-red\">");
    int firstYellow = alerts.indexOf("<tr class=\"sev-yellow\">");
    assertTrue(lastRed > 0 && firstYellow > lastRed, "red alerts come first");
    assertEquals(4, count(alerts, "<td>区人力社保局</td>"));
  }

  /** A RESOLVED row of the lifecycle is neither counted nor listed as an alert: one line. */
  @Test
  void resolvedAlertsAreOneLineNotAlertsOfTheMonth() {
    List<AlertRow> alerts = new java.util.ArrayList<>(ReportFixtures.alerts());
    alerts.add(
        new AlertRow(
                ReportFixtures.PERIOD,
                AlertRow.Severity.RED,
                "RECRUITMENT_DROP",
                "job_postings",
                "500118100 青峰镇",
                new BigDecimal("0.526"),
                new BigDecimal("0.5"),
                "本月未再触发，预警解除（此前自8月起持续1个月，最后为红色）。上月预警：青峰镇…",
                "区人力社保局")
            .withLifecycle(AlertRow.State.RESOLVED, java.time.YearMonth.of(2020, 8), 1));
    String html = HtmlReport.render(ReportFixtures.data(alerts));
    String section = html.substring(html.indexOf("<section id=\"alerts\">"));
    section = section.substring(0, section.indexOf("</section>"));
    assertEquals(2, count(section, "<tr class=\"sev-red\">"), "the two active RED alerts");
    assertFalse(section.contains("本月未再触发"), section);
    assertTrue(section.contains("<p class=\"resolved\">上月预警本月已解除1项：青峰镇招聘岗位下降。</p>"), section);
    assertTrue(html.contains("红色 2条"), "headline counts active alerts only");
    String none = HtmlReport.render(ReportFixtures.data(List.of(alerts.get(alerts.size() - 1))));
    assertTrue(none.contains("本月无预警。"), none);
  }

  @Test
  void noAlertsSaysSo() {
    String html = HtmlReport.render(ReportFixtures.data(List.of()));
    assertTrue(html.contains("本月无预警。"));
  }

  @Test
  void nothingIsFetchedFromAnotherHost() {
    String lower = HTML.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("http://"));
    assertFalse(lower.contains("https://"));
    assertFalse(lower.contains("<img"));
    assertFalse(lower.contains("<link"));
    assertFalse(lower.contains("<script"));
    assertFalse(lower.contains("<iframe"));
    assertFalse(lower.contains("@import"));
    assertFalse(lower.contains("url("));
    Matcher m =
        Pattern.compile("(?:src|href|xlink:href|action)\\s*=\\s*[\"']?([^\"'\\s>]*)")
            .matcher(lower);
    while (m.find()) {
      assertFalse(m.group(1).startsWith("//") || m.group(1).contains(":"), m.group());
    }
    assertFalse(Pattern.compile("[\"'(=]\\s*//").matcher(lower).find(), "protocol-relative URL");
    assertTrue(HTML.contains("Content-Security-Policy\" content=\"default-src 'none'"));
  }

  @Test
  void hostileEmployerNameStaysText() {
    assertFalse(HTML.toLowerCase(Locale.ROOT).contains("<script"));
    assertTrue(HTML.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co."));
    assertFalse(HTML.contains("& Co."), "a bare ampersand from the data");
  }

  @Test
  void hostileTownNameStaysText() {
    List<Towns.Town> towns = new ArrayList<>(ReportFixtures.TOWNS);
    towns.set(0, new Towns.Town("500118001", "<img src=x onerror=alert(1)>镇", "TOWN"));
    ReportData d =
        new ReportData(
            ReportFixtures.PERIOD,
            ReportFixtures.CONFIG,
            DATA.indicators(),
            DATA.alerts(),
            DATA.quality(),
            towns,
            DATA.run());
    String html = HtmlReport.render(d);
    assertFalse(html.contains("<img"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;镇"));
  }

  @Test
  void everyTownIsListedTownsBehindFirst() {
    String towns = section("towns");
    for (Towns.Town t : ReportFixtures.TOWNS) {
      assertTrue(towns.contains("<td>" + t.name() + "</td>"), t.name());
    }
    assertTrue(towns.contains("<tr class=\"flag\">"));
    assertTrue(
        towns.indexOf("<tr class=\"flag\">") < towns.indexOf("<tr>", towns.indexOf("<tbody>")));
    assertTrue(towns.contains("<td>全区</td>"));
  }

  @Test
  void groupsFormsAndProgrammesAreBrokenDown() {
    String groups = section("groups");
    for (String label : List.of("高校毕业生", "返乡农民工", "单位就业", "灵活就业", "电商培训", "岗位技能提升")) {
      assertTrue(groups.contains("<td>" + label + "</td>"), label);
    }
  }

  @Test
  void dataQualityHighlightsThePeriodAndNamesReasons() {
    String q = section("quality");
    assertTrue(q.contains("<th class=\"cur\">2020-09</th>"));
    assertTrue(q.contains("镇街代码未知 8"));
    assertTrue(q.contains("日期无效 1、原因未记录 1"), "quarantined rows without a recorded reason");
    assertTrue(q.contains("10,012"));
    assertTrue(q.contains("本月未报送"), "an optional extract missing in P's folder");
  }

  @Test
  void appendixDefinesEveryIndicatorAndNamesTheRun() {
    String a = section("appendix");
    for (IndicatorDef d : IndicatorCatalog.ALL) {
      assertTrue(a.contains("<small class=\"code\">" + d.id() + "</small>"), d.id());
      assertTrue(a.contains(Html.esc(IndicatorDefinitions.of(d.id()))), d.id());
    }
    assertTrue(a.contains("20201005T020000Z_abcd"));
    assertTrue(a.contains("2020-10-05 10:03:00（北京时间）"));
    assertTrue(a.contains("/data/input"));
  }

  @Test
  void printsOnA4WithoutCuttingTables() {
    assertTrue(HTML.contains("@page { size: A4"));
    assertTrue(HTML.contains("@media print"));
    assertTrue(HTML.contains("break-inside: avoid"));
    assertTrue(HTML.contains("thead { display: table-header-group; }"));
    assertTrue(HTML.contains("\"Noto Sans CJK SC\""));
    assertTrue(HTML.contains("\"Microsoft YaHei\""));
  }

  @Test
  void chartsAreInlineSvgOnePerTarget() {
    String trends = section("trends");
    assertEquals(DATA.targeted().size(), count(trends, "<svg class=\"chart\""));
    assertTrue(trends.contains("<polyline"));
  }

  // ---- helpers ----

  /** The headline panel of one indicator. */
  private static String card(String id) {
    String name = IndicatorCatalog.byId(id).nameZh();
    int start = HTML.indexOf("<span class=\"name\">" + name + "</span><span class=\"badge");
    assertTrue(start > 0, "a panel for " + id);
    int end = HTML.indexOf("<div class=\"card ", start);
    int cardsEnd = HTML.indexOf("</div><h3>", start);
    if (end < 0 || (cardsEnd > 0 && cardsEnd < end)) {
      end = cardsEnd;
    }
    return HTML.substring(start, end);
  }

  private static String section(String id) {
    int start = HTML.indexOf("<section id=\"" + id + "\">");
    assertTrue(start >= 0, id);
    return HTML.substring(start, HTML.indexOf("</section>", start));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
