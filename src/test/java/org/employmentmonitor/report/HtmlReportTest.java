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
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.model.Scope;
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
    // one projection, indicators.csv's (17,073 × 12 ÷ 9 = 22,764), the one the alert judges
    assertTrue(
        card.contains(
            "全年预计（按1—9月月均）"
                + Display.estimate("new_urban_employment", Unit.PERSONS, r.projection())),
        card);
    assertTrue(card.contains("22,764人，低于目标"), card);
    assertFalse(card.contains("按近3个月"), "no second projection");
    // 1,897 a month in the fixture: (24,000 − 17,073) ÷ 3 = 2,309 a month still needed.
    assertTrue(card.contains("剩余3个月每月需 2,309人（近期月均 1,897人）"), card);
    assertTrue(card.contains("牵头单位：区人力社保局"), card);
  }

  @Test
  void everyAlertIsListedInTheAppendixWithItsLeadUnitRedFirst() {
    String appendix = section("appendix");
    for (AlertRow a : DATA.alerts()) {
      assertTrue(appendix.contains(Html.esc(a.message())), a.message());
      assertTrue(
          appendix.contains("<td>" + Html.esc(AlertText.subject(a.subject())) + "</td>"),
          a.subject());
    }
    int lastRed = appendix.lastIndexOf("<tr class=\"sev-red\">");
    int firstYellow = appendix.indexOf("<tr class=\"sev-yellow\">");
    assertTrue(lastRed > 0 && firstYellow > lastRed, "red alerts come first");
    String table = appendix.substring(0, appendix.indexOf("</table>"));
    assertEquals(4, count(table, "<td>区人力社保局</td>"));
    assertFalse(table.contains("<td>DISTRICT"), "machine keys stay in alerts.csv");
    assertTrue(table.contains("<td>全区</td>"), "the subject's name, not its key");
    assertTrue(table.contains("<td class=\"num\">60人 / 50人</td>"), "a layoff in persons");
    assertTrue(table.contains("<td class=\"num\">1.97% / 1.00%</td>"), "a data-quality share");
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
    String section = html.substring(html.indexOf("<section id=\"summary\">"));
    section = section.substring(0, section.indexOf("</section>"));
    String red =
        section.substring(section.indexOf("<ol class=\"red-items\">"), section.indexOf("</ol>"));
    assertEquals(2, count(red, "<li"), "two red groups, the resolved drop not among them");
    assertFalse(section.contains("本月未再触发"), section);
    assertTrue(
        section.contains(
            "<p class=\"resolved\"><b>本月已解除1条：</b>青峰镇招聘岗位数已回升（本月713个，前3个月月均554个）。</p>"),
        section);
    assertTrue(html.contains("本月红色预警2项（2条"), "page one counts active alerts only");
    String none = HtmlReport.render(ReportFixtures.data(List.of(alerts.get(alerts.size() - 1))));
    assertTrue(none.contains("本月无预警"), none);
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
  void theTownTableHasTheTriadBesideNewUrbanEmployment() {
    String towns = section("towns");
    int nue = towns.indexOf("城镇<wbr>新增就业");
    int reemployment = towns.indexOf("失业人员<wbr>再就业<small>人</small>");
    int hardship = towns.indexOf("困难人员<wbr>就业<small>人</small>");
    int longTerm = towns.indexOf("长期失业<wbr>占比<small>%</small>");
    assertTrue(nue >= 0 && nue < reemployment && reemployment < hardship, towns);
    assertTrue(longTerm > towns.indexOf("登记<wbr>失业人员"), towns);
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
    for (IndicatorDefinition d : IndicatorCatalog.ALL) {
      // indicator codes are not shown to leaders (issue 29); the definition is
      assertFalse(a.contains("<small class=\"code\">" + d.id() + "</small>"), d.id());
      assertTrue(a.contains(Html.esc(d.definitionZh())), d.id());
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
  void chartsAreInlineSvgOnePerTargetThenTheMonitoredTriadWithoutATargetLine() {
    String trends = section("trends");
    assertEquals(DATA.targeted().size() + 3, count(trends, "<svg class=\"chart\""));
    assertTrue(trends.contains("<polyline"));
    // Issue 25: the figures without a target come after the targets, their values alone.
    int reemployment = trends.indexOf("失业人员再就业人数");
    assertTrue(reemployment > trends.lastIndexOf("新增市场主体带动就业人数"), trends);
    String chart = trends.substring(reemployment, trends.indexOf("</figure>", reemployment));
    assertEquals(1, count(chart, "<polyline"), "the actual values, no target line: " + chart);
    assertTrue(trends.contains("长期失业人员占比"));
    assertTrue(trends.contains("就业困难人员实现就业人数"));
  }

  // ---- helpers ----

  @Test
  void ratesAndCeilingsAreJudgedMonthByMonthAndCountTheMonthsMissed() {
    String zero = card("zero_employment_households");
    assertTrue(zero.contains("本月超出上限"), zero);
    assertTrue(zero.contains("今年未达标月份：9个月中1个月（9月）"), zero);
    String follow = card("unemployed_follow_up_rate");
    assertTrue(follow.contains("今年未达标月份："), follow);
    assertFalse(follow.contains("进度滞后"), "a monthly rate has no progress to lag");
    String soe = card("soe_graduate_position_share");
    assertTrue(soe.contains("目前已达标"), "a December target is never 已完成 in September");
    assertFalse(soe.contains("已完成"), soe);
  }

  @Test
  void soePositionsAreCountedInPositions() {
    IndicatorRow r = DATA.district("soe_graduate_position_share");
    String card = card("soe_graduate_position_share");
    assertTrue(
        card.contains(Display.count(r.numerator()) + " / " + Display.count(r.denominator()) + "个"),
        card);
  }

  @Test
  void registeredRateIsAReferenceProxyNotAPeerOfTheSurveyedRate() {
    String targets = section("targets");
    assertTrue(targets.contains("<td>登记失业人员占比（参考口径）</td>"));
    assertTrue(targets.contains("二者不可比较"));
    assertFalse(targets.contains("<span class=\"name\">登记失业率"), "no panel beside the survey");
  }

  @Test
  void twoFiguresOfOneProgrammeAreExplained() {
    IndicatorRow own = DATA.district("ecommerce_training");
    IndicatorRow program = DATA.cell("subsidized_training", Scope.PROGRAM, "E_COMMERCE");
    String times = Display.count(program.value()) + "人次";
    assertTrue(card("ecommerce_training").contains("另按培训人次计 " + times), times);
    assertTrue(
        section("groups")
            .contains(
                "电商培训人次的目标按人次考核："
                    + Display.value("ecommerce_training", Unit.PERSON_TIMES, own.value())
                    + "；本表按培训人次计为"
                    + times));
  }

  @Test
  void caveatsNameTheDataQualitySignalsAndWhatToDo() {
    String c = section("caveats");
    // Fixture: registration-only 6,219 of 3,159 newly employed; 6,372 graduates without evidence
    // of 4,995 reported; September: 10 of 38,636 rows quarantined, recruitment 8 of 407.
    assertTrue(c.contains("今年新就业人员3,159人中，6,219人（196.9%）只有就业登记"), c);
    assertTrue(c.contains("6,372名离校未就业高校毕业生在台账中报告已就业"), c);
    assertTrue(c.contains("本月报送数据读取38,636行，因不合规被隔离10行（0.03%）"), c);
    assertTrue(c.contains("隔离比例最高的是招聘岗位（1.97%）"), c);
    assertEquals(3, count(c, "<span class=\"todo\">建议："));
  }

  @Test
  void phoneWidthIsOneColumnAndWideTablesScrollInTheirOwnBox() {
    assertTrue(HTML.contains("@media (max-width: 600px)"));
    assertTrue(HTML.contains(".cards, .charts, .pair { grid-template-columns: 1fr; }"));
    assertTrue(HTML.contains("table.grid { display: block; overflow-x: auto; max-width: 100%; }"));
    assertTrue(HTML.contains("h2::after, h3::after"), "a heading keeps room for its content");
    assertTrue(HTML.contains("th { word-break: keep-all;"), "headers do not break mid-word");
  }

  /** The headline panel of one indicator. */
  private static String card(String id) {
    String name = IndicatorCatalog.byId(id).nameZh();
    int start = HTML.indexOf("<span class=\"name\">" + name + "</span><span class=\"badge");
    assertTrue(start > HTML.indexOf("<section id=\"targets\">"), "a panel for " + id);
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

  @Test
  void runFactsCountEveryPartOfADeliveryInPartsAsAFile() {
    ReportData d = ReportFixtures.data();
    java.util.List<org.employmentmonitor.ingest.IngestState> quality =
        new java.util.ArrayList<>(d.quality());
    org.employmentmonitor.ingest.IngestState inParts = quality.get(2); // social_insurance 2020-09
    for (int i = 1; i <= 2; i++) {
      org.employmentmonitor.ingest.IngestState.PartState p =
          new org.employmentmonitor.ingest.IngestState.PartState();
      p.file = "2020-09/social_insurance-" + i + ".csv";
      inParts.parts.add(p);
    }
    String html =
        HtmlReport.render(
            new ReportData(
                d.period(), d.config(), d.indicators(), d.alerts(), quality, d.towns(), d.run()));
    assertTrue(html.contains("6 个，共读取"), "five states, one of them in two parts: six files");
  }

  @Test
  void theQualityNoteCountsThePartsOfAMonthNoLongerInTheInput() {
    ReportData d = ReportFixtures.data();
    java.util.List<org.employmentmonitor.ingest.IngestState> quality =
        new java.util.ArrayList<>(d.quality());
    org.employmentmonitor.ingest.IngestState inParts = quality.get(2); // social_insurance 2020-09
    for (int i = 1; i <= 3; i++) {
      org.employmentmonitor.ingest.IngestState.PartState p =
          new org.employmentmonitor.ingest.IngestState.PartState();
      p.file = "2020-09/social_insurance-" + i + ".csv";
      inParts.parts.add(p);
    }
    // Issue 27: one part moved out of the input folder, the other two still delivered.
    inParts.partsWithoutInput.add("2020-09/social_insurance-2.csv");
    String q =
        HtmlReport.render(
            new ReportData(
                d.period(), d.config(), d.indicators(), d.alerts(), quality, d.towns(), d.run()));
    q = q.substring(q.indexOf("<section id=\"quality\">"));
    q = q.substring(0, q.indexOf("</section>"));
    assertTrue(q.contains("输入目录中已无对应文件（已归档或移出）：参保缴费明细 2020-09（3个分批文件中的1个）。"), q);
    assertTrue(!q.contains("social_insurance-2.csv"), "file names are in 运行信息, not here");
  }
}
