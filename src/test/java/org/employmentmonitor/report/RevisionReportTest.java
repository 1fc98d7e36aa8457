package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.model.RevisionRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Issue 26: the report names the revised month-ends of the headline indicators, from what to what
 * and why, and the workbook's 修订 sheet lists every revised cell.
 */
class RevisionReportTest {
  private static final YearMonth SEP = YearMonth.of(2020, 9);

  private static RevisionRow row(
      String id,
      String name,
      Scope scope,
      String key,
      Unit unit,
      String was,
      String now,
      String why) {
    BigDecimal a = was == null ? null : new BigDecimal(was);
    BigDecimal b = now == null ? null : new BigDecimal(now);
    return new RevisionRow(
        SEP,
        LocalDate.of(2020, 8, 31),
        id,
        name,
        scope,
        key,
        key.isEmpty() ? "永川区" : "中山路街道",
        unit,
        a,
        b,
        a == null || b == null ? null : b.subtract(a),
        why);
  }

  private static final String BACK = "dated_back social_insurance/2020-09";

  private static ReportData data(MonitorConfig config, RevisionRow... rows) {
    return new ReportData(
            SEP,
            config,
            ReportFixtures.indicators(),
            List.of(),
            List.of(),
            List.of(),
            new ReportData.RunInfo("r", null, null, "in", "built-in"))
        .withRevisions(List.of(rows));
  }

  @Test
  void nothingRevisedSaysNothing() {
    assertEquals("", RevisionText.sentence(data(MonitorConfig.defaults())));
  }

  @Test
  void theHeadlineIndicatorsRevisedAreNamedWithBothValuesAndTheReason() {
    ReportData d =
        data(
            MonitorConfig.defaults(),
            row(
                "new_urban_employment",
                "城镇新增就业",
                Scope.DISTRICT,
                "",
                Unit.PERSONS,
                "14805",
                "14817",
                BACK),
            row(
                "new_urban_employment",
                "城镇新增就业",
                Scope.TOWN,
                "500118001",
                Unit.PERSONS,
                "805",
                "817",
                BACK),
            row(
                "returnee_employment",
                "返乡就业创业",
                Scope.DISTRICT,
                "",
                Unit.PERSONS,
                "6621",
                "6630",
                BACK),
            row(
                "registered_unemployed",
                "登记失业人员",
                Scope.DISTRICT,
                "",
                Unit.PERSONS,
                "900",
                "901",
                "redelivered registration/2020-08"));
    assertEquals(
        "数据修订：8月城镇新增就业由14,805人修订为14,817人，8月返乡就业创业由6,621人修订为6,630人，系9月补报参保记录。"
            + "另有2个镇街、群体或其他指标的数据修订。明细见本月报表工作簿的「修订」表。",
        RevisionText.sentence(d));
  }

  @Test
  void aYearWithoutTargetsNamesEveryHeadlineIndicatorRevised() {
    ReportData d =
        data(
            MonitorConfig.defaults().forYear(2021),
            row(
                "registered_unemployed",
                "登记失业人员",
                Scope.DISTRICT,
                "",
                Unit.PERSONS,
                "900",
                "901",
                "redelivered registration/2020-08; withdrawn registration/2020-07"));
    assertEquals(
        "数据修订：8月登记失业人员由900人修订为901人，系8月就业失业登记重新报送、7月就业失业登记撤回。" + "明细见本月报表工作簿的「修订」表。",
        RevisionText.sentence(d));
  }

  @Test
  void onlyTownsRevisedIsOneCount() {
    ReportData d =
        data(
            MonitorConfig.defaults(),
            row(
                "new_urban_employment",
                "城镇新增就业",
                Scope.TOWN,
                "500118001",
                Unit.PERSONS,
                "805",
                "817",
                BACK));
    assertEquals(
        "数据修订：较上月报告，1个镇街、群体或其他指标的数据有修订（全区主要指标未变）。明细见本月报表工作簿的「修订」表。", RevisionText.sentence(d));
  }

  @Test
  void reasonsReadInChineseAndAnotherYearsMonthCarriesItsYear() {
    assertEquals(
        "2019年12月参保缴费明细重新报送、10月招聘岗位补充报送",
        RevisionText.reason(
            "redelivered social_insurance/2019-12; delivered_late recruitment/2020-10",
            YearMonth.of(2020, 11)));
    assertEquals("9月补报就业失业登记记录", RevisionText.reason("dated_back registration/2020-09", SEP));
    assertEquals("报送数据未变，系程序或配置调整后重新计算", RevisionText.reason("deliveries_unchanged", SEP));
    // a ratio and NOT_AVAILABLE as the report writes them
    assertEquals(
        "8月城镇调查失业率由5.1%修订为无数据",
        RevisionText.clause(
            row(
                "surveyed_unemployment_rate",
                "城镇调查失业率",
                Scope.DISTRICT,
                "",
                Unit.RATIO,
                "0.051",
                null,
                BACK),
            SEP));
  }

  @Test
  void theRevisionSheetHasChineseHeadersNumbersInTheirUnitAndReasonsInWords() throws IOException {
    ReportData d =
        data(
            MonitorConfig.defaults(),
            row(
                "new_urban_employment",
                "城镇新增就业",
                Scope.DISTRICT,
                "",
                Unit.PERSONS,
                "14805",
                "14817",
                BACK),
            row(
                "registered_unemployment_rate",
                "登记失业率",
                Scope.TOWN,
                "500118001",
                Unit.RATIO,
                "0.33333333",
                "0.25",
                BACK),
            row(
                "guarantee_loans_amount",
                "创业担保贷款发放额",
                Scope.DISTRICT,
                "",
                Unit.YUAN,
                "100000.00",
                "150000.50",
                BACK));
    List<Row> rows;
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            new ByteArrayInputStream(ReportWorkbook.write(d)), new ReadingOptions(true, false))) {
      rows = wb.findSheet("修订").orElseThrow().read();
    }
    List<String> header = new ArrayList<>();
    rows.get(0).forEach(c -> header.add(c.getRawValue()));
    assertEquals(RevisionSheet.HEADERS, header);
    Row count = rows.get(1);
    assertEquals("全区", count.getCellText(4));
    assertEquals(0, new BigDecimal("14805").compareTo(count.getCellAsNumber(6).orElseThrow()));
    assertEquals(0, new BigDecimal("12").compareTo(count.getCellAsNumber(8).orElseThrow()));
    assertEquals("#,##0", count.getCell(6).getDataFormatString());
    assertEquals("9月补报参保记录", count.getCellText(9));
    assertEquals("人", count.getCellText(10));
    assertEquals("DISTRICT", count.getCellText(12));
    assertEquals(BACK, count.getCellText(13));
    Row ratio = rows.get(2);
    assertEquals("城镇新增就业", count.getCellText(3));
    assertEquals("登记失业人员占比（参考口径）", ratio.getCellText(3)); // never the official rate's name
    assertEquals("镇街", ratio.getCellText(4));
    assertEquals("0.0%", ratio.getCell(7).getDataFormatString());
    assertEquals(
        0, new BigDecimal("-0.08333333").compareTo(ratio.getCellAsNumber(8).orElseThrow()));
    assertEquals("%", ratio.getCellText(10));
    Row yuan = rows.get(3); // amounts in 万元 as on every sheet (issue 29): 100,000.00 元 = 10 万元
    assertEquals(0, new BigDecimal("10").compareTo(yuan.getCellAsNumber(6).orElseThrow()));
    assertEquals(0, new BigDecimal("15.00005").compareTo(yuan.getCellAsNumber(7).orElseThrow()));
    assertEquals(ReportWorkbook.AMOUNT, yuan.getCell(7).getDataFormatString());
    assertEquals("万元", yuan.getCellText(10));
    assertTrue(yuan.getCellText(11).contains("永川区"));
  }
}
